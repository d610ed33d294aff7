// One answer sheet scored into typed arrays (no object per answer, for batches): which items
// are shown, each target's counts, raw, sum, mean, score, percent and band, the points each
// link gave, the quality flags and the archetype before evidence. Every read (`x[i]!`) is at
// an index the compiled plan sized the arrays for.
import type { Answers, AnswerValue, Item } from "../../model/types.ts";
import { type ConditionContext, holds } from "../conditions.ts";
import { type ChosenProfile, chooseProfile } from "../rules.ts";
import type { LowInformationReason, QualityFlag } from "../types.ts";
import { context } from "./context.ts";
import { flagsOf, lowInformationOf } from "./flags.ts";
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

/** One answer sheet's answers by item index (the questionnaire's order); undefined: none. */
export type Values = (AnswerValue | undefined)[];

/** Scores of one answer sheet, by target in record order and by link. Reused row after row. */
export interface RowScores {
  /** How many sheets were scored into these arrays: tells a later reader they were reused. */
  sheets: number;
  answered: number;
  shown: number;
  /** 1: scored; 0: not enough answers (the numbers below are then meaningless). */
  ok: Uint8Array;
  answeredBy: Int32Array;
  expected: Int32Array;
  raw: Float64Array;
  sum: Float64Array;
  mean: Float64Array;
  score: Float64Array;
  percent: Float64Array;
  /** Index into the target's bands; −1 when in none. */
  band: Int16Array;
  /** Score and percent as fractions of whole numbers, for the rules' exact comparisons. */
  scoreN: Float64Array;
  scoreD: Float64Array;
  percentN: Float64Array;
  percentD: Float64Array;
  /** Points each link gave; NaN when its item did not count. */
  points: Float64Array;
  /** Which items were shown (their condition held). */
  visible: Uint8Array;
  /** The archetype, before evidence; null on a low-information sheet. */
  profile: ChosenProfile;
  flags: QualityFlag[];
  /** Why the sheet says too little (engine/information.ts); empty for a full sheet. */
  lowInformation: LowInformationReason[];
}

export function newScores(c: Compiled): RowScores {
  const n = c.targets.length;
  return {
    sheets: 0,
    answered: 0,
    shown: 0,
    ok: new Uint8Array(n),
    answeredBy: new Int32Array(n),
    expected: new Int32Array(n),
    raw: new Float64Array(n),
    sum: new Float64Array(n),
    mean: new Float64Array(n),
    score: new Float64Array(n),
    percent: new Float64Array(n),
    band: new Int16Array(n),
    scoreN: new Float64Array(n),
    scoreD: new Float64Array(n),
    percentN: new Float64Array(n),
    percentD: new Float64Array(n),
    points: new Float64Array(c.links.length),
    visible: new Uint8Array(c.items.length),
    profile: null,
    flags: [],
    lowInformation: [],
  };
}

/** The answers of a sheet by item index. */
export function valuesOf(c: Compiled, answers: Answers): Values {
  const values: Values = new Array(c.items.length);
  for (let i = 0; i < c.items.length; i++) values[i] = answers[(c.items[i] as Item).id];
  return values;
}

/** Items whose condition holds, as shownItems decides: on the answers before each item. */
function showItems(c: Compiled, values: Values, out: RowScores): void {
  let upTo = 0;
  const ctx: ConditionContext = {
    answer: (id) => {
      const i = c.model.itemIndex.get(id);
      return i === undefined || i >= upTo ? undefined : values[i];
    },
    band: () => null,
    percent: () => null,
    score: () => null,
    hasFlag: () => false,
  };
  for (let i = 0; i < c.items.length; i++) {
    const when = (c.items[i] as Item).when;
    upTo = i;
    const shown = !when || holds(when, ctx);
    out.visible[i] = shown ? 1 : 0;
    if (!shown) values[i] = undefined;
  }
}

function scoreTarget(c: Compiled, t: number, values: Values, out: RowScores): void {
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

/** Scores `values` into `out`; values of hidden items are cleared (see `Compiled.conditional`). */
export function scoreRow(c: Compiled, values: Values, out: RowScores): RowScores {
  if (c.conditional) showItems(c, values, out);
  else out.visible.fill(1);
  let answered = 0;
  let shown = 0;
  for (let i = 0; i < c.items.length; i++) {
    if (out.visible[i] === 0) continue;
    shown++;
    if (values[i] !== undefined) answered++;
  }
  out.sheets++;
  out.answered = answered;
  out.shown = shown;
  for (const i of c.likert) {
    const a = values[i];
    const p =
      out.visible[i] === 1 && typeof a === "number"
        ? (c.keyed[i] as (number | undefined)[])[a - c.keyedFrom[i]!]
        : undefined;
    c.itemPoints[i] = p === undefined ? Number.NaN : p;
  }
  for (let t = 0; t < c.plans.length; t++) scoreTarget(c, t, values, out);
  out.flags = flagsOf(c, values);
  out.lowInformation = lowInformationOf(c, values, out.visible, out);
  out.profile =
    c.model.profiles.length && out.lowInformation.length === 0
      ? chooseProfile(c.model, context(c, values, out))
      : null;
  return out;
}
