// The one place that makes untrusted text safe to print on a terminal. Questionnaires,
// answers, CSV cells, participant ids and file names come from other people: escape
// sequences (CSI, OSC titles and links), carriage returns, backspaces, C1 controls and
// bidi overrides must never reach the terminal raw. Each such character is shown as
// `\uXXXX` instead, so that the reader still sees that something was there.

// C0 controls but \t and \n, DEL, C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides, isolates and marks, which can reorder what the reader sees;
// line and paragraph separators, which some terminals and viewers break lines on.
const LAYOUT = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/g;
// What JSON.stringify leaves raw: it already escapes C0 controls.
const JSON_RAW = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/g;

const visible = (ch: string): string =>
  `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/** For text shown as a block: keeps line breaks and tabs, makes every other control visible. */
export function sanitizeText(text: string): string {
  return text.replace(CONTROL, visible).replace(LAYOUT, visible);
}

/** For text inside one line (ids, file names, messages): line breaks become visible too. */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(/\n/g, "\\n").replace(/\t/g, "\\t");
}

/**
 * For JSON text (from JSON.stringify): escapes, as `\uXXXX` inside its strings, the controls
 * and bidi characters JSON.stringify leaves raw. The JSON still parses to the same values.
 */
export function sanitizeJson(json: string): string {
  return json.replace(JSON_RAW, visible);
}
