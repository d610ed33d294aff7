// Every CSV reflet writes goes through here, so no cell can turn into a spreadsheet formula.
// Text that starts with = + - @, a tab or a carriage return is read by Excel, LibreOffice
// and Google Sheets as a formula (CSV injection); a leading apostrophe makes it inert text.
// The fullwidth signs ＝ ＋ － ＠ count too: spreadsheets in East Asian locales read them so.
// Numbers are written as numbers, so "-3" stays a number in a spreadsheet.
import { inertText } from "../csv/formula.ts";
import { sanitizeText } from "../term/sanitize.ts";

export interface CsvStyle {
  separator: "," | ";";
  /** "," for spreadsheets in French (and most European) locales. */
  decimal: "." | ",";
  /** A UTF-8 byte order mark first, so Excel reads accents correctly. */
  bom: boolean;
}

export const PLAIN_CSV: CsvStyle = { separator: ",", decimal: ".", bom: false };
/** What Excel itself writes in a French locale. */
export const EXCEL_CSV: CsvStyle = { separator: ";", decimal: ",", bom: true };

export type CsvValue = string | number | null | undefined;

function numberText(n: number, style: CsvStyle): string {
  if (!Number.isFinite(n)) return "";
  const text = String(n);
  return style.decimal === "," ? text.replace(".", ",") : text;
}

export function csvCell(value: CsvValue, style: CsvStyle = PLAIN_CSV): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return numberText(value, style);
  // A CSV printed on a terminal must not carry escape sequences either.
  const text = sanitizeText(inertText(value));
  // Any separator a reader might guess is quoted, not only the one in use: the first lines
  // then tell which separator the file uses.
  const needsQuotes = /[,;\t"\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, with its line break (CRLF, as RFC 4180 and Excel expect). */
export function csvLine(values: readonly CsvValue[], style: CsvStyle = PLAIN_CSV): string {
  return `${values.map((v) => csvCell(v, style)).join(style.separator)}\r\n`;
}

/** What goes before the first line. */
export const csvStart = (style: CsvStyle): string => (style.bom ? "\uFEFF" : "");

/** A number rounded for a spreadsheet cell; null stays empty. */
export function rounded(value: number | null, digits = 2): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
