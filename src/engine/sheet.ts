// One scored answer sheet as every output reads it (batch records in every format, reports,
// the team summary): per dimension and facet in record order, its status, score, percent and
// band; the sheet's counts, archetype, flags and low-information reasons; the whole Result
// when a profile is needed. Implemented over a Result here, and over the compiled scorer's
// arrays (compiled/sheet.ts), so an output never needs to know which scorer ran.
import type { Model, Target } from "../model/model.ts";
import type { LowInformationReason, QualityFlag, Result, TargetResult } from "./types.ts";

export interface ScoredSheet {
  readonly model: Model;
  /** Dimensions and facets in record order (recordTargets). */
  readonly targets: readonly Target[];
  readonly answered: number;
  readonly shown: number;
  /** How many items were answered "does not apply". */
  readonly notApplicable: number;
  readonly archetype: string | null;
  readonly flags: readonly QualityFlag[];
  /** Why the sheet says too little for a profile; empty for a full sheet. */
  readonly lowInformation: readonly LowInformationReason[];
  status(t: number): TargetResult["status"];
  /** Null when the target has no score (not enough answers). */
  score(t: number): number | null;
  percent(t: number): number | null;
  band(t: number): string | null;
  /**
   * A whole number (≥ 0) that only sheets with the same status, score, percent and band of
   * target `t` share, for writers that keep the text of each; −1 when there is none.
   */
  key(t: number): number;
  /** Fills `into` with the points of each item of target `t` (reach order) if all counted. */
  itemPoints(t: number, into: Float64Array): boolean;
  /** The engine's Result, built on first use when the sheet was scored into arrays. */
  result(): Result;
}

/**
 * No dimension nor facet has enough answers for a score (a blank sheet): there is nothing to
 * report on, and a profile would be built on nothing.
 */
export function nothingScored(sheet: ScoredSheet): boolean {
  for (let t = 0; t < sheet.targets.length; t++) if (sheet.status(t) === "ok") return false;
  return true;
}

/** Dimensions and facets in the order of records: each dimension, then its facets. */
export function recordTargets(model: Model): Target[] {
  return model.dimensions.flatMap((d) => [
    d,
    ...d.facets.map((id) => model.targets.get(id) as Target),
  ]);
}

/** The sheet of a Result from score(); `targets` is recordTargets(model), computed once. */
export function resultSheet(model: Model, r: Result, targets: readonly Target[]): ScoredSheet {
  const byTarget = r.dimensions.flatMap((d): TargetResult[] => [d, ...d.facets]);
  const of = (t: number) => byTarget[t] as TargetResult;
  return {
    model,
    targets,
    answered: r.answered,
    shown: r.shown,
    notApplicable: r.notApplicable?.length ?? 0,
    archetype: r.profile?.id ?? null,
    flags: r.flags,
    lowInformation: r.lowInformation?.reasons ?? [],
    status: (t) => of(t).status,
    score: (t) => of(t).score,
    percent: (t) => of(t).percent,
    band: (t) => of(t).band,
    key: () => -1,
    itemPoints(t, into) {
      const reach = (targets[t] as Target).reach;
      const contributions = of(t).contributions;
      if (contributions.length !== reach.length) return false;
      const points = new Map(contributions.map((c) => [c.item, c.points]));
      for (const [i, r] of reach.entries()) {
        const p = points.get(r.itemId);
        if (p === undefined) return false;
        into[i] = p;
      }
      return true;
    },
    result: () => r,
  };
}
