// Norms: where a score stands among the people of a team. A norm file keeps, per dimension
// and facet, the n and the distribution as percentiles (every 5 % from 5 to 95) of the 0-100
// percent: never an individual value. It is built from at least a declared number of people.
import { quantileOfSorted } from "../stats/describe.ts";

export const NORMS_SCHEMA_VERSION = 1;
export const DEFAULT_NORM_SIZE = 30;
/** The percentiles kept: 5, 10, ... 95. */
export const NORM_LEVELS = Array.from({ length: 19 }, (_, i) => (i + 1) * 5);

export interface NormTarget {
  id: string;
  /** People with a score on this target. */
  n: number;
  /** The percent at each of NORM_LEVELS, lowest first. */
  percentiles: number[];
}

export interface NormFile {
  schemaVersion: typeof NORMS_SCHEMA_VERSION;
  kind: "reflet-norms";
  questionnaire: { id: string; version: string };
  /** The days the results were written (the files' dates), first and last. */
  dates: { from: string; to: string };
  targets: NormTarget[];
}

/** The norms of each target with at least `minSize` scores; the others are left out. */
export function buildNorms(
  values: ReadonlyMap<string, readonly number[]>,
  minSize: number,
): { targets: NormTarget[]; tooFew: { id: string; n: number }[] } {
  const targets: NormTarget[] = [];
  const tooFew: { id: string; n: number }[] = [];
  for (const [id, list] of values) {
    if (list.length < minSize) {
      tooFew.push({ id, n: list.length });
      continue;
    }
    const sorted = [...list].sort((a, b) => a - b);
    const percentiles = NORM_LEVELS.map((p) => {
      // Never null: the list has at least minSize values.
      const q = quantileOfSorted(sorted, p / 100) ?? 0;
      return Math.round(q * 100) / 100;
    });
    targets.push({ id, n: list.length, percentiles });
  }
  return { targets, tooFew };
}

/**
 * How many people in 10 of the norm group score lower than `percent`: the share of the
 * kept percentiles below it (ties count half), in tenths. An estimate from 19 cut points,
 * which is all a norm file holds.
 */
export function tenthsBelow(norm: NormTarget, percent: number): number {
  let below = 0;
  for (const p of norm.percentiles) below += p < percent ? 1 : p === percent ? 0.5 : 0;
  // 19 cut points split the group in 20 parts: k points below puts the score in part k + 1,
  // whose middle is (k + 0.5) / 20.
  return Math.round(((below + 0.5) / 20) * 10);
}
