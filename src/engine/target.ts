// One dimension or facet: its answers' points, the missing-answer rule, sum, mean,
// 0-100 percent and band, all computed exactly.

import {
  add,
  cmp,
  div,
  type Exact,
  exact,
  HUNDRED,
  mul,
  sub,
  toNumber,
  ZERO,
} from "../core/exact.ts";
import { inIntervalExact } from "../model/compile.ts";
import { isNotApplicable } from "../model/kinds.ts";
import type { Model, Target } from "../model/model.ts";
import { pointsFor } from "../model/points.ts";
import type { Answers, Item } from "../model/types.ts";
import type { Contribution, TargetResult } from "./types.ts";

/** A target's result, with the exact values conditions compare (null when insufficient). */
export interface ScoredTarget {
  result: TargetResult;
  exact: { score: Exact; percent: Exact } | null;
}

/** When every possible answer gives the same points, the score says nothing either way. */
const MIDDLE: Exact = { n: 50n, d: 1n };

export function bandOf(target: Target, value: Exact): string | null {
  return target.bands.find((b) => inIntervalExact(value, b.range))?.id ?? null;
}

export function scoreTarget(
  model: Model,
  target: Target,
  visible: Answers,
  shownIds: ReadonlySet<string>,
): ScoredTarget {
  const parentOf = (id: string) => model.targets.get(id)?.parent;
  const contributions: Contribution[] = [];
  let expected = 0;
  let expectedWeight = ZERO;
  let answeredWeight = ZERO;
  let raw = ZERO;
  let lo = ZERO;
  let hi = ZERO;
  for (const reach of target.reach) {
    // A hidden item (its condition failed) is neither expected nor missing.
    if (!shownIds.has(reach.itemId)) continue;
    const answer = visible[reach.itemId];
    // A target reaches only the model's own items.
    const item = model.items[model.itemIndex.get(reach.itemId)!] as Item;
    // "Does not apply" is neither expected nor missing: the score is over the other items.
    if (isNotApplicable(model, item, answer)) continue;
    expected++;
    expectedWeight = add(expectedWeight, reach.exact.weight);
    if (answer === undefined) continue;
    const points = pointsFor(model.scales, parentOf, item, target.id, answer);
    if (points === undefined) continue;
    raw = add(raw, points);
    lo = add(lo, reach.exact.min);
    hi = add(hi, reach.exact.max);
    answeredWeight = add(answeredWeight, reach.exact.weight);
    contributions.push({
      item: reach.itemId,
      answer,
      points: toNumber(points),
      reversed: item.type === "likert" && item.reverse === true,
      weight: reach.weight,
    });
  }
  const answered = contributions.length;
  const rule = target.missing;
  const enough =
    answered > 0 &&
    (typeof rule === "object"
      ? answered >= rule.insufficientBelow
      : cmp(exact(answered), mul(exact(target.minAnswered), exact(expected))) >= 0);
  if (!enough) {
    const none = { sum: null, mean: null, score: null, percent: null, band: null };
    return {
      result: {
        id: target.id,
        status: "insufficient",
        answered,
        expected,
        raw: toNumber(raw),
        ...none,
        contributions,
      },
      exact: null,
    };
  }
  const mean = div(raw, answeredWeight);
  // Prorating keeps a sum with a few missing answers on the scale of a complete one;
  // an instrument scored as a plain sum keeps what was answered.
  const sum = rule === "sum" ? raw : div(mul(raw, expectedWeight), answeredWeight);
  const percent = cmp(hi, lo) === 0 ? MIDDLE : div(mul(sub(raw, lo), HUNDRED), sub(hi, lo));
  const score = target.aggregate === "sum" ? sum : mean;
  const banded = target.bandsOn === "percent" ? percent : target.bandsOn === "sum" ? sum : mean;
  return {
    result: {
      id: target.id,
      status: "ok",
      answered,
      expected,
      raw: toNumber(raw),
      sum: toNumber(sum),
      mean: toNumber(mean),
      score: toNumber(score),
      percent: toNumber(percent),
      band: bandOf(target, banded),
      contributions,
    },
    exact: { score, percent },
  };
}
