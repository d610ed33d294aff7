// Results as they are scored: CSV, JSON Lines, or one JSON array, streamed record by record
// (the array too: nothing is kept in memory).

import type { Writer } from "../../io/stream.ts";
import type { Model } from "../../model/model.ts";
import { type CsvStyle, csvLine, csvStart } from "../../render/csv.ts";
import type { Sink } from "../types.ts";
import { JsonRecords } from "./json-records.ts";
import { csvHeader, csvRecordLine, toRecord } from "./record.ts";

export const RESULT_FORMATS = ["csv", "jsonl", "json"] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

export interface ResultsOptions {
  format: ResultFormat;
  style: CsvStyle;
  /** Include each record's file and line (left out when participants are pseudonymised). */
  withSource: boolean;
}

export function resultsSink(writer: Writer, model: Model, o: ResultsOptions): Sink {
  let count = 0;
  // JSON records go out as bytes, in chunks of this size at least.
  const CHUNK = 64 * 1024;
  const json = o.format === "csv" ? null : new JsonRecords(model);
  const start = async () => {
    if (o.format === "csv")
      await writer.write(csvStart(o.style) + csvLine(csvHeader(model), o.style));
    else if (o.format === "json") await writer.write("[");
  };
  const end = async () => {
    const rest = json?.take();
    if (rest) await writer.write(rest);
    if (count === 0) await start();
    if (o.format === "json") await writer.write(count === 0 ? "]\n" : "\n]\n");
  };
  return {
    async scored(s) {
      if (count === 0) await start();
      const before = o.format === "json" ? (count === 0 ? "\n" : ",\n") : "";
      const after = o.format === "jsonl" ? "\n" : "";
      count++;
      if (!json) {
        await writer.write(csvRecordLine(toRecord(s, o.withSource), o.style));
        return;
      }
      json.add(before, s, o.withSource, after);
      const chunk = json.take(CHUNK);
      if (chunk) await writer.write(chunk);
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
