// Text from questionnaires and participants goes into HTML and SVG only through here.

// C0 and C1 controls (but tab and line breaks) have no place in a page; bidi overrides could
// make a name read backwards. Both are dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(UNWANTED, "").replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string);
}

/** Paragraphs of a text: blank lines separate them, single line breaks stay. */
export function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}
