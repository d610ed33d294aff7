// Text from a questionnaire or a participant, made safe for Markdown: no terminal escapes,
// and no character a renderer would read as markup (emphasis, links, tables, headings, HTML).
import { sanitizeText } from "../term/sanitize.ts";

export const escapeMarkdown = (s: string): string =>
  sanitizeText(s).replace(/([\\`*_[\]<>|#])/g, "\\$1");

/** The same, on one line: for table cells, where a line break would end the row. */
export const escapeMarkdownInline = (s: string): string => oneLine(escapeMarkdown(s));

/**
 * Each run of white space that holds a line break becomes one space. Line by line: the
 * pattern \s*\n\s* would scan a long run of spaces again from each one of them.
 */
function oneLine(text: string): string {
  const lines = text.split("\n");
  if (lines.length === 1) return text;
  let out = (lines[0] as string).trimEnd();
  let broken = false;
  for (let i = 1; i < lines.length; i++) {
    broken = true;
    const raw = lines[i] as string;
    const line = i === lines.length - 1 ? raw.trimStart() : raw.trim();
    if (line === "") continue;
    out += ` ${line}`;
    broken = false;
  }
  return broken ? `${out} ` : out;
}
