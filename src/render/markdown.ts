// Text from a questionnaire or a participant, made safe for Markdown: no terminal escapes,
// and no character a renderer would read as markup (emphasis, links, tables, headings, HTML).
import { sanitizeText } from "../term/sanitize.ts";

export const escapeMarkdown = (s: string): string =>
  sanitizeText(s).replace(/([\\`*_[\]<>|#])/g, "\\$1");

/** The same, on one line: for table cells, where a line break would end the row. */
export const escapeMarkdownInline = (s: string): string =>
  escapeMarkdown(s).replace(/\s*\n\s*/g, " ");
