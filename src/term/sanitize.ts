// The one place that makes untrusted text safe to print on a terminal. Questionnaires,
// answers, CSV cells, participant ids and file names come from other people: escape
// sequences (CSI, OSC titles and links), carriage returns, backspaces, C1 controls and
// bidi overrides must never reach the terminal raw.

// C0 controls but \t and \n, DEL, C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides and isolates, which can reorder what the reader sees.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

const visible = (ch: string): string =>
  `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/** For text shown as a block: keeps line breaks and tabs, makes every other control visible. */
export function sanitizeText(text: string): string {
  return text.replace(CONTROL, visible).replace(BIDI, visible);
}

/** For text inside one line (ids, file names, messages): line breaks become visible too. */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(/\n/g, "\\n").replace(/\t/g, "\\t");
}
