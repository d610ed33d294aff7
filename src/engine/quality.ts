// Response-quality checks: patterns that say an answer sheet may not reflect the person.
import type { Model } from "../model/model.ts";
import type { Answers, Item, LikertItem } from "../model/types.ts";
import type { QualityFlag } from "./types.ts";

function keyed(model: Model, item: LikertItem, answer: unknown): number | undefined {
  const scale = model.scales.get(item.scale);
  if (!scale || typeof answer !== "number" || !scale.values.includes(answer)) return undefined;
  return item.reverse ? scale.min + scale.max - answer : answer;
}

export function qualityFlags(model: Model, answers: Answers): QualityFlag[] {
  const flags: QualityFlag[] = [];
  const sl = model.straightLining;
  if (sl) {
    // Raw answers, not keyed ones: the same box ticked all the way down.
    const counts = new Map<number, string[]>();
    let total = 0;
    for (const item of model.items) {
      const a = answers[item.id];
      if (item.type !== "likert" || typeof a !== "number") continue;
      total++;
      counts.set(a, [...(counts.get(a) ?? []), item.id]);
    }
    for (const ids of counts.values()) {
      if (total >= sl.minItems && ids.length / total >= sl.maxShare) {
        flags.push({ id: "straight-lining", kind: "straight-lining", items: ids });
        break;
      }
    }
  }
  for (const pair of model.pairs) {
    const [a, b] = pair.items.map((id) => {
      const index = model.itemIndex.get(id);
      const item = index === undefined ? undefined : (model.items[index] as Item);
      return item?.type === "likert" ? keyed(model, item, answers[id]) : undefined;
    });
    if (a !== undefined && b !== undefined && Math.abs(a - b) > pair.maxGap) {
      flags.push({ id: pair.id, kind: "inconsistent", items: [...pair.items] });
    }
  }
  return flags;
}
