// batch --norms: each record gains, per dimension and facet, the percentile of the person
// among the norm group, and each per-person report the standing `score --norms` prints.
// Records with norms are written record by record from toRecord(): the compiled byte path
// (csv-records.ts, json-records.ts) stays the one taken without --norms, unchanged.
import {
  type BatchRecord,
  csvHeader,
  csvRow,
  targetIds,
  toRecord,
} from "../batch/output/record.ts";
import type { ReportFormat } from "../batch/output/reports.ts";
import type { ResultsOptions } from "../batch/output/results.ts";
import type { ColumnOptions, ResultColumns } from "../batch/output/workbook-results.ts";
import type { Scored, Sink } from "../batch/types.ts";
import type { Lang } from "../i18n/lang.ts";
import type { Writer } from "../io/stream.ts";
import type { Model } from "../model/model.ts";
import { csvLine, csvStart } from "../render/csv.ts";
import { escapeHtml } from "../render/html/escape.ts";
import { sanitizeJson } from "../term/sanitize.ts";
import { type NormFile, tenthsBelow } from "./norms.ts";
import { standingBlock, standingHeading, standingLines } from "./standing.ts";

export interface NormedRecord extends BatchRecord {
  /** Per target id: the share of the norm group scoring lower, in percent, by tens; null without a score or a norm. */
  percentiles: Record<string, number | null>;
}

/**
 * The percentile of each target, as `score --norms` words it: "higher than 7 people in 10" is
 * 70. A norm file holds 19 cut points, so a finer figure would claim a precision it lacks.
 */
export function percentilesOf(record: BatchRecord, norms: NormFile): NormedRecord["percentiles"] {
  const byId = new Map(norms.targets.map((t) => [t.id, t]));
  const out: NormedRecord["percentiles"] = {};
  for (const t of record.targets) {
    const norm = byId.get(t.id);
    out[t.id] =
      norm && t.status === "ok" && t.percent !== null ? tenthsBelow(norm, t.percent) * 10 : null;
  }
  return out;
}

export const normedRecord = (
  s: Scored,
  withSource: boolean,
  norms: NormFile,
  grouped = false,
): NormedRecord => {
  const record = toRecord(s, withSource, grouped);
  return { ...record, percentiles: percentilesOf(record, norms) };
};

/** The columns of the results with the percentiles at the end, for a workbook. */
export function normedColumns(model: Model, norms: NormFile, o: ColumnOptions): ResultColumns {
  const ids = targetIds(model);
  return {
    header: [...csvHeader(model, o.grouped), ...ids.map((id) => `${id}.percentile`)],
    row: (s) => {
      const r = normedRecord(s, o.withSource, norms, o.grouped);
      return [...csvRow(r, o.words), ...ids.map((id) => r.percentiles[id] ?? null)];
    },
  };
}

/** The results sink of resultsSink (output/results.ts), with the percentiles at the end of each record. */
export function normedResultsSink(
  writer: Writer,
  model: Model,
  norms: NormFile,
  o: ResultsOptions,
): Sink {
  const ids = targetIds(model);
  let count = 0;
  const start = async () => {
    if (o.format === "csv") {
      const header = [...csvHeader(model, o.grouped), ...ids.map((id) => `${id}.percentile`)];
      await writer.write(csvStart(o.style) + csvLine(header, o.style));
    } else if (o.format === "json") await writer.write("[");
  };
  const line = (r: NormedRecord): string => {
    if (o.format === "csv")
      return csvLine(
        [...csvRow(r, o.words), ...ids.map((id) => r.percentiles[id] ?? null)],
        o.style,
      );
    const json = sanitizeJson(JSON.stringify(r));
    if (o.format === "jsonl") return `${json}\n`;
    return `${count === 0 ? "\n" : ",\n"}${json}`;
  };
  const end = async () => {
    if (count === 0) await start();
    if (o.format === "json") await writer.write(count === 0 ? "]\n" : "\n]\n");
  };
  return {
    async scored(s) {
      if (count === 0) await start();
      const text = line(normedRecord(s, o.withSource, norms, o.grouped));
      count++;
      await writer.write(text);
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

/** What follows a per-person report: where each dimension stands among the norm group. */
export function reportStanding(model: Model, norms: NormFile) {
  return (s: Scored, lang: Lang, format: ReportFormat): string => {
    const result = s.sheet.result();
    if (format === "markdown") return standingBlock(model, result, norms, lang, "markdown");
    const lines = standingLines(model, result, norms, lang);
    return `<h2>${escapeHtml(standingHeading(norms, lang))}</h2>\n<ul>\n${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("\n")}\n</ul>`;
  };
}
