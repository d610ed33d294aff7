// What the respondent models need to know of a questionnaire, computed once: every answer
// an item can take, with the points it gives each dimension, and which way each
// dimension's scoring leans (its bright bands above or below its shadow ones).
import { toNumber } from "../core/exact.ts";
import type { Model } from "../model/model.ts";
import { pointsFor } from "../model/points.ts";
import type { AnswerValue, Item } from "../model/types.ts";

export interface Choice {
  /** The answer as an answers file writes it (one option, for a multiple-choice item). */
  value: AnswerValue;
  /** Points on each dimension, in the order of the questionnaire's dimensions. */
  points: number[];
  /** How much the scoring favours it: points on each dimension, towards its bright side. */
  favour: number;
}

export interface ItemPlan {
  item: Item;
  /** Likert: the scale's values; option items: the options, in the order shown. */
  choices: Choice[];
  /** Per choice and dimension, its points rescaled to −1 (lowest of the item) … 1 (highest). */
  scaled: number[][];
  /** A Likert item's dimension, by index; −1 for other items. */
  dimension: number;
}

export interface Plan {
  model: Model;
  items: ItemPlan[];
  /** +1 when a higher score is the bright side of the dimension, −1 when it is the shadow. */
  direction: number[];
  /** Answer positions a straight-liner can hold: the most points of any Likert scale. */
  positions: number;
}

/** −1 when a dimension's bright bands lie below its shadow ones; +1 otherwise. */
function directionOf(model: Model, index: number): number {
  const bands = model.dimensions[index]?.bands ?? [];
  const lo = (side: "bright" | "shadow") =>
    Math.min(...bands.filter((b) => b.side === side).map((b) => b.range.lo));
  const bright = lo("bright");
  const shadow = lo("shadow");
  return Number.isFinite(bright) && Number.isFinite(shadow) && bright < shadow ? -1 : 1;
}

function rescale(choices: Choice[], dims: number): number[][] {
  const scaled = choices.map(() => new Array<number>(dims).fill(0));
  // A choice has points on each of the dims dimensions, and scaled a row per choice.
  for (let d = 0; d < dims; d++) {
    const values = choices.map((c) => c.points[d]!);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    if (hi === lo) continue;
    values.forEach((v, i) => {
      scaled[i]![d] = (2 * (v - lo)) / (hi - lo) - 1;
    });
  }
  return scaled;
}

/** A best–worst item's answers: every pair of two different options, in the order shown. */
function bestWorstPairs(options: string[]): AnswerValue[] {
  return options.flatMap((best) =>
    options.filter((worst) => worst !== best).map((worst) => ({ best, worst })),
  );
}

export function planFor(model: Model): Plan {
  const parentOf = (id: string) => model.targets.get(id)?.parent;
  const dims = model.dimensions.map((d) => d.id);
  const direction = dims.map((_, i) => directionOf(model, i));
  let positions = 2;
  const items = model.items.map((item): ItemPlan => {
    const values: AnswerValue[] =
      item.type === "likert"
        ? (model.scales.get(item.scale)?.values ?? [])
        : item.type === "text"
          ? []
          : item.type === "best-worst"
            ? bestWorstPairs(item.options.map((o) => o.value))
            : item.options.map((o) => o.value);
    if (item.type === "likert") positions = Math.max(positions, values.length);
    const choices = values.map((value): Choice => {
      const answer = item.type === "multi" ? [String(value)] : value;
      const points = dims.map((d) => {
        const p = pointsFor(model.scales, parentOf, item, d, answer);
        return p ? toNumber(p) : 0;
      });
      // direction has an entry per dimension, as points does.
      const favour = points.reduce((sum, p, d) => sum + p * direction[d]!, 0);
      return { value, points, favour };
    });
    const dimension = item.type === "likert" ? dims.indexOf(item.dimension) : -1;
    return { item, choices, scaled: rescale(choices, dims.length), dimension };
  });
  return { model, items, direction, positions };
}
