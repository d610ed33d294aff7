// Response-quality checks: patterns that say an answer sheet may not reflect the person.

import { cmp, type Exact, exact, mul, sub } from "../core/exact.ts";
import type { Model } from "../model/model.ts";
import { keyedValue } from "../model/points.ts";
import type { Answers, Item } from "../model/types.ts";
import type { QualityFlag } from "./types.ts";

/**
 * Straight-lining: at least maxShare of the answered Likert items (over at least minItems)
 * carry the same raw answer: the same box ticked all the way down, whatever the keying.
 */
function straightLining(model: Model, answers: Answers): QualityFlag | null {
  const sl = model.straightLining;
  if (!sl) return null;
  const byValue = new Map<number, string[]>();
  let total = 0;
  for (const item of model.items) {
    const a = answers[item.id];
    if (item.type !== "likert" || typeof a !== "number") continue;
    total++;
    byValue.set(a, [...(byValue.get(a) ?? []), item.id]);
  }
  if (total === 0 || total < sl.minItems) return null;
  const needed = mul(exact(sl.maxShare), exact(total));
  for (const ids of byValue.values()) {
    if (cmp(exact(ids.length), needed) >= 0)
      return { id: "straight-lining", kind: "straight-lining", items: ids };
  }
  return null;
}

function keyedAnswer(model: Model, id: string, answers: Answers): Exact | undefined {
  const index = model.itemIndex.get(id);
  const item = index === undefined ? undefined : (model.items[index] as Item);
  if (item?.type !== "likert") return undefined;
  return keyedValue(model.scales.get(item.scale), item, answers[id]);
}

/** Inconsistent pairs: two items that say the same thing, keyed answers further apart than maxGap. */
function inconsistentPairs(model: Model, answers: Answers): QualityFlag[] {
  const flags: QualityFlag[] = [];
  for (const pair of model.pairs) {
    const a = keyedAnswer(model, pair.items[0], answers);
    const b = keyedAnswer(model, pair.items[1], answers);
    if (a === undefined || b === undefined) continue;
    const gap = cmp(a, b) >= 0 ? sub(a, b) : sub(b, a);
    if (cmp(gap, exact(pair.maxGap)) > 0)
      flags.push({ id: pair.id, kind: "inconsistent", items: [...pair.items] });
  }
  return flags;
}

export function qualityFlags(model: Model, answers: Answers): QualityFlag[] {
  const sl = straightLining(model, answers);
  return [...(sl ? [sl] : []), ...inconsistentPairs(model, answers)];
}
