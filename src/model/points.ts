// What one answer is worth to one dimension or facet, exactly. Shared by scoring, the
// quality checks and the model's reach, so the three can never disagree.

import { add, type Exact, exact, mul, sub, ZERO } from "../core/exact.ts";
import { bestWorstPoints, tablePoints } from "./kinds.ts";
import type { ScaleInfo } from "./model.ts";
import type { AnswerValue, Item, LikertItem, Option } from "./types.ts";

/** A Likert answer after reverse keying (min + max - v), before weight; undefined if off the scale. */
export function keyedValue(
  scale: ScaleInfo | undefined,
  item: LikertItem,
  answer: unknown,
): Exact | undefined {
  if (!scale || typeof answer !== "number" || !scale.values.includes(answer)) return undefined;
  const v = exact(answer);
  return item.reverse ? sub(add(exact(scale.min), exact(scale.max)), v) : v;
}

/** Points an option gives a target: its own key, plus its keys on the target's facets. */
export function optionPoints(
  option: Option,
  targetId: string,
  parentOf: (id: string) => string | undefined,
): Exact {
  return tablePoints(option.scores, targetId, parentOf);
}

/** The options an answer picks, each once; undefined if one is not an option of the item. */
export function pickedOptions(item: Item, answer: AnswerValue): Option[] | undefined {
  if (item.type === "likert" || item.type === "text" || item.type === "best-worst")
    return undefined;
  if (Array.isArray(answer) && item.type !== "multi") return undefined;
  // Option values are text; an answers file may write the option "1" as the number 1.
  const values = new Set((Array.isArray(answer) ? answer : [answer]).map(String));
  const picked = item.options.filter((o) => values.has(o.value));
  return picked.length === values.size ? picked : undefined;
}

/** Points an answer gives a target, after keying and weight; undefined when it cannot be read. */
export function pointsFor(
  scales: ReadonlyMap<string, ScaleInfo>,
  parentOf: (id: string) => string | undefined,
  item: Item,
  targetId: string,
  answer: AnswerValue,
): Exact | undefined {
  if (item.type === "likert") {
    const keyed = keyedValue(scales.get(item.scale), item, answer);
    return keyed && mul(keyed, exact(item.weight ?? 1));
  }
  if (item.type === "best-worst") return bestWorstPoints(item, answer, targetId, parentOf);
  const picked = pickedOptions(item, answer);
  if (!picked) return undefined;
  let total = ZERO;
  for (const o of picked) total = add(total, optionPoints(o, targetId, parentOf));
  return total;
}
