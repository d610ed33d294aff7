// The one rule for spreadsheet formulas in text cells (CSV injection): text that starts with
// = + - @, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a
// formula; a leading apostrophe makes it inert text. The fullwidth signs ＝ ＋ － ＠ count too:
// spreadsheets in East Asian locales read them so. Writers make text inert; readers undo it.

const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** Text made inert for spreadsheets: a leading apostrophe before a formula character. */
export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text of a cell written by `inertText`, as it was before. */
export function unInert(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
