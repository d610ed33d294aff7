// What conditions and bands can see of a questionnaire: the values each target can take,
// the answers each item can have, the flags that exist.

import { add, cmp, div, type Exact, toNumber, ZERO } from "../../core/exact.ts";
import { allowedValues } from "../../engine/answers.ts";
import type { Interval, Model, Target } from "../../model/model.ts";
import { closed } from "./intervals.ts";
import type { ItemShape, TargetShape, Universe } from "./normal-form.ts";

export const STRAIGHT_LINING = "straight-lining";

/**
 * The values `on` can take for `target`, or null when no item feeds it. A sum is prorated
 * over the items shown, so an item that may be hidden can take it below or above the sum
 * of all the items' extremes.
 */
export function valueRange(
  model: Model,
  target: Target,
  on: "percent" | "mean" | "sum",
): Interval | null {
  if (target.reach.length === 0) return null;
  if (on === "percent") return closed(0, 100);
  // Exact, like the engine: a weight of 0.1 must not put the lowest mean at 2.9999999999999996.
  const extreme = (xs: Exact[], pick: -1 | 1) =>
    toNumber(xs.reduce((a, b) => extremeOf(a, b, pick)));
  if (on === "mean") {
    const lows = target.reach.map((r) => div(r.exact.min, r.exact.weight));
    const highs = target.reach.map((r) => div(r.exact.max, r.exact.weight));
    return closed(extreme(lows, -1), extreme(highs, 1));
  }
  let lo = ZERO;
  let hi = ZERO;
  for (const r of target.reach) {
    const index = model.itemIndex.get(r.itemId);
    const hidable = index !== undefined && model.items[index]?.when !== undefined;
    lo = add(lo, hidable ? extremeOf(r.exact.min, ZERO, -1) : r.exact.min);
    hi = add(hi, hidable ? extremeOf(r.exact.max, ZERO, 1) : r.exact.max);
  }
  return closed(toNumber(lo), toNumber(hi));
}

const extremeOf = (a: Exact, b: Exact, pick: -1 | 1): Exact => (cmp(a, b) === pick ? a : b);

export function targetShape(model: Model, t: Target): TargetShape {
  return {
    aggregate: t.aggregate,
    bandsOn: t.bandsOn,
    percent: closed(0, 100),
    mean: valueRange(model, t, "mean"),
    sum: valueRange(model, t, "sum"),
    bands: t.bands.map((b) => ({ id: b.id, range: b.range })),
  };
}

export function flagIds(model: Model): string[] {
  return [STRAIGHT_LINING, ...model.pairs.map((p) => p.id)];
}

// Each target's shape is worked out once per model, not once per condition that tests it:
// the sums behind it are exact (core/exact.ts) and a questionnaire has hundreds of conditions.
const shapesOf = new WeakMap<Model, Map<string, TargetShape | undefined>>();

/**
 * The universe of a condition: after scoring (advice, profiles), or while answering item
 * number `askedAt`, when only earlier items have answers and nothing is scored yet.
 */
export function universeFor(model: Model, askedAt?: number): Universe {
  const known = shapesOf.get(model) ?? new Map<string, TargetShape | undefined>();
  shapesOf.set(model, known);
  return {
    scored: askedAt === undefined,
    flags: flagIds(model),
    target: (id) => {
      if (known.has(id)) return known.get(id);
      const t = model.targets.get(id);
      const shape = t && targetShape(model, t);
      known.set(id, shape);
      return shape;
    },
    item: (id) => {
      const index = model.itemIndex.get(id);
      const item = index === undefined ? undefined : model.items[index];
      if (!item || index === undefined) return undefined;
      const kind: ItemShape["kind"] =
        item.type === "text" ? "text" : item.type === "multi" ? "multi" : "single";
      return {
        kind,
        values: allowedValues(model, item),
        answerable: askedAt === undefined || index < askedAt,
      };
    },
  };
}
