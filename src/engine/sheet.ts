// One scored answer sheet as every output reads it (batch records in every format, reports,
// the team summary): per dimension and facet in record order, its status, score, percent and
// band, one target at a time or all at once with the items' points (figures); the sheet's
// counts, archetype, flags and low-information reasons; the whole Result when a profile is
// needed. Implemented over a Result here, and over the compiled scorer's
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
  /** Every target's figures at once, for a reader of them all (the team summary). */
  figures(into: TargetFigures): void;
  /** The engine's Result, built on first use when the sheet was scored into arrays. */
  result(): Result;
}

/**
 * Every target's figures in arrays indexed by target (newFigures): read in one call, they
 * cost no call, no string and no boxed number per target.
 */
export interface TargetFigures {
  /** 1 when target t has a score (status "ok"); the figures of a target at 0 mean nothing. */
  readonly ok: Uint8Array;
  readonly score: Float64Array;
  readonly percent: Float64Array;
  /** The index of its band in the target's bands; −1 in none; −2 in one it does not list. */
  readonly band: Int16Array;
  /** 1 when every item of target t counted: its points are then in `points`. */
  readonly complete: Uint8Array;
  /** The points of each item of each target (reach order), target t's from pointsStart[t]. */
  readonly points: Float64Array;
  readonly pointsStart: Int32Array;
}

export function newFigures(targets: readonly Target[]): TargetFigures {
  const n = targets.length;
  const pointsStart = new Int32Array(n + 1);
  for (let t = 0; t < n; t++)
    pointsStart[t + 1] = pointsStart[t]! + (targets[t] as Target).reach.length;
  return {
    ok: new Uint8Array(n),
    score: new Float64Array(n),
    percent: new Float64Array(n),
    band: new Int16Array(n),
    complete: new Uint8Array(n),
    points: new Float64Array(pointsStart[n]!),
    pointsStart,
  };
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
  /** Fills `into` with the points of each item of target `t` (reach order) if all counted. */
  const itemPoints = (t: number, into: Float64Array): boolean => {
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
  };
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
    figures(into) {
      for (let t = 0; t < targets.length; t++) {
        const { status, score, percent, band } = of(t);
        const ok = status === "ok" && score !== null && percent !== null;
        into.ok[t] = ok ? 1 : 0;
        into.score[t] = score ?? Number.NaN;
        into.percent[t] = percent ?? Number.NaN;
        const b = (targets[t] as Target).bands.findIndex((x) => x.id === band);
        into.band[t] = band === null ? -1 : b >= 0 ? b : -2;
        const start = into.pointsStart[t]!;
        into.complete[t] = itemPoints(t, into.points.subarray(start)) ? 1 : 0;
      }
    },
    result: () => r,
  };
}
