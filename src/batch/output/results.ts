// Results as they are scored: CSV, JSON Lines, or one JSON array, streamed record by record
// (the array too: nothing is kept in memory).

import type { Writer } from "../../io/stream.ts";
import type { Model } from "../../model/model.ts";
import { type CsvStyle, csvLine, csvStart } from "../../render/csv.ts";
import { sanitizeJson } from "../../term/sanitize.ts";
import { leanRecord } from "../lean.ts";
import type { Scored, Sink } from "../types.ts";
import { LeanJson } from "./json-lines.ts";
import { csvHeader, csvRecordLine, toRecord } from "./record.ts";

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
  // Lines of the fast lane go out as bytes, in chunks of this size at least.
  const CHUNK = 64 * 1024;
  let fast: LeanJson | null = null;
  const flushFast = async () => {
    const rest = fast?.take();
    if (rest) await writer.write(rest);
  };
  const recordOf = (s: Scored) =>
    s.lean ? leanRecord(s, s.lean, o.withSource) : toRecord(s, o.withSource);
  const start = async () => {
    if (o.format === "csv")
      await writer.write(csvStart(o.style) + csvLine(csvHeader(model), o.style));
    else if (o.format === "json") await writer.write("[");
  };
  const end = async () => {
    await flushFast();
    if (count === 0) await start();
    if (o.format === "json") await writer.write(count === 0 ? "]\n" : "\n]\n");
  };
  return {
    async scored(s) {
      if (count === 0) await start();
      const before = o.format === "json" ? (count === 0 ? "\n" : ",\n") : "";
      const after = o.format === "jsonl" ? "\n" : "";
      count++;
      if (s.lean && o.format !== "csv") {
        fast ??= new LeanJson(s.lean.rows);
        fast.add(before, s, s.lean, o.withSource, after);
        const chunk = fast.take(CHUNK);
        if (chunk) await writer.write(chunk);
        return;
      }
      await flushFast();
      if (o.format === "csv") await writer.write(csvRecordLine(recordOf(s), o.style));
      else await writer.write(`${before}${jsonLine(recordOf(s))}${after}`);
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
