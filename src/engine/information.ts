// Low-information sheets: answers that say too little for a profile. Straight-lined,
// mostly middle answers, mostly "does not apply", or under the declared completeness: the
// result says so, and the archetype and strengths are withheld (docs/scoring.md).

import { cmp, exact, mul } from "../core/exact.ts";
import type { LowInformationRule, ScaleInfo } from "../model/model.ts";
import type { LowInformationReason } from "./types.ts";

/** What the detector needs to know of one sheet: counts, the same on both scoring paths. */
export interface SheetCounts {
  /** Answered, shown Likert items. */
  likert: number;
  /** Of those, answers on the scale's middle point. */
  middle: number;
  /** Answers "does not apply". */
  notApplicable: number;
  /** Answered and shown items (a "does not apply" counts as answered). */
  answered: number;
  shown: number;
  /** The straight-lining flag was raised. */
  straightLined: boolean;
}

/** The middle point of a scale with an odd number of points; none for an even scale. */
export function middleOf(scale: ScaleInfo | undefined): number | undefined {
  if (!scale || scale.values.length % 2 === 0) return undefined;
  const sorted = [...scale.values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) / 2];
}

/** part ≥ share × whole, exactly. */
const atLeast = (part: number, share: number, whole: number) =>
  cmp(exact(part), mul(exact(share), exact(whole))) >= 0;

/** Why a sheet says too little, in a fixed order; empty when it is a full sheet. */
export function lowInformationReasons(
  rule: LowInformationRule,
  c: SheetCounts,
): LowInformationReason[] {
  const reasons: LowInformationReason[] = [];
  if (rule.straightLining && c.straightLined) reasons.push("straight-lining");
  if (c.middle > 0 && c.likert >= rule.minItems && atLeast(c.middle, rule.maxMiddleShare, c.likert))
    reasons.push("middle");
  if (c.notApplicable > 0 && atLeast(c.notApplicable, rule.maxNotApplicableShare, c.answered))
    reasons.push("not-applicable");
  if (rule.minCompleteness > 0 && !atLeast(c.answered, rule.minCompleteness, c.shown))
    reasons.push("incomplete");
  return reasons;
}
