// Results as they are scored: CSV, JSON Lines, or one JSON array, streamed record by record
// (the array too: nothing is kept in memory).
import type { Model } from "../model/model.ts";
import { type CsvStyle, csvLine, csvStart } from "../render/csv.ts";
import { sanitizeJson } from "../term/sanitize.ts";
import { leanJsonLine, leanRecord } from "./lean.ts";
import { csvHeader, csvRecordLine, toRecord } from "./record.ts";
import type { Scored, Sink } from "./types.ts";
import type { Writer } from "./writer.ts";

export const RESULT_FORMATS = ["csv", "jsonl", "json"] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

export interface ResultsOptions {
  format: ResultFormat;
  style: CsvStyle;
  /** Include each record's file and line (left out when participants are pseudonymised). */
  withSource: boolean;
}

/** Results go to a terminal as often as to a script: no raw control or bidi character. */
const jsonLine = (value: unknown): string => sanitizeJson(JSON.stringify(value));

export function resultsSink(writer: Writer, model: Model, o: ResultsOptions): Sink {
  let count = 0;
  let fast: ReturnType<typeof leanJsonLine> | null = null;
  const recordOf = (s: Scored) =>
    s.lean ? leanRecord(s, s.lean, o.withSource) : toRecord(s, o.withSource);
  const start = async () => {
    if (o.format === "csv")
      await writer.write(csvStart(o.style) + csvLine(csvHeader(model), o.style));
    else if (o.format === "json") await writer.write("[");
  };
  const end = async () => {
    if (count === 0) await start();
    if (o.format === "json") await writer.write(count === 0 ? "]\n" : "\n]\n");
  };
  return {
    async scored(s) {
      if (count === 0) await start();
      let line: string | null = null;
      if (s.lean && o.format !== "csv") {
        fast ??= leanJsonLine(s.lean.rows);
        line = fast(s, s.lean, o.withSource);
      }
      if (o.format === "csv") await writer.write(csvRecordLine(recordOf(s), o.style));
      else if (o.format === "jsonl") await writer.write(`${line ?? jsonLine(recordOf(s))}\n`);
      else await writer.write(`${count === 0 ? "\n" : ",\n"}${line ?? jsonLine(recordOf(s))}`);
      count++;
    },
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
