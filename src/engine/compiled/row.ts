// One answer sheet scored into typed arrays (no object per answer, for batches): which items
// are shown, each target's counts, raw, sum, mean, score, percent and band, the points each
// link gave, the quality flags and the archetype before evidence. Every read (`x[i]!`) is at
// an index the compiled plan sized the arrays for.
import type { Answers, AnswerValue, Item } from "../../model/types.ts";
import { type ConditionContext, holds } from "../conditions.ts";
import { type ChosenProfile, chooseProfile } from "../rules.ts";
import type { LowInformationReason, QualityFlag } from "../types.ts";
import { context } from "./context.ts";
import { flagsOf, lowInformationOf, NONE } from "./flags.ts";
import { scorePlain } from "./plain.ts";
import type { Compiled } from "./plan.ts";
import { scoreTarget } from "./target.ts";

/** One answer sheet's answers by item index (the questionnaire's order); undefined: none. */
export type Values = (AnswerValue | undefined)[];

/** Scores of one answer sheet, by target in record order and by link. Reused row after row. */
export interface RowScores {
  /** How many sheets were scored into these arrays: tells a later reader they were reused. */
  sheets: number;
  /**
   * Only the view's figures were filled (plain.ts): mean, sum and the exact fractions are
   * filled by `complete` (target.ts) before the Result or a rule reads them.
   */
  brief: boolean;
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
  /** Which items were shown (their condition held); all of them, without conditions. */
  visible: Uint8Array;
  /** Scratch for item conditions (conditional questionnaires). */
  showing: Showing;
  /** The archetype, before evidence; null on a low-information sheet. */
  profile: ChosenProfile;
  flags: readonly QualityFlag[];
  /** Why the sheet says too little (engine/information.ts); empty for a full sheet. */
  lowInformation: readonly LowInformationReason[];
}

export function newScores(c: Compiled): RowScores {
  const n = c.targets.length;
  return {
    sheets: 0,
    brief: false,
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
    visible: new Uint8Array(c.items.length).fill(1),
    showing: showingFor(c),
    profile: null,
    flags: NONE,
    lowInformation: NONE,
  };
}

/** The answers of a sheet by item index. */
export function valuesOf(c: Compiled, answers: Answers): Values {
  const values: Values = new Array(c.items.length);
  for (let i = 0; i < c.items.length; i++) values[i] = answers[(c.items[i] as Item).id];
  return values;
}

/** What item conditions read while items are shown in order: the answers before `upTo`. */
interface Showing {
  values: Values;
  upTo: number;
  ctx: ConditionContext;
}

/** Built once per scratch, so that showing a sheet's items makes no closure. */
function showingFor(c: Compiled): Showing {
  const s: Showing = { values: [], upTo: 0, ctx: NO_SCORES };
  s.ctx = {
    ...NO_SCORES,
    answer: (id) => {
      const i = c.model.itemIndex.get(id);
      return i === undefined || i >= s.upTo ? undefined : s.values[i];
    },
  };
  return s;
}

/** Before any target is scored, a condition sees answers only. */
const NO_SCORES: ConditionContext = {
  answer: () => undefined,
  band: () => null,
  percent: () => null,
  score: () => null,
  hasFlag: () => false,
};

/** Items whose condition holds, as shownItems decides: on the answers before each item. */
function showItems(c: Compiled, values: Values, out: RowScores): void {
  const s = out.showing;
  s.values = values;
  for (let i = 0; i < c.items.length; i++) {
    const when = (c.items[i] as Item).when;
    s.upTo = i;
    const shown = !when || holds(when, s.ctx);
    out.visible[i] = shown ? 1 : 0;
    if (!shown) values[i] = undefined;
  }
}

/** Scores `values` into `out`; values of hidden items are cleared (see `Compiled.conditional`). */
export function scoreRow(c: Compiled, values: Values, out: RowScores): RowScores {
  out.sheets++;
  if (!c.plain || !scorePlain(c, c.plain, values, out)) scoreAny(c, values, out);
  out.profile =
    c.model.profiles.length && out.lowInformation.length === 0
      ? chooseProfile(c.model, context(c, values, out))
      : null;
  return out;
}

/** The general loop: any sheet of any questionnaire compiled. */
function scoreAny(c: Compiled, values: Values, out: RowScores): void {
  out.brief = false;
  if (c.conditional) showItems(c, values, out);
  let answered = 0;
  let shown = 0;
  for (let i = 0; i < c.items.length; i++) {
    if (out.visible[i] === 0) continue;
    shown++;
    if (values[i] !== undefined) answered++;
  }
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
}
