// The tables the compiled scorer reads, built once per questionnaire with the engine's own
// point functions (points.ts), so they can never disagree with it: for each dimension and
// facet the items feeding it (links) with whole points for every readable answer, its bands
// and missing-answer rule; the quality checks' tables; scratch arrays reused row after row.

import { exact, mul } from "../../core/exact.ts";
import type { Model, Target } from "../../model/model.ts";
import { keyedValue, optionPoints, pickedOptions } from "../../model/points.ts";
import type { AnswerValue, Item, Option } from "../../model/types.ts";
import { middleOf } from "../information.ts";
import { recordTargets } from "../sheet.ts";
import { type Plain, plainOf } from "./plain-plan.ts";
import { type Band, bandOf, NotWhole, type Ratio, ratio, SAFE, whole } from "./ratio.ts";

/** One item feeding one target: whole points for each readable answer. */
export interface Link {
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

export const AGGREGATE = { sum: 0, mean: 1 } as const;
export const BANDS_ON = { percent: 0, mean: 1, sum: 2 } as const;
/** A band not worked out yet (bandByRaw). */
export const UNKNOWN = -2;

export interface Plan {
  target: Target;
  first: number;
  end: number;
  /** Every item answered, the band depends on the raw score alone: kept by raw − lowest. */
  bandByRaw: Int16Array | null;
  low: number;
  /** Each target's raw score when every item gives its most points. */
  high: number;
  /** The sum of the weights of its items. */
  weights: number;
  bands: Band[];
  quorum: Ratio;
  /** The missing-answer rule: no score under this many answers (0: the quorum decides). */
  below: number;
  /** The sum is the plain sum of what was answered (not prorated). */
  plainSum: boolean;
  aggregate: number;
  bandsOn: number;
}

export interface Pair {
  id: string;
  items: [string, string];
  at: [number, number];
  keyed: [(number | undefined)[], (number | undefined)[]];
  offsets: [number, number];
  maxGap: Ratio;
}

export interface Compiled {
  model: Model;
  /** Dimensions and facets in record order: each dimension, then its facets. */
  targets: readonly Target[];
  indexOf: Map<string, number>;
  links: Link[];
  plans: Plan[];
  /** First link of each target, and one past its last (index targets.length). */
  linkStart: Int32Array;
  /** Each target's raw score when every item gives its fewest points. */
  rawLow: Float64Array;
  // The links again, as flat arrays for the loop that runs for every answer of every row.
  linkItems: Int32Array;
  linkWeight: Float64Array;
  linkMin: Float64Array;
  linkMax: Float64Array;
  linkLikert: Uint8Array;
  items: readonly Item[];
  /** Some item has a condition: the answers of the items it hides are then cleared. */
  conditional: boolean;
  likert: number[];
  /** A Likert item gives the same points to its dimension and its facet: looked up once a row. */
  keyed: (number | undefined)[][];
  keyedFrom: Float64Array;
  /** Each Likert item's scale middle (NaN when the scale has none), for low-information sheets. */
  middles: Float64Array;
  straightLining: { minItems: number; share: Ratio } | null;
  pairs: Pair[];
  /** The tables of the specialised row loop (plain.ts); null when it does not apply. */
  plain: Plain | null;
  /** Scratch, reused row after row: points by item, distinct answers and how often each comes. */
  itemPoints: Float64Array;
  distinct: Float64Array;
  often: Float64Array;
}

export function likertTable(
  model: Model,
  item: Item & { type: "likert" },
  weighted = true,
): [(number | undefined)[], number] {
  const scale = model.scales.get(item.scale);
  const values = scale?.values ?? [];
  const offset = values.length ? Math.min(...values) : 0;
  const table: (number | undefined)[] = [];
  for (const v of values) {
    const keyed = keyedValue(scale, item, v);
    if (!keyed) continue;
    table[whole(v) - offset] = whole(weighted ? mul(keyed, exact(item.weight ?? 1)) : keyed);
  }
  return [table, offset];
}

function linkOf(model: Model, target: Target, r: Target["reach"][number]): Link {
  // A target reaches only the model's own items.
  const index = model.itemIndex.get(r.itemId)!;
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

export function pointsOf(link: Link, item: Item, answer: AnswerValue): number | undefined {
  if (link.table) return typeof answer === "number" ? link.table[answer - link.offset] : undefined;
  const picked = pickedOptions(item, answer);
  if (!picked) return undefined;
  let total = 0;
  // Not a table, so a choice item with its options; answers are checked against them first.
  for (const o of picked) total += link.options!.get(o)!;
  return total;
}

function pairOf(model: Model, p: Model["pairs"][number]): Pair {
  const side = (id: string): [number, (number | undefined)[], number] => {
    const index = model.itemIndex.get(id) ?? -1;
    const item = model.items[index];
    if (item?.type !== "likert") return [index, [], 0];
    return [index, ...likertTable(model, item, false)];
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

const sumOf = (links: readonly Link[], key: "min" | "max") =>
  links.reduce((total, l) => total + l[key], 0);

/** The tables of `model`; throws NotWhole when one of its numbers is not whole. */
export function compilePlan(model: Model): Compiled {
  const targets = recordTargets(model);
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
    // Every product formed while scoring (raw × weights, (raw − min) × 100) must stay a safe integer.
    if (bound * Math.max(weights, 100) * 4 > SAFE) throw new NotWhole();
    const low = sumOf(links.slice(first), "min");
    const span = sumOf(links.slice(first), "max") - low;
    return {
      target,
      first,
      end: links.length,
      bandByRaw: span < 4096 ? new Int16Array(span + 1).fill(UNKNOWN) : null,
      low,
      high: low + span,
      weights,
      bands: target.bands.map((b) => bandOf(b.range)),
      quorum: ratio(target.minAnswered),
      below: typeof target.missing === "object" ? target.missing.insufficientBelow : 0,
      plainSum: target.missing === "sum",
      aggregate: AGGREGATE[target.aggregate],
      bandsOn: BANDS_ON[target.bandsOn],
    };
  });
  const items = model.items;
  const likert = items.flatMap((item, i) => (item.type === "likert" ? [i] : []));
  const tables = items.map((item) => (item.type === "likert" ? likertTable(model, item) : null));
  const sl = model.straightLining;
  const c: Compiled = {
    model,
    targets,
    indexOf: new Map(targets.map((t, i) => [t.id, i])),
    links,
    plans,
    linkStart: Int32Array.from([...plans.map((p) => p.first), links.length]),
    rawLow: Float64Array.from(plans, (p) => p.low),
    linkItems: Int32Array.from(links, (l) => l.item),
    linkWeight: Float64Array.from(links, (l) => l.weight),
    linkMin: Float64Array.from(links, (l) => l.min),
    linkMax: Float64Array.from(links, (l) => l.max),
    linkLikert: Uint8Array.from(links, (l) => (l.table ? 1 : 0)),
    items,
    conditional: items.some((item) => item.when !== undefined),
    likert,
    keyed: tables.map((t) => t?.[0] ?? []),
    keyedFrom: Float64Array.from(tables, (t) => t?.[1] ?? 0),
    middles: Float64Array.from(items, (item) =>
      item.type === "likert" ? (middleOf(model.scales.get(item.scale)) ?? Number.NaN) : Number.NaN,
    ),
    straightLining: sl ? { minItems: sl.minItems, share: ratio(sl.maxShare) } : null,
    pairs: model.pairs.map((p) => pairOf(model, p)),
    plain: null,
    itemPoints: new Float64Array(items.length),
    distinct: new Float64Array(likert.length),
    often: new Float64Array(likert.length),
  };
  c.plain = plainOf(c);
  return c;
}
