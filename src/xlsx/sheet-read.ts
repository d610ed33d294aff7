// The rows of a workbook's sheet as a table of text, the way a spreadsheet would save it as
// CSV: each row with its sheet row number as its line, cells in column order, empty cells
// as "", numbers as they are written, dates as ISO 8601 text. Rows without a value are left
// out, as a CSV leaves out empty lines; the header's trailing empty cells are dropped and
// every row is cut or padded with empty cells to the header's width.
import { elements } from "./elements.ts";
import { WorkbookError } from "./errors.ts";
import type { Workbook } from "./workbook.ts";
import { LIMITS } from "./workbook.ts";
import { attr, elementsIn, refuseDoctype, runText, xmlText } from "./xml.ts";
import { entryBytes } from "./zip-read.ts";

export interface SheetRow {
  cells: string[];
  /** The row's number in the sheet. */
  line: number;
  /** Longer than the limit: its cells were not kept. */
  tooLong?: true;
}

/** Excel's own bounds: past them a reference is not a cell. */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

/** "AB12" → 27 (from 0); -1 when there is no column. */
function columnOf(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
    if (n > MAX_COLUMNS) throw new WorkbookError("bad-xml");
  }
  return i === 0 ? -1 : n - 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A date serial (days since 1900, or 1904) as ISO 8601 text; whole days without a time. */
export function dateText(serial: number, date1904: boolean): string {
  // Day 60 is 29 February 1900, which never was: Excel's serials are one ahead after it.
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  const ms = Math.round(((days - 25569) * 86_400_000) / 1000) * 1000;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(serial);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (Number.isInteger(serial)) return date;
  return `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function cellText(attrs: string, inner: string, book: Workbook): string {
  const type = attr(attrs, "t") ?? "n";
  if (type === "inlineStr") return runText(inner);
  const raw = elementsIn(inner, "v").next().value?.inner;
  if (raw === undefined || raw === null) return "";
  const v = xmlText(raw);
  if (type === "s") return book.strings[Number(v)] ?? "";
  if (type === "b") return v === "1" ? "TRUE" : "FALSE";
  if (type !== "n") return v;
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n)) return v;
  const style = book.dateStyles.size > 0 ? Number(attr(attrs, "s") ?? 0) : 0;
  return book.dateStyles.has(style) ? dateText(n, book.date1904) : String(n);
}

function rowCells(xml: string, book: Workbook): string[] {
  const cells: string[] = [];
  for (const c of elementsIn(xml, "c")) {
    const at = columnOf(attr(c.attrs, "r") ?? "");
    const column = at === -1 ? cells.length : at;
    const text = cellText(c.attrs, c.inner ?? "", book);
    while (cells.length < column) cells.push("");
    cells[column] = text;
  }
  return cells;
}

/** The rows of the workbook's chosen sheet. */
export async function* sheetRows(book: Workbook): AsyncGenerator<SheetRow> {
  const bytes = entryBytes(book.path, book.sheet.entry, LIMITS.sheet);
  let line = 0;
  let width = -1;
  // The row being read, when a problem is in it rather than in the bytes between rows.
  let inRow = false;
  try {
    for await (const row of elements(bytes, "row", LIMITS.element)) {
      if (row === null) {
        line++;
        yield { cells: [], line, tooLong: true };
        continue;
      }
      const tag = row.slice(0, row.indexOf(">"));
      const r = Number(attr(tag, "r"));
      line = Number.isInteger(r) && r > line ? r : line + 1;
      inRow = true;
      if (line > MAX_ROWS) throw new WorkbookError("bad-xml");
      if (row.includes("<!")) refuseDoctype(row);
      const cells = rowCells(row, book);
      inRow = false;
      if (cells.every((c) => c === "")) continue;
      if (width === -1) {
        while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
        width = cells.length;
      } else {
        while (cells.length > width && cells[cells.length - 1] === "") cells.pop();
        while (cells.length < width) cells.push("");
      }
      yield { cells, line };
    }
  } catch (e) {
    if (e instanceof WorkbookError && e.row === undefined)
      throw new WorkbookError(e.code, inRow ? line : line + 1);
    throw e;
  }
}
