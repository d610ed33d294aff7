// One participant's line of batch results: the same numbers as `reflet score`, flattened to
// what a spreadsheet or a script needs. The columns are documented in docs/batch.md and
// only ever grow at the end of a version's list.
import type { Result, TargetResult } from "../../engine/types.ts";
import type { Model } from "../../model/model.ts";
import { type CsvStyle, type CsvValue, csvLine, rounded } from "../../render/csv.ts";
import type { Scored } from "../types.ts";

export const RECORD_SCHEMA_VERSION = 1;

export interface TargetRecord {
  id: string;
  kind: "dimension" | "facet";
  /** The dimension of a facet; null for a dimension. */
  parent: string | null;
  status: TargetResult["status"];
  score: number | null;
  percent: number | null;
  band: string | null;
}

export interface BatchRecord {
  schemaVersion: typeof RECORD_SCHEMA_VERSION;
  participant: string;
  questionnaire: { id: string; version: string };
  /** Where the answers came from; null when participants are pseudonymised. */
  source: { file: string; line: number | null } | null;
  answered: number;
  shown: number;
  targets: TargetRecord[];
  archetype: string | null;
  flags: string[];
  /** Why the sheet says too little for a profile (its archetype is then null); [] for a full sheet. */
  lowInformation: string[];
  /** How many items were answered "does not apply" (N/A): counted in answered, not scored. */
  notApplicable: number;
}

function target(t: TargetResult, kind: TargetRecord["kind"], parent: string | null): TargetRecord {
  return {
    id: t.id,
    kind,
    parent,
    status: t.status,
    score: t.score,
    percent: t.percent,
    band: t.band,
  };
}

export function toRecord(s: Scored, withSource: boolean): BatchRecord {
  const r = s.result;
  const targets = r.dimensions.flatMap((d) => [
    target(d, "dimension", null),
    ...d.facets.map((f) => target(f, "facet", d.id)),
  ]);
  const sheet = { ...r, lowInformation: r.lowInformation?.reasons ?? [] };
  return recordAround(s, withSource, r.questionnaire, sheet, targets);
}

/** The record of `s` around its targets: `r` is its Result, or the batch's arrays (lean.ts). */
export function recordAround(
  s: Scored,
  withSource: boolean,
  q: { id: string; version: string },
  r: Pick<Result, "answered" | "shown" | "flags"> & {
    profile: { id: string } | null;
    lowInformation: readonly string[];
    notApplicable?: readonly string[];
  },
  targets: TargetRecord[],
): BatchRecord {
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    participant: s.participant,
    questionnaire: { id: q.id, version: q.version },
    source: withSource ? { file: s.entry.file, line: s.entry.line } : null,
    answered: r.answered,
    shown: r.shown,
    targets,
    archetype: r.profile?.id ?? null,
    flags: r.flags.map((f) => f.id),
    lowInformation: [...r.lowInformation],
    notApplicable: r.notApplicable?.length ?? 0,
  };
}

/** Dimensions and facets in the order of the columns: each dimension, then its facets. */
export function targetIds(model: Model): string[] {
  return model.dimensions.flatMap((d) => [d.id, ...d.facets]);
}

const TARGET_FIELDS = ["score", "percent", "band", "status"] as const;

export function csvHeader(model: Model): string[] {
  return [
    "participant",
    "questionnaire",
    "version",
    "answered",
    "shown",
    ...targetIds(model).flatMap((id) => TARGET_FIELDS.map((f) => `${id}.${f}`)),
    "archetype",
    "flags",
    "file",
    "line",
    "lowInformation",
    "notApplicable",
  ];
}

export function csvRow(r: BatchRecord): CsvValue[] {
  return [
    r.participant,
    r.questionnaire.id,
    r.questionnaire.version,
    r.answered,
    r.shown,
    ...r.targets.flatMap((t) => [rounded(t.score), rounded(t.percent), t.band, t.status]),
    r.archetype,
    r.flags.join("|"),
    r.source?.file ?? null,
    r.source?.line ?? null,
    r.lowInformation.join("|"),
    r.notApplicable,
  ];
}

export const csvRecordLine = (r: BatchRecord, style: CsvStyle): string => csvLine(csvRow(r), style);
