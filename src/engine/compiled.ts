// A scorer prepared once per questionnaire, for scoring many answer sheets: the same Result
// as score(), computed from tables instead of exact fractions built answer by answer.
//
// When every scale value, weight and option point is a whole number (as in nearly every
// questionnaire), each target's raw, minimum, maximum and weights are whole numbers too, and
// a score is one division of two of them. One correctly rounded division of the unreduced
// integers gives the same float as the engine's reduced fraction, so the numbers are
// identical; band edges and thresholds are compared by cross-multiplying integers. The
// tables are built with the engine's own point functions, so they can never disagree with
// it. Any other questionnaire is scored by score() itself.
import type { Interval, Model, Target } from "../model/model.ts";
import type { Answers, AnswerValue, Item, LikertItem, Option } from "../model/types.ts";
import type { ConditionContext } from "./conditions.ts";
import { cmp, div, type Exact, exact, mul } from "./exact.ts";
import { keyedValue, optionPoints, pickedOptions } from "./points.ts";
import { chooseProfile, fireAdvice } from "./rules.ts";
import { type ScoreOptions, score, shownItems } from "./score.ts";
import {
  type Contribution,
  type DimensionResult,
  type QualityFlag,
  RESULT_SCHEMA_VERSION,
  type Result,
  type TargetResult,
} from "./types.ts";

export type Scorer = (answers: Answers, options?: ScoreOptions) => Result;

/** A fraction of two safe integers, the denominator positive. */
interface Ratio {
  n: number;
  d: number;
}

const SAFE = Number.MAX_SAFE_INTEGER;

/** The exact value as a ratio of safe integers, or null when it has none. */
function ratioOf(x: Exact): Ratio | null {
  const n = Number(x.n);
  const d = Number(x.d);
  return Number.isSafeInteger(n) && Number.isSafeInteger(d) ? { n, d } : null;
}

const wholeOf = (x: Exact | undefined): number | null => {
  const r = x && ratioOf(x);
  return r && r.d === 1 ? r.n : null;
};

/** Sign of n/d − e, exactly (d > 0). */
function compareTo(n: number, d: number, e: Ratio): number {
  const l = n * e.d;
  const r = e.n * d;
  if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return l < r ? -1 : l > r ? 1 : 0;
  return cmp(div(exact(n), exact(d)), { n: BigInt(e.n), d: BigInt(e.d) });
}

interface Edge {
  at: Ratio;
  included: boolean;
}

interface Band {
  id: string;
  lo: Edge;
  hi: Edge;
}

function bandOf(bands: readonly Band[], n: number, d: number): string | null {
  for (const b of bands) {
    const lo = compareTo(n, d, b.lo.at);
    const hi = compareTo(n, d, b.hi.at);
    if ((b.lo.included ? lo >= 0 : lo > 0) && (b.hi.included ? hi <= 0 : hi < 0)) return b.id;
  }
  return null;
}

/** One item's contribution to one target: a lookup from the answer to whole points. */
interface Link {
  item: number;
  id: string;
  min: number;
  max: number;
  weight: number;
  reversed: boolean;
  points: (answer: AnswerValue) => number | undefined;
}

interface Plan {
  target: Target;
  links: Link[];
  bands: Band[];
  /** minAnswered as a fraction. */
  quorum: Ratio;
}

/** What a target's score and percent are, as fractions, for the rules' exact comparisons. */
interface Scored {
  result: TargetResult;
  score: Ratio | null;
  percent: Ratio | null;
}

class NotWhole extends Error {}

function whole(x: Exact | undefined): number {
  const w = wholeOf(x);
  if (w === null) throw new NotWhole();
  return w;
}

function ratio(x: number): Ratio {
  const r = ratioOf(exact(x));
  if (!r) throw new NotWhole();
  return r;
}

const edge = (r: Interval, side: "lo" | "hi"): Edge => ({
  at: ratio(r[side]),
  included: side === "lo" ? r.loIncluded : r.hiIncluded,
});

/** Points of a Likert item per answer value, keyed and weighted by the engine's rules. */
function likertPoints(model: Model, item: LikertItem): Map<number, number> {
  const table = new Map<number, number>();
  const scale = model.scales.get(item.scale);
  for (const v of scale?.values ?? []) {
    const keyed = keyedValue(scale, item, v);
    if (keyed) table.set(v, whole(mul(keyed, exact(item.weight ?? 1))));
  }
  return table;
}

function linkPoints(model: Model, item: Item, target: Target): Link["points"] {
  if (item.type === "likert") {
    const table = likertPoints(model, item);
    // A number the scale does not have is unreadable, as in pointsFor.
    return (a) => (typeof a === "number" ? table.get(a) : undefined);
  }
  const parentOf = (id: string) => model.targets.get(id)?.parent;
  const byOption = new Map<Option, number>();
  if (item.type !== "text") {
    for (const o of item.options) byOption.set(o, whole(optionPoints(o, target.id, parentOf)));
  }
  return (a) => {
    const picked = pickedOptions(item, a);
    if (!picked) return undefined;
    let total = 0;
    for (const o of picked) total += byOption.get(o) as number;
    return total;
  };
}

function planTarget(model: Model, target: Target): Plan {
  let bound = 0;
  let weights = 0;
  const links = target.reach.map((r): Link => {
    const index = model.itemIndex.get(r.itemId) as number;
    const item = model.items[index] as Item;
    const link = {
      item: index,
      id: r.itemId,
      min: whole(r.exact.min),
      max: whole(r.exact.max),
      weight: whole(r.exact.weight),
      reversed: item.type === "likert" && item.reverse === true,
      points: linkPoints(model, item, target),
    };
    bound += Math.abs(link.min) + Math.abs(link.max);
    weights += link.weight;
    return link;
  });
  // Every product formed below (raw × weights, (raw − min) × 100) must stay a safe integer.
  if (bound * Math.max(weights, 100) * 4 > SAFE) throw new NotWhole();
  return {
    target,
    links,
    bands: target.bands.map((b) => ({
      id: b.id,
      lo: edge(b.range, "lo"),
      hi: edge(b.range, "hi"),
    })),
    quorum: ratio(target.minAnswered),
  };
}

const MIDDLE: Ratio = { n: 50, d: 1 };

function scoreTarget(
  plan: Plan,
  values: readonly (AnswerValue | undefined)[],
  shown: Uint8Array | null,
): Scored {
  const { target } = plan;
  const contributions: Contribution[] = [];
  let expected = 0;
  let expectedWeight = 0;
  let answeredWeight = 0;
  let raw = 0;
  let lo = 0;
  let hi = 0;
  for (const link of plan.links) {
    if (shown && shown[link.item] === 0) continue;
    expected++;
    expectedWeight += link.weight;
    const answer = values[link.item];
    if (answer === undefined) continue;
    const points = link.points(answer);
    if (points === undefined) continue;
    raw += points;
    lo += link.min;
    hi += link.max;
    answeredWeight += link.weight;
    contributions.push({
      item: link.id,
      answer,
      points,
      reversed: link.reversed,
      weight: link.weight,
    });
  }
  const answered = contributions.length;
  if (answered === 0 || answered * plan.quorum.d < plan.quorum.n * expected) {
    return {
      result: {
        id: target.id,
        status: "insufficient",
        answered,
        expected,
        raw,
        sum: null,
        mean: null,
        score: null,
        percent: null,
        band: null,
        contributions,
      },
      score: null,
      percent: null,
    };
  }
  const mean: Ratio = { n: raw, d: answeredWeight };
  // Prorating keeps a sum with a few missing answers on the scale of a complete one.
  const sum: Ratio = { n: raw * expectedWeight, d: answeredWeight };
  const percent: Ratio = hi === lo ? MIDDLE : { n: (raw - lo) * 100, d: hi - lo };
  const value = target.aggregate === "sum" ? sum : mean;
  const banded = target.bandsOn === "percent" ? percent : target.bandsOn === "sum" ? sum : mean;
  return {
    result: {
      id: target.id,
      status: "ok",
      answered,
      expected,
      raw,
      sum: sum.n / sum.d,
      mean: mean.n / mean.d,
      score: value.n / value.d,
      percent: percent.n / percent.d,
      band: bandOf(plan.bands, banded.n, banded.d),
      contributions,
    },
    score: value,
    percent,
  };
}

interface Pair {
  id: string;
  items: [string, string];
  keyed: [Map<number, number>, Map<number, number>];
  maxGap: Ratio;
}

function planPairs(model: Model): Pair[] {
  const keyedTable = (id: string) => {
    const table = new Map<number, number>();
    const item = model.items[model.itemIndex.get(id) ?? -1];
    if (item?.type !== "likert") return table;
    const scale = model.scales.get(item.scale);
    for (const v of scale?.values ?? []) {
      const k = keyedValue(scale, item, v);
      if (k) table.set(v, whole(k));
    }
    return table;
  };
  return model.pairs.map((p) => ({
    id: p.id,
    items: p.items,
    keyed: [keyedTable(p.items[0]), keyedTable(p.items[1])],
    maxGap: ratio(p.maxGap),
  }));
}

/** The quality flags of quality.ts: the same box ticked all the way down, inconsistent pairs. */
function flagsOf(
  model: Model,
  likert: readonly number[],
  visible: Answers,
  pairs: readonly Pair[],
  share: Ratio | null,
): QualityFlag[] {
  const flags: QualityFlag[] = [];
  const sl = model.straightLining;
  if (sl && share) {
    // Raw answers, in order of first appearance, as the engine counts them.
    const counts = new Map<number, number>();
    let total = 0;
    for (const i of likert) {
      const a = visible[(model.items[i] as Item).id];
      if (typeof a !== "number") continue;
      total++;
      counts.set(a, (counts.get(a) ?? 0) + 1);
    }
    if (total > 0 && total >= sl.minItems) {
      for (const [value, count] of counts) {
        if (count * share.d < share.n * total) continue;
        const items = likert
          .map((i) => (model.items[i] as Item).id)
          .filter((id) => visible[id] === value);
        flags.push({ id: "straight-lining", kind: "straight-lining", items });
        break;
      }
    }
  }
  for (const p of pairs) {
    const a = visible[p.items[0]];
    const b = visible[p.items[1]];
    const ka = typeof a === "number" ? p.keyed[0].get(a) : undefined;
    const kb = typeof b === "number" ? p.keyed[1].get(b) : undefined;
    if (ka === undefined || kb === undefined) continue;
    if (compareTo(Math.abs(ka - kb), 1, p.maxGap) > 0)
      flags.push({ id: p.id, kind: "inconsistent", items: [...p.items] });
  }
  return flags;
}

const toExact = (r: Ratio | null): Exact | null => (r ? div(exact(r.n), exact(r.d)) : null);

function compileWhole(model: Model): Scorer {
  const plans = new Map<string, Plan>();
  for (const dim of model.dimensions) {
    for (const id of dim.facets) plans.set(id, planTarget(model, model.targets.get(id) as Target));
    plans.set(dim.id, planTarget(model, dim));
  }
  const pairs = planPairs(model);
  const sl = model.straightLining;
  const share = sl ? ratio(sl.maxShare) : null;
  const likert = model.items.flatMap((item, i) => (item.type === "likert" ? [i] : []));
  const conditional = model.items.some((item) => item.when !== undefined);
  const count = model.items.length;

  return (answers, options = {}) => {
    const values: (AnswerValue | undefined)[] = new Array(count);
    let visible: Record<string, AnswerValue>;
    let shown: Uint8Array | null = null;
    let shownCount = count;
    if (conditional) {
      const s = shownItems(model, answers);
      visible = s.visible as Record<string, AnswerValue>;
      shown = new Uint8Array(count);
      for (const item of s.shown) shown[model.itemIndex.get(item.id) as number] = 1;
      shownCount = s.shown.length;
      for (let i = 0; i < count; i++) values[i] = visible[(model.items[i] as Item).id];
    } else {
      visible = {};
      for (let i = 0; i < count; i++) {
        const id = (model.items[i] as Item).id;
        const a = answers[id];
        values[i] = a;
        if (a !== undefined) visible[id] = a;
      }
    }
    const scored = new Map<string, Scored>();
    const scoreOne = (id: string) => {
      const s = scoreTarget(plans.get(id) as Plan, values, shown);
      scored.set(id, s);
      return s.result;
    };
    const dimensions: DimensionResult[] = model.dimensions.map((dim) => {
      const facets = dim.facets.map(scoreOne);
      return { ...scoreOne(dim.id), facets };
    });
    const flags = flagsOf(model, likert, visible, pairs, share);
    const flagIds = new Set(flags.map((f) => f.id));
    const ctx: ConditionContext = {
      answer: (id) => visible[id],
      band: (id) => scored.get(id)?.result.band ?? null,
      percent: (id) => toExact(scored.get(id)?.percent ?? null),
      score: (id) => toExact(scored.get(id)?.score ?? null),
      hasFlag: (id) => flagIds.has(id),
    };
    return {
      schemaVersion: RESULT_SCHEMA_VERSION,
      questionnaire: { id: model.id, version: model.version, hash: model.hash },
      participant: options.participant ?? null,
      answered: Object.keys(visible).length,
      shown: shownCount,
      dimensions,
      profile: chooseProfile(model, ctx),
      advice: fireAdvice(model, ctx),
      flags,
    };
  };
}

/** A scorer for `model`: compiled when its numbers are whole, score() itself otherwise. */
export function compileScorer(model: Model): Scorer {
  try {
    return compileWhole(model);
  } catch (e) {
    if (!(e instanceof NotWhole)) throw e;
    return (answers, options) => score(model, answers, options);
  }
}

/** Whether `compileScorer` compiles `model` (for tests and benchmarks). */
export function isCompiled(model: Model): boolean {
  try {
    compileWhole(model);
    return true;
  } catch (e) {
    if (!(e instanceof NotWhole)) throw e;
    return false;
  }
}
