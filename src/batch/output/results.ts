// Results as they are scored: CSV, JSON Lines, or one JSON array, streamed record by record
// (the array too: nothing is kept in memory), as bytes in chunks.

import type { Writer } from "../../io/stream.ts";
import type { Model } from "../../model/model.ts";
import { type CsvStyle, csvLine, csvStart } from "../../render/csv.ts";
import type { Scored, Sink } from "../types.ts";
import { bytes } from "./byte-chunks.ts";
import { CsvRecords } from "./csv-records.ts";
import { JsonRecords } from "./json-records.ts";
import type { RecordWords } from "./labels.ts";
import { csvHeader } from "./record.ts";

/** Every results format; a workbook is written by its own sink (workbook-results.ts). */
export const RESULT_FORMATS = ["csv", "jsonl", "json", "xlsx"] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];
/** The formats written as text, by resultsSink. */
export const TEXT_RESULT_FORMATS = ["csv", "jsonl", "json"] as const;
export type TextResultFormat = (typeof TEXT_RESULT_FORMATS)[number];

export interface ResultsOptions {
  format: TextResultFormat;
  style: CsvStyle;
  /** Include each record's file and line (left out when participants are pseudonymised). */
  withSource: boolean;
  /** With --group-by: each record says its group. */
  grouped?: boolean;
  /** With --excel: labels in the coach's language in the CSV (labels.ts). */
  words?: RecordWords;
}

const NEWLINE = bytes("\n");
const NEXT = bytes(",\n");

// Records go out in chunks of this size at least: a JSON batch writes some 3.6 kB a person,
// and at 64 kB a chunk the writes themselves cost 8 % more time.
const CHUNK = 256 * 1024;

export function resultsSink(writer: Writer, model: Model, o: ResultsOptions): Sink {
  let count = 0;
  const grouped = o.grouped === true;
  const csv = o.format === "csv" ? new CsvRecords(model, o.style, grouped, o.words) : null;
  const json = csv ? null : new JsonRecords(model, grouped);
  const records = csv ?? (json as JsonRecords);
  const after = o.format === "jsonl" ? NEWLINE : null;
  const start = async () => {
    if (o.format === "csv")
      await writer.write(csvStart(o.style) + csvLine(csvHeader(model, grouped), o.style));
    else if (o.format === "json") await writer.write("[");
  };
  const end = async () => {
    const rest = records.take();
    if (rest) await writer.write(rest);
    if (count === 0) await start();
    if (o.format === "json") await writer.write(count === 0 ? "]\n" : "\n]\n");
  };
  const add = (s: Scored): Promise<void> | undefined => {
    if (csv) csv.add(s, o.withSource);
    else {
      const before = o.format === "json" ? (count === 0 ? NEWLINE : NEXT) : null;
      json?.add(before, s, o.withSource, after);
    }
    count++;
    const chunk = records.take(CHUNK);
    return chunk ? writer.write(chunk) : undefined;
  };
  return {
    // Nothing to wait for while the records fill a chunk: no promise row after row.
    scored: (s) => (count === 0 ? start().then(() => add(s)) : add(s)),
    async commit() {
      await end();
      await writer.commit();
    },
    async abort() {
      await end();
      await writer.abort();
    },
  };
}
