// An Excel workbook (.xlsx) of answers: its sheet is read as a CSV file is (tableUnits), the
// same header matching, id column, cells and messages; a row's line is its sheet row, and
// problems name the file and the sheet: `export.xlsx:Feuil1:12`.
import { type Lang, messagesFor } from "../../i18n/lang.ts";
import { loadMessages } from "../../load/messages/files.ts";
import type { Problem } from "../../load/problem.ts";
import { WorkbookError } from "../../xlsx/errors.ts";
import { sheetRows } from "../../xlsx/sheet-read.ts";
import { openWorkbook } from "../../xlsx/workbook.ts";
import { workbookMessages } from "../messages/workbook.ts";
import type { Unit } from "../types.ts";
import { type CsvInputOptions, tableUnits } from "./csv.ts";

/** A sheet's rows in runs of this many, as a CSV file's come in runs of a chunk. */
const RUN = 256;

async function* runsOf<T>(items: AsyncIterable<T>): AsyncGenerator<T[]> {
  let run: T[] = [];
  try {
    for await (const item of items) {
      run.push(item);
      if (run.length === RUN) {
        yield run;
        run = [];
      }
    }
  } catch (e) {
    // A sheet broken further down: the rows before the break are read first, as they were.
    if (run.length > 0) yield run;
    throw e;
  }
  if (run.length > 0) yield run;
}

export interface WorkbookInputOptions extends CsvInputOptions {
  /** The sheet to read; the first one when absent. */
  sheet?: string;
}

/**
 * A workbook is a zip, and starts so; an old `.xls`, or a workbook with a password, is a
 * compound file, which starts with D0 CF 11 E0 (then refused in one line, as not a workbook).
 */
export const isWorkbookHead = (head: string): boolean =>
  head.startsWith("PK\u0003\u0004") || head.startsWith("\u00d0\u00cf\u0011\u00e0");

function rejected(file: string, e: WorkbookError, sheet: string | undefined, lang: Lang): Unit {
  const said = messagesFor(lang, workbookMessages).problem(e.code, sheet, e.sheets ?? []);
  return {
    kind: "rejected",
    problems: [{ file, ...(e.row !== undefined ? { line: e.row } : {}), ...said }],
    count: 1,
  };
}

export async function* workbookUnits(
  file: string,
  path: string,
  o: WorkbookInputOptions,
): AsyncGenerator<Unit[]> {
  let label = file;
  try {
    const book = await openWorkbook(path, o.sheet);
    label = `${file}:${book.sheet.name}`;
    yield* tableUnits(runsOf(sheetRows(book)), label, o);
  } catch (e) {
    if (e instanceof WorkbookError) {
      yield [rejected(label, e, o.sheet, o.lang)];
      return;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code !== "string") throw e;
    const lm = messagesFor(o.lang, loadMessages);
    const said = code === "ENOENT" ? lm.notFound() : lm.unreadable(code);
    yield [{ kind: "rejected", problems: [{ file: label, ...said }], count: 1 }];
  }
}

/**
 * The header of a workbook's sheet, its first row with a value, and the name its problems
 * go by (`file.xlsx:Sheet`); or the one problem that keeps it from being read.
 */
export async function workbookHeader(
  file: string,
  path: string,
  o: { sheet?: string; lang: Lang },
): Promise<{ label: string; header: string[] | null } | { problem: Problem }> {
  try {
    const book = await openWorkbook(path, o.sheet);
    const label = `${file}:${book.sheet.name}`;
    const rows = sheetRows(book);
    try {
      for await (const row of rows) return { label, header: row.tooLong ? null : row.cells };
    } finally {
      await rows.return(undefined);
    }
    return { label, header: null };
  } catch (e) {
    if (!(e instanceof WorkbookError)) throw e;
    const unit = rejected(file, e, o.sheet, o.lang);
    return { problem: (unit as { problems: Problem[] }).problems[0] as Problem };
  }
}

/** Standard input that is a workbook: one line, the file could not be read from a pipe. */
export function workbookFromStdin(lang: Lang): Unit {
  return {
    kind: "rejected",
    problems: [{ file: "-", ...messagesFor(lang, workbookMessages).fromStdin() }],
    count: 1,
  };
}
