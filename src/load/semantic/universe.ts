// What conditions and bands can see of a questionnaire: the values each target can take,
// the answers each item can have, the flags that exist.
import { allowedValues } from "../../engine/answers.ts";
import type { Interval, Model, Target } from "../../model/model.ts";
import { closed } from "./intervals.ts";
import type { ItemShape, TargetShape, Universe } from "./satisfiable.ts";

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
  if (on === "mean") {
    const lows = target.reach.map((r) => r.min / r.weight);
    const highs = target.reach.map((r) => r.max / r.weight);
    return closed(Math.min(...lows), Math.max(...highs));
  }
  let lo = 0;
  let hi = 0;
  for (const r of target.reach) {
    const index = model.itemIndex.get(r.itemId);
    const hidable = index !== undefined && model.items[index]?.when !== undefined;
    lo += hidable ? Math.min(0, r.min) : r.min;
    hi += hidable ? Math.max(0, r.max) : r.max;
  }
  return closed(lo, hi);
}

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

/**
 * The universe of a condition: after scoring (advice, profiles), or while answering item
 * number `askedAt`, when only earlier items have answers and nothing is scored yet.
 */
export function universeFor(model: Model, askedAt?: number): Universe {
  return {
    scored: askedAt === undefined,
    flags: flagIds(model),
    target: (id) => {
      const t = model.targets.get(id);
      return t && targetShape(model, t);
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
