// One participant's line of batch results: the same numbers as `reflet score`, flattened to
// what a spreadsheet or a script needs. The columns are documented in docs/batch.md and
// only ever grow at the end of a version's list; `group`, there only with --group-by, comes
// right after `participant`.
import type { TargetResult } from "../../engine/types.ts";
import type { Model } from "../../model/model.ts";
import { type CsvStyle, type CsvValue, csvLine, rounded } from "../../render/csv.ts";
import type { Scored } from "../types.ts";
import type { RecordWords } from "./labels.ts";

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
  /** With --group-by only: the person's group, null when the cell is empty. */
  group?: string | null;
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

/** The record of a scored sheet, read through its view: the same whichever scorer ran. */
export function toRecord(s: Scored, withSource: boolean, grouped = false): BatchRecord {
  const { sheet } = s;
  const targets = sheet.targets.map(
    (t, i): TargetRecord => ({
      id: t.id,
      kind: t.kind,
      parent: t.parent ?? null,
      status: sheet.status(i),
      score: sheet.score(i),
      percent: sheet.percent(i),
      band: sheet.band(i),
    }),
  );
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    participant: s.participant,
    ...(grouped ? { group: s.entry.group ?? null } : {}),
    questionnaire: { id: sheet.model.id, version: sheet.model.version },
    source: withSource ? { file: s.entry.file, line: s.entry.line } : null,
    answered: sheet.answered,
    shown: sheet.shown,
    targets,
    archetype: sheet.archetype,
    flags: sheet.flags.map((f) => f.id),
    lowInformation: [...sheet.lowInformation],
    notApplicable: sheet.notApplicable,
  };
}

/** Dimensions and facets in the order of the columns: each dimension, then its facets. */
export function targetIds(model: Model): string[] {
  return model.dimensions.flatMap((d) => [d.id, ...d.facets]);
}

const TARGET_FIELDS = ["score", "percent", "band", "status"] as const;

export function csvHeader(model: Model, grouped = false): string[] {
  return [
    "participant",
    ...(grouped ? ["group"] : []),
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

/** The cells of a record; with `words` (--excel), labels where the JSON has ids. */
export function csvRow(r: BatchRecord, words?: RecordWords): CsvValue[] {
  const band = (t: TargetRecord) => (words ? words.band(t.id, t.band) : t.band);
  return [
    r.participant,
    ...(r.group !== undefined ? [r.group] : []),
    r.questionnaire.id,
    r.questionnaire.version,
    r.answered,
    r.shown,
    ...r.targets.flatMap((t) => [
      rounded(t.score),
      rounded(t.percent),
      band(t),
      words ? words.status(t.status) : t.status,
    ]),
    words ? words.archetype(r.archetype) : r.archetype,
    r.flags.join("|"),
    r.source?.file ?? null,
    r.source?.line ?? null,
    r.lowInformation.join("|"),
    r.notApplicable,
  ];
}

export const csvRecordLine = (r: BatchRecord, style: CsvStyle, words?: RecordWords): string =>
  csvLine(csvRow(r, words), style);
