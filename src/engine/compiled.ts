// A scorer prepared once per questionnaire, for scoring many answer sheets: the same Result
// as score(), computed from tables instead of exact fractions built answer by answer.
//
// When every scale value, weight and option point is a whole number (as in nearly every
// questionnaire), each target's raw, minimum, maximum and weights are whole numbers too, and
// a score is one division of two of them. One correctly rounded division of the unreduced
// integers gives the same float as the engine's reduced fraction, so the numbers are
// identical; band edges and thresholds are compared by cross-multiplying integers. The
// tables are built with the engine's own point functions, so they can never disagree with
// it. Any other questionnaire, and any that allows "does not apply" or has best–worst items,
// is scored by score() itself.
//
// Two levels: RowScorer.score() fills typed arrays (no object per answer, for batches);
// RowScorer.result() turns them into the engine's Result when a whole profile is needed.

import { cmp, div, type Exact, exact, mul } from "../core/exact.ts";
import { usesAnswerKinds } from "../model/kinds.ts";
import type { Interval, Model, Target } from "../model/model.ts";
import { keyedValue, optionPoints, pickedOptions } from "../model/points.ts";
import type { Answers, AnswerValue, Item, Option } from "../model/types.ts";
import { type ConditionContext, holds } from "./conditions.ts";
import { judge } from "./evidence.ts";
import { lowInformationReasons, middleOf } from "./information.ts";
import { type ChosenProfile, chooseProfile } from "./rules.ts";
import { assembleResult, type ScoreOptions, score } from "./score.ts";
import type {
  Contribution,
  DimensionResult,
  LowInformationReason,
  QualityFlag,
  Result,
  TargetResult,
} from "./types.ts";

export type Scorer = (answers: Answers, options?: ScoreOptions) => Result;

/** One answer sheet's answers by item index (the questionnaire's order); undefined: none. */
export type Values = (AnswerValue | undefined)[];

/** A fraction of two safe integers, the denominator positive. */
interface Ratio {
  n: number;
  d: number;
}

const SAFE = Number.MAX_SAFE_INTEGER;

class NotWhole extends Error {}

function ratio(x: Exact | number): Ratio {
  const e = typeof x === "number" ? exact(x) : x;
  const n = Number(e.n);
  const d = Number(e.d);
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) throw new NotWhole();
  return { n, d };
}

function whole(x: Exact | number): number {
  const r = ratio(x);
  if (r.d !== 1) throw new NotWhole();
  return r.n;
}

/** Sign of n/d − e, exactly (d > 0). */
function compareTo(n: number, d: number, e: Ratio): number {
  const l = n * e.d;
  const r = e.n * d;
  if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return l < r ? -1 : l > r ? 1 : 0;
  return cmp(div(exact(n), exact(d)), { n: BigInt(e.n), d: BigInt(e.d) });
}

interface Band {
  lo: Ratio;
  hi: Ratio;
  loIncluded: boolean;
  hiIncluded: boolean;
}

const bandOf = (r: Interval): Band => ({
  lo: ratio(r.lo),
  hi: ratio(r.hi),
  loIncluded: r.loIncluded,
  hiIncluded: r.hiIncluded,
});

/** Index of the first band holding n/d, or −1. */
function bandIndex(bands: readonly Band[], n: number, d: number): number {
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as Band;
    const lo = compareTo(n, d, b.lo);
    if (b.loIncluded ? lo < 0 : lo <= 0) continue;
    const hi = compareTo(n, d, b.hi);
    if (b.hiIncluded ? hi <= 0 : hi < 0) return i;
  }
  return -1;
}

/** One item feeding one target: whole points for each readable answer. */
interface Link {
  item: number;
  id: string;
  min: number;
  max: number;
  weight: number;
  reversed: boolean;
  /** Likert: points by (answer − offset); undefined where the scale has no such value. */
  table: (number | undefined)[] | null;
  offset: number;
  /** Option items: points of each option for this target. */
  options: Map<Option, number> | null;
}

const AGGREGATE = { sum: 0, mean: 1 } as const;
const BANDS_ON = { percent: 0, mean: 1, sum: 2 } as const;

interface Plan {
  target: Target;
  first: number;
  end: number;
  /** Every item answered, the band depends on the raw score alone: kept by raw − lowest. */
  bandByRaw: Int16Array | null;
  low: number;
  bands: Band[];
  quorum: Ratio;
  /** The missing-answer rule: no score under this many answers (0: the quorum decides). */
  below: number;
  /** The sum is the plain sum of what was answered (not prorated). */
  plainSum: boolean;
  aggregate: number;
  bandsOn: number;
}

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

export interface RowScorer {
  readonly model: Model;
  /** Dimensions and facets in record order: each dimension, then its facets. */
  readonly targets: readonly Target[];
  /** Which record-order target each link belongs to, and the item it reads, by link. */
  readonly linkItems: Int32Array;
  /** First link of each target, and one past its last (index targets.length). */
  readonly linkStart: Int32Array;
  /** Some item has a condition: score() then clears the answers of the items it hides. */
  readonly conditional: boolean;
  /** Each target's raw score when every item gives its fewest points, and its most. */
  readonly rawLow: Float64Array;
  readonly rawHigh: Float64Array;
  newScores(): RowScores;
  /** The answers of a sheet by item index. */
  valuesOf(answers: Answers): Values;
  /** Scores `values` into `out`; values of hidden items are cleared (see `conditional`). */
  score(values: Values, out: RowScores): RowScores;
  /** The engine's Result, from a sheet already scored. */
  result(values: Values, s: RowScores, participant: string | null): Result;
}

function likertTable(
  model: Model,
  item: Item & { type: "likert" },
): [(number | undefined)[], number] {
  const scale = model.scales.get(item.scale);
  const values = scale?.values ?? [];
  const offset = values.length ? Math.min(...values) : 0;
  const table: (number | undefined)[] = [];
  for (const v of values) {
    const keyed = keyedValue(scale, item, v);
    if (keyed) table[whole(v) - offset] = whole(mul(keyed, exact(item.weight ?? 1)));
  }
  return [table, offset];
}

function linkOf(model: Model, target: Target, r: Target["reach"][number]): Link {
  const index = model.itemIndex.get(r.itemId) as number;
  const item = model.items[index] as Item;
  const link: Link = {
    item: index,
    id: r.itemId,
    min: whole(r.exact.min),
    max: whole(r.exact.max),
    weight: whole(r.exact.weight),
    reversed: item.type === "likert" && item.reverse === true,
    table: null,
    offset: 0,
    options: null,
  };
  if (item.type === "likert") [link.table, link.offset] = likertTable(model, item);
  else if (item.type !== "text") {
    const parentOf = (id: string) => model.targets.get(id)?.parent;
    link.options = new Map(
      item.options.map((o) => [o, whole(optionPoints(o, target.id, parentOf))]),
    );
  }
  return link;
}

function pointsOf(link: Link, item: Item, answer: AnswerValue): number | undefined {
  if (link.table) return typeof answer === "number" ? link.table[answer - link.offset] : undefined;
  const picked = pickedOptions(item, answer);
  if (!picked) return undefined;
  let total = 0;
  for (const o of picked) total += link.options?.get(o) as number;
  return total;
}

interface Pair {
  id: string;
  items: [string, string];
  at: [number, number];
  keyed: [(number | undefined)[], (number | undefined)[]];
  offsets: [number, number];
  maxGap: Ratio;
}

function pairOf(model: Model, p: Model["pairs"][number]): Pair {
  const side = (id: string): [number, (number | undefined)[], number] => {
    const index = model.itemIndex.get(id) ?? -1;
    const item = model.items[index];
    const table: (number | undefined)[] = [];
    if (item?.type !== "likert") return [index, table, 0];
    const scale = model.scales.get(item.scale);
    const offset = scale ? Math.min(...scale.values) : 0;
    for (const v of scale?.values ?? []) {
      const k = keyedValue(scale, item, v);
      if (k) table[whole(v) - offset] = whole(k);
    }
    return [index, table, offset];
  };
  const [a, ta, oa] = side(p.items[0]);
  const [b, tb, ob] = side(p.items[1]);
  return {
    id: p.id,
    items: p.items,
    at: [a, b],
    keyed: [ta, tb],
    offsets: [oa, ob],
    maxGap: ratio(p.maxGap),
  };
}

const UNKNOWN = -2;

const sumOf = (links: readonly Link[], key: "min" | "max") =>
  links.reduce((total, l) => total + l[key], 0);

export function compileRows(model: Model): RowScorer {
  const targets = model.dimensions.flatMap((d) => [
    d,
    ...d.facets.map((id) => model.targets.get(id) as Target),
  ]);
  const indexOf = new Map(targets.map((t, i) => [t.id, i]));
  const links: Link[] = [];
  const plans = targets.map((target): Plan => {
    const first = links.length;
    let bound = 0;
    let weights = 0;
    for (const r of target.reach) {
      const link = linkOf(model, target, r);
      bound += Math.abs(link.min) + Math.abs(link.max);
      weights += link.weight;
      links.push(link);
    }
    // Every product formed below (raw × weights, (raw − min) × 100) must stay a safe integer.
    if (bound * Math.max(weights, 100) * 4 > SAFE) throw new NotWhole();
    const low = sumOf(links.slice(first), "min");
    const span = sumOf(links.slice(first), "max") - low;
    return {
      target,
      first,
      end: links.length,
      bandByRaw: span < 4096 ? new Int16Array(span + 1).fill(UNKNOWN) : null,
      low,
      bands: target.bands.map((b) => bandOf(b.range)),
      quorum: ratio(target.minAnswered),
      below: typeof target.missing === "object" ? target.missing.insufficientBelow : 0,
      plainSum: target.missing === "sum",
      aggregate: AGGREGATE[target.aggregate],
      bandsOn: BANDS_ON[target.bandsOn],
    };
  });
  const linkStart = Int32Array.from([...plans.map((p) => p.first), links.length]);
  const rawLow = Float64Array.from(plans, (p) => sumOf(links.slice(p.first, p.end), "min"));
  const rawHigh = Float64Array.from(plans, (p) => sumOf(links.slice(p.first, p.end), "max"));
  const linkItems = Int32Array.from(links, (l) => l.item);
  // The links again, as flat arrays for the loop that runs for every answer of every row.
  const linkWeight = Float64Array.from(links, (l) => l.weight);
  const linkMin = Float64Array.from(links, (l) => l.min);
  const linkMax = Float64Array.from(links, (l) => l.max);
  const linkLikert = Uint8Array.from(links, (l) => (l.table ? 1 : 0));
  const items = model.items;
  const count = items.length;
  const conditional = items.some((item) => item.when !== undefined);
  const likert = items.flatMap((item, i) => (item.type === "likert" ? [i] : []));
  // A Likert item gives the same points to its dimension and its facet: looked up once a row.
  const tables = items.map((item) => (item.type === "likert" ? likertTable(model, item) : null));
  const keyed = tables.map((t) => t?.[0] ?? []);
  const keyedFrom = Float64Array.from(tables, (t) => t?.[1] ?? 0);
  // Each Likert item's scale middle (NaN when the scale has none), for low-information sheets.
  const middles = Float64Array.from(items, (item) =>
    item.type === "likert" ? (middleOf(model.scales.get(item.scale)) ?? Number.NaN) : Number.NaN,
  );
  const itemPoints = new Float64Array(count);
  // Distinct raw Likert answers of a row and how often each comes, for straight-lining.
  const distinct = new Float64Array(likert.length);
  const often = new Float64Array(likert.length);
  const sl = model.straightLining;
  const share = sl ? ratio(sl.maxShare) : null;
  const pairs = model.pairs.map((p) => pairOf(model, p));

  function newScores(): RowScores {
    const n = targets.length;
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
      points: new Float64Array(links.length),
      visible: new Uint8Array(count),
      profile: null,
      flags: [],
      lowInformation: [],
    };
  }

  function valuesOf(answers: Answers): Values {
    const values: Values = new Array(count);
    for (let i = 0; i < count; i++) values[i] = answers[(items[i] as Item).id];
    return values;
  }

  /** Items whose condition holds, as shownItems decides: on the answers before each item. */
  function showItems(values: Values, out: RowScores): void {
    let upTo = 0;
    const ctx: ConditionContext = {
      answer: (id) => {
        const i = model.itemIndex.get(id);
        return i === undefined || i >= upTo ? undefined : values[i];
      },
      band: () => null,
      percent: () => null,
      score: () => null,
      hasFlag: () => false,
    };
    for (let i = 0; i < count; i++) {
      const when = (items[i] as Item).when;
      upTo = i;
      const shown = !when || holds(when, ctx);
      out.visible[i] = shown ? 1 : 0;
      if (!shown) values[i] = undefined;
    }
  }

  function scoreTarget(t: number, values: Values, out: RowScores): void {
    const plan = plans[t] as Plan;
    const { visible, points } = out;
    let expected = 0;
    let answered = 0;
    let expectedWeight = 0;
    let answeredWeight = 0;
    let raw = 0;
    let lo = 0;
    let hi = 0;
    for (let l = plan.first; l < plan.end; l++) {
      const item = linkItems[l] as number;
      points[l] = Number.NaN;
      if (visible[item] === 0) continue;
      expected++;
      const weight = linkWeight[l] as number;
      expectedWeight += weight;
      let p: number;
      if (linkLikert[l] === 1) p = itemPoints[item] as number;
      else {
        const answer = values[item];
        p =
          answer === undefined
            ? Number.NaN
            : (pointsOf(links[l] as Link, items[item] as Item, answer) ?? Number.NaN);
      }
      if (Number.isNaN(p)) continue;
      points[l] = p;
      answered++;
      raw += p;
      lo += linkMin[l] as number;
      hi += linkMax[l] as number;
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
    let band = memo ? (memo[at] as number) : UNKNOWN;
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

  /** The quality flags of quality.ts: the same box ticked all the way down, inconsistent pairs. */
  function flagsOf(values: Values): QualityFlag[] {
    const flags: QualityFlag[] = [];
    if (sl && share) {
      // Raw answers, in order of first appearance, as the engine counts them.
      let kinds = 0;
      let total = 0;
      for (const i of likert) {
        const a = values[i];
        if (typeof a !== "number") continue;
        total++;
        let k = 0;
        while (k < kinds && distinct[k] !== a) k++;
        if (k === kinds) {
          distinct[kinds] = a;
          often[kinds++] = 0;
        }
        often[k] = (often[k] as number) + 1;
      }
      if (total > 0 && total >= sl.minItems) {
        for (let k = 0; k < kinds; k++) {
          const value = distinct[k] as number;
          const n = often[k] as number;
          if (n * share.d < share.n * total) continue;
          const ids = likert.filter((i) => values[i] === value).map((i) => (items[i] as Item).id);
          flags.push({ id: "straight-lining", kind: "straight-lining", items: ids });
          break;
        }
      }
    }
    for (const p of pairs) {
      const [a, b] = [values[p.at[0]], values[p.at[1]]];
      const ka = typeof a === "number" ? p.keyed[0][a - p.offsets[0]] : undefined;
      const kb = typeof b === "number" ? p.keyed[1][b - p.offsets[1]] : undefined;
      if (ka === undefined || kb === undefined) continue;
      if (compareTo(Math.abs(ka - kb), 1, p.maxGap) > 0)
        flags.push({ id: p.id, kind: "inconsistent", items: [...p.items] });
    }
    return flags;
  }

  function context(values: Values, s: RowScores): ConditionContext {
    const flagIds = new Set(s.flags.map((f) => f.id));
    const at = (id: string) => {
      const t = indexOf.get(id);
      return t !== undefined && s.ok[t] === 1 ? t : undefined;
    };
    return {
      answer: (id) => {
        const i = model.itemIndex.get(id);
        return i === undefined ? undefined : values[i];
      },
      band: (id) => {
        const t = at(id);
        return t === undefined ? null : (plans[t]?.target.bands[s.band[t] as number]?.id ?? null);
      },
      percent: (id) => {
        const t = at(id);
        return t === undefined
          ? null
          : div(exact(s.percentN[t] as number), exact(s.percentD[t] as number));
      },
      score: (id) => {
        const t = at(id);
        return t === undefined
          ? null
          : div(exact(s.scoreN[t] as number), exact(s.scoreD[t] as number));
      },
      hasFlag: (id) => flagIds.has(id),
    };
  }

  function scoreRow(values: Values, out: RowScores): RowScores {
    if (conditional) showItems(values, out);
    else out.visible.fill(1);
    let answered = 0;
    let shown = 0;
    for (let i = 0; i < count; i++) {
      if (out.visible[i] === 0) continue;
      shown++;
      if (values[i] !== undefined) answered++;
    }
    out.sheets++;
    out.answered = answered;
    out.shown = shown;
    for (const i of likert) {
      const a = values[i];
      const p =
        out.visible[i] === 1 && typeof a === "number"
          ? (keyed[i] as (number | undefined)[])[a - (keyedFrom[i] as number)]
          : undefined;
      itemPoints[i] = p === undefined ? Number.NaN : p;
    }
    for (let t = 0; t < plans.length; t++) scoreTarget(t, values, out);
    out.flags = flagsOf(values);
    let likertAnswers = 0;
    let middle = 0;
    for (const i of likert) {
      const a = values[i];
      if (out.visible[i] === 0 || typeof a !== "number") continue;
      likertAnswers++;
      if (a === middles[i]) middle++;
    }
    out.lowInformation = lowInformationReasons(model.lowInformation, {
      likert: likertAnswers,
      middle,
      notApplicable: 0,
      answered,
      shown,
      straightLined: out.flags.some((f) => f.kind === "straight-lining"),
    });
    out.profile =
      model.profiles.length && out.lowInformation.length === 0
        ? chooseProfile(model, context(values, out))
        : null;
    return out;
  }

  function targetResult(t: number, values: Values, s: RowScores): TargetResult {
    const plan = plans[t] as Plan;
    const contributions: Contribution[] = [];
    for (let l = plan.first; l < plan.end; l++) {
      const p = s.points[l] as number;
      if (Number.isNaN(p)) continue;
      const link = links[l] as Link;
      const answer = values[link.item] as AnswerValue;
      contributions.push({
        item: link.id,
        answer,
        points: p,
        reversed: link.reversed,
        weight: link.weight,
      });
    }
    const base = {
      id: plan.target.id,
      status: s.ok[t] === 1 ? ("ok" as const) : ("insufficient" as const),
      answered: s.answeredBy[t] as number,
      expected: s.expected[t] as number,
      raw: s.raw[t] as number,
    };
    if (s.ok[t] !== 1)
      return {
        ...base,
        sum: null,
        mean: null,
        score: null,
        percent: null,
        band: null,
        contributions,
      };
    return {
      ...base,
      sum: s.sum[t] as number,
      mean: s.mean[t] as number,
      score: s.score[t] as number,
      percent: s.percent[t] as number,
      band: plan.target.bands[s.band[t] as number]?.id ?? null,
      contributions,
    };
  }

  function result(values: Values, s: RowScores, participant: string | null): Result {
    const dimensions: DimensionResult[] = [];
    let t = 0;
    for (const dim of model.dimensions) {
      const at = t;
      t += 1 + dim.facets.length;
      const facets = dim.facets.map((_, f) => targetResult(at + 1 + f, values, s));
      dimensions.push({ ...targetResult(at, values, s), facets });
    }
    const judged = judge(model, dimensions, s.flags, context(values, s), s.lowInformation);
    // Never compiled for a questionnaire that allows "does not apply" (rowScorer).
    const parts = { answered: s.answered, shown: s.shown, dimensions, flags: s.flags };
    return assembleResult(model, participant, { ...parts, notApplicable: [] }, judged);
  }

  return {
    model,
    targets,
    linkItems,
    linkStart,
    rawLow,
    rawHigh,
    conditional,
    newScores,
    valuesOf,
    score: scoreRow,
    result,
  };
}

/** The row scorer of `model`, or null when its numbers are not all whole. */
export function rowScorer(model: Model): RowScorer | null {
  // "Does not apply" and best–worst items are scored by score() itself.
  if (usesAnswerKinds(model)) return null;
  try {
    return compileRows(model);
  } catch (e) {
    if (!(e instanceof NotWhole)) throw e;
    return null;
  }
}

/** A scorer for `model`: compiled when its numbers are whole, score() itself otherwise. */
export function compileScorer(model: Model): Scorer {
  const rows = rowScorer(model);
  if (!rows) return (answers, options) => score(model, answers, options);
  const scratch = rows.newScores();
  return (answers, options = {}) => {
    const values = rows.valuesOf(answers);
    return rows.result(values, rows.score(values, scratch), options.participant ?? null);
  };
}
