// Results as an Excel workbook (--format xlsx): the columns of the CSV results (record.ts),
// numbers as number cells, text as text cells that never run as formulas, the header bold
// and frozen. Rows are written as they are scored, as for every other format.
import { type Lang, messagesFor } from "../../i18n/lang.ts";
import type { Writer } from "../../io/stream.ts";
import { ProblemsError } from "../../load/problem.ts";
import type { Model } from "../../model/model.ts";
import type { CsvValue } from "../../render/csv.ts";
import { SheetWriter, TooManyRows } from "../../xlsx/sheet-write.ts";
import { ZipTooLarge } from "../../xlsx/zip-write.ts";
import { workbookMessages } from "../messages/workbook.ts";
import type { Scored, Sink } from "../types.ts";
import type { RecordWords } from "./labels.ts";
import { csvHeader, csvRow, toRecord } from "./record.ts";

/** The columns of a results table: the header, and a scored sheet's cells under it. */
export interface ResultColumns {
  header: string[];
  row: (s: Scored) => CsvValue[];
}

/** How a workbook's rows are written: as the CSV results with --excel, labels in the coach's language. */
export interface ColumnOptions {
  withSource: boolean;
  grouped: boolean;
  words: RecordWords;
}

export const resultColumns = (model: Model, o: ColumnOptions): ResultColumns => ({
  header: csvHeader(model, o.grouped),
  row: (s) => csvRow(toRecord(s, o.withSource, o.grouped), o.words),
});

export function workbookResultsSink(
  writer: Writer,
  columns: ResultColumns,
  o: { lang: Lang; file: string },
): Sink {
  const m = messagesFor(o.lang, workbookMessages);
  const sheet = new SheetWriter((bytes) => writer.write(bytes));
  let started = false;
  // A sheet or a zip too large for Excel is one line, and no file.
  const guard = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      if (e instanceof TooManyRows || e instanceof ZipTooLarge)
        throw new ProblemsError([{ file: o.file, ...m.tooLarge(e instanceof TooManyRows) }]);
      throw e;
    }
  };
  const start = async () => {
    if (started) return;
    started = true;
    await sheet.start(m.sheet, columns.header);
  };
  return {
    scored: (s) =>
      guard(async () => {
        await start();
        await sheet.row(columns.row(s));
      }),
    commit: () =>
      guard(async () => {
        await start();
        await sheet.finish();
        await writer.commit();
      }),
    async abort() {
      await writer.abort();
    },
  };
}
