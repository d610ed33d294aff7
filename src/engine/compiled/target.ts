// One dimension or facet of a row scored into arrays: its counts and raw points from the
// links (scoreTarget), then its sum, mean, score, percent and band (settle), which the
// specialised row loop of plain.ts shares. Every read (`x[i]!`) is at an index the compiled
// plan sized the arrays for.
import type { Item } from "../../model/types.ts";
import {
  AGGREGATE,
  BANDS_ON,
  type Compiled,
  type Link,
  type Plan,
  pointsOf,
  UNKNOWN,
} from "./plan.ts";
import { bandIndex } from "./ratio.ts";
import type { RowScores, Values } from "./row.ts";

export function scoreTarget(c: Compiled, t: number, values: Values, out: RowScores): void {
  const plan = c.plans[t] as Plan;
  const { visible, points } = out;
  const { linkItems, linkWeight, linkLikert, linkMin, linkMax, itemPoints } = c;
  let expected = 0;
  let answered = 0;
  let expectedWeight = 0;
  let answeredWeight = 0;
  let raw = 0;
  let lo = 0;
  let hi = 0;
  for (let l = plan.first; l < plan.end; l++) {
    const item = linkItems[l]!;
    points[l] = Number.NaN;
    if (visible[item] === 0) continue;
    expected++;
    const weight = linkWeight[l]!;
    expectedWeight += weight;
    let p: number;
    if (linkLikert[l] === 1) p = itemPoints[item]!;
    else {
      const answer = values[item];
      p =
        answer === undefined
          ? Number.NaN
          : (pointsOf(c.links[l] as Link, c.items[item] as Item, answer) ?? Number.NaN);
    }
    if (Number.isNaN(p)) continue;
    points[l] = p;
    answered++;
    raw += p;
    lo += linkMin[l]!;
    hi += linkMax[l]!;
    answeredWeight += weight;
  }
  settle(plan, t, out, answered, expected, raw, lo, hi, expectedWeight, answeredWeight);
}

/** Target `t`'s figures when every one of its items counted, giving `raw` points. */
export function settleComplete(plan: Plan, t: number, out: RowScores, raw: number): void {
  const all = plan.end - plan.first;
  settle(plan, t, out, all, all, raw, plan.low, plan.high, plan.weights, plan.weights);
}

/** Fills what a brief row (plain.ts) left out for the Result and the rules. */
export function complete(c: Compiled, out: RowScores): void {
  if (!out.brief) return;
  out.brief = false;
  for (let t = 0; t < c.plans.length; t++) settleComplete(c.plans[t] as Plan, t, out, out.raw[t]!);
}

/**
 * Target `t`'s figures from its counts and sums over the items that counted: `lo` and `hi`
 * are the fewest and most points those items could give.
 */
export function settle(
  plan: Plan,
  t: number,
  out: RowScores,
  answered: number,
  expected: number,
  raw: number,
  lo: number,
  hi: number,
  expectedWeight: number,
  answeredWeight: number,
): void {
  out.answeredBy[t] = answered;
  out.expected[t] = expected;
  out.raw[t] = raw;
  const short =
    plan.below > 0 ? answered < plan.below : answered * plan.quorum.d < plan.quorum.n * expected;
  if (answered === 0 || short) {
    out.ok[t] = 0;
    out.band[t] = -1;
    return;
  }
  out.ok[t] = 1;
  // Prorating keeps a sum with a few missing answers on the scale of a complete one;
  // a plain sum is raw over 1 (weights as denominator, so raw × weights / weights).
  const sumN = plan.plainSum ? raw * answeredWeight : raw * expectedWeight;
  // When every possible answer gives the same points, the score says nothing either way: 50.
  const pn = hi === lo ? 50 : (raw - lo) * 100;
  const pd = hi === lo ? 1 : hi - lo;
  out.mean[t] = raw / answeredWeight;
  out.sum[t] = sumN / answeredWeight;
  out.percent[t] = pn / pd;
  out.percentN[t] = pn;
  out.percentD[t] = pd;
  const bySum = plan.aggregate === AGGREGATE.sum;
  out.score[t] = bySum ? out.sum[t] : out.mean[t];
  out.scoreN[t] = bySum ? sumN : raw;
  out.scoreD[t] = answeredWeight;
  const memo = answered === plan.end - plan.first ? plan.bandByRaw : null;
  const at = raw - plan.low;
  let band = memo ? memo[at]! : UNKNOWN;
  if (band === UNKNOWN) {
    const on = plan.bandsOn;
    band =
      on === BANDS_ON.percent
        ? bandIndex(plan.bands, pn, pd)
        : bandIndex(plan.bands, on === BANDS_ON.sum ? sumN : raw, answeredWeight);
    if (memo) memo[at] = band;
  }
  out.band[t] = band;
}
