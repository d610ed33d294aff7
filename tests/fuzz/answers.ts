// Answers drawn for a model from one number, so that fast-check can shrink and replay them.
import { allowedValues } from "../../src/engine/answers.ts";
import type { Model } from "../../src/model/model.ts";
import type { Answers, AnswerValue } from "../../src/model/types.ts";

/** A small deterministic generator: the same `seed` gives the same draws. */
export function draws(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % Math.max(1, n)) as number;
  };
}

/** Valid answers to some of `model`'s items (about one in five left unanswered), often at the ends of a scale. */
export function answersFor(model: Model, seed: number): Answers {
  const draw = draws(seed);
  const out: Record<string, AnswerValue> = {};
  for (const item of model.items) {
    if (draw(5) === 0) continue;
    const allowed = allowedValues(model, item);
    if (item.type === "text") out[item.id] = `note ${draw(100)}`;
    else if (item.type === "best-worst") {
      // Two different options: the one most likely and the one least likely.
      const ids = allowed.map(String);
      const best = draw(ids.length);
      const worst = (best + 1 + draw(ids.length - 1)) % ids.length;
      out[item.id] = { best: ids[best], worst: ids[worst] } as AnswerValue;
    } else if (item.type === "multi") {
      const picked = allowed.filter(() => draw(2) === 0).map(String);
      const min = item.min ?? 0;
      const max = item.max ?? allowed.length;
      const list = [...picked, ...allowed.map(String).filter((v) => !picked.includes(v))];
      out[item.id] = list.slice(0, Math.min(max, Math.max(min, picked.length)));
    } else if (allowed.length > 0) {
      // The ends of a scale, where keying and normalisation go wrong, come up often.
      const end = draw(3);
      const at = end === 0 ? 0 : end === 1 ? allowed.length - 1 : draw(allowed.length);
      out[item.id] = allowed[at] as AnswerValue;
    }
  }
  return out;
}
