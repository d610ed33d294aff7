// Each matched person's change and reliable change index, and the reliability behind it.
// Pure: pairs in, changes out.
//
// The reliability of a target is the one given with --reliability (the first wave's
// Cronbach's alpha, or a declared value) when there is one; else the test-retest
// correlation of the matched people (Pearson's r of their before and after percents), as
// Jacobson & Truax allow. Batch records hold no item answers, so the first wave's alpha
// cannot be had from result files alone; r can, from the very pairs compared. It is
// conservative: people who really change, and not all alike, lower r, which widens S_diff
// and makes fewer changes reliable. It is taken only when the matched people are enough to
// show figures at all (--min-group) and r is between 0 and 1: otherwise there is no index.
import { pearson } from "../stats/correlation.ts";
import { describe } from "../stats/describe.ts";
import { changeError, type ReliableChange, rci, reliableChange } from "../stats/rci.ts";
import type { Person, Wave } from "./wave.ts";

/** Where a reliability comes from: the first wave's alpha, a declared value, or retest r. */
export type ReliabilitySource = "alpha" | "declared" | "retest";

/** A reliability given on the command line (--reliability). */
export interface GivenReliability {
  value: number;
  source: Exclude<ReliabilitySource, "retest">;
}

export interface Reliability {
  id: string;
  value: number;
  source: ReliabilitySource;
  /** Retest: the matched people r was computed from; null otherwise. */
  n: number | null;
}

export interface Pair {
  before: Person;
  after: Person;
}

export interface PersonTarget {
  id: string;
  before: number | null;
  after: number | null;
  change: number | null;
  bandBefore: string | null;
  bandAfter: string | null;
  rci: number | null;
  reliable: ReliableChange | null;
}

const percentOf = (p: Person, id: string) => p.targets.get(id)?.percent ?? null;

/**
 * The reliability of target `id`: the given one, or the matched people's test-retest r when
 * `shown` (the target's figures are not withheld) and 0 < r < 1; null when there is none.
 */
export function reliabilityOf(
  id: string,
  pairs: readonly Pair[],
  given: GivenReliability | undefined,
  shown: boolean,
): Reliability | null {
  if (given) return { id, ...given, n: null };
  if (!shown) return null;
  const before: number[] = [];
  const after: number[] = [];
  for (const p of pairs) {
    const x = percentOf(p.before, id);
    const y = percentOf(p.after, id);
    if (x === null || y === null) continue;
    before.push(x);
    after.push(y);
  }
  const r = pearson(before, after);
  return r !== null && r > 0 && r < 1 ? { id, value: r, source: "retest", n: before.length } : null;
}

/** Per matched person: the change of target `id` and its reliable change index. */
export function personChanges(
  id: string,
  before: Wave,
  pairs: readonly Pair[],
  reliability: Reliability | null,
): Map<Pair, PersonTarget> {
  const spread = describe(
    before.people.map((p) => percentOf(p, id)).filter((v): v is number => v !== null),
  )?.sd;
  const sDiff = spread != null && reliability ? changeError(spread, reliability.value) : null;
  const out = new Map<Pair, PersonTarget>();
  for (const p of pairs) {
    const a = p.before.targets.get(id);
    const b = p.after.targets.get(id);
    const x = a?.percent ?? null;
    const y = b?.percent ?? null;
    const change = x !== null && y !== null ? y - x : null;
    const index = x !== null && y !== null && sDiff ? rci(x, y, sDiff) : null;
    out.set(p, {
      id,
      before: x,
      after: y,
      change,
      bandBefore: a?.band ?? null,
      bandAfter: b?.band ?? null,
      rci: index,
      reliable: index === null ? null : reliableChange(index),
    });
  }
  return out;
}
