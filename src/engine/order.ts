// The order items are asked in: as in the file, one dimension after another in turn
// (interleave), shuffled per person from a seed, or a list the author wrote. Scores never
// depend on it (they are by id); an item whose condition reads another always comes after it.
import type { Model } from "../model/model.ts";
import type { Condition, Item } from "../model/types.ts";
import { mulberry32 } from "./random.ts";

/** The ids of the items a condition reads (`answer` and `answered`). */
export function conditionReads(c: Condition | undefined): string[] {
  if (!c) return [];
  const out: string[] = [];
  for (const x of [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])])
    out.push(...conditionReads(x));
  out.push(...Object.keys(c.answer ?? {}));
  if (c.answered !== undefined)
    out.push(...(Array.isArray(c.answered) ? c.answered : [c.answered]));
  return out;
}

/** The dimension an item feeds first, for interleaving; "" for items that feed none. */
function groupOf(model: Model, item: Item): string {
  if (item.type === "likert") return item.dimension;
  if (item.type === "text") return "";
  for (const o of item.options) {
    const tables =
      "best" in o || "worst" in o ? [o.best, o.worst] : ["scores" in o ? o.scores : undefined];
    for (const key of tables.flatMap((t) => Object.keys(t ?? {})))
      return model.targets.get(key)?.parent ?? key;
  }
  return "";
}

/** One item of each dimension in turn, each dimension's items in file order. */
export function interleaved(model: Model): string[] {
  const groups = new Map<string, string[]>();
  for (const item of model.items) {
    const g = groupOf(model, item);
    groups.set(g, [...(groups.get(g) ?? []), item.id]);
  }
  const out: string[] = [];
  const lists = [...groups.values()];
  for (let round = 0; out.length < model.items.length; round++) {
    for (const list of lists) if (list[round] !== undefined) out.push(list[round] as string);
  }
  return out;
}

/** A random order where every item still comes after the items its condition reads. */
export function shuffled(model: Model, seed: number): string[] {
  const next = mulberry32(seed);
  const needs = new Map(model.items.map((i) => [i.id, new Set(conditionReads(i.when))]));
  const placed = new Set<string>();
  const out: string[] = [];
  let left = model.items.map((i) => i.id);
  while (left.length > 0) {
    const ready = left.filter((id) => [...(needs.get(id) ?? [])].every((r) => placed.has(r)));
    // A condition on an unknown item (refused by validate) must not stop the session.
    const from = ready.length > 0 ? ready : left;
    const id = from[Math.floor(next() * from.length)] as string;
    out.push(id);
    placed.add(id);
    left = left.filter((x) => x !== id);
  }
  return out;
}

/** The order one person is asked in; `seed` is used only when the questionnaire shuffles. */
export function itemOrder(model: Model, seed: number): string[] {
  const order = model.order;
  if (Array.isArray(order)) return [...order];
  if (order === "interleave") return interleaved(model);
  if (order === "shuffle") return shuffled(model, seed);
  return model.items.map((i) => i.id);
}

/** The first item placed before an item its condition reads, in `order`; null if none. */
export function orderConflict(
  model: Model,
  order: readonly string[],
): { item: string; reads: string } | null {
  const at = new Map(order.map((id, i) => [id, i]));
  for (const item of model.items) {
    for (const read of conditionReads(item.when)) {
      const mine = at.get(item.id);
      const theirs = at.get(read);
      if (mine !== undefined && theirs !== undefined && theirs > mine)
        return { item: item.id, reads: read };
    }
  }
  return null;
}

/**
 * `items` sorted by their place in `order`; an item the order does not name (a stored order
 * from an older run) keeps its file position after the named ones.
 */
export function inOrder<T extends { id: string }>(
  items: readonly T[],
  order: readonly string[],
): T[] {
  const at = new Map(order.map((id, i) => [id, i]));
  return items
    .map((item, i) => ({ item, key: at.get(item.id) ?? order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((e) => e.item);
}
