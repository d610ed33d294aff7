// Enough items per dimension and facet for a fair score, and multiple-choice limits that
// an answer can meet.

import { bestWorstKeys } from "../../model/kinds.ts";
import type { Item } from "../../model/types.ts";
import type { CheckContext } from "./context.ts";

const DEFAULT_MIN_ITEMS = 3;
const MIN_FACET_ITEMS = 2;

export function checkSizes(ctx: CheckContext): void {
  const { q, m, model } = ctx;
  // Counted from what the items name, so that an item with a broken scale still counts.
  const feeds = (item: Item, id: string): boolean => {
    if (item.type === "likert") return item.dimension === id || item.facet === id;
    if (item.type === "text") return false;
    const keys =
      item.type === "best-worst"
        ? bestWorstKeys(item)
        : item.options.flatMap((o) => Object.keys(o.scores ?? {}));
    return keys.some((k) => k === id || model.targets.get(k)?.parent === id);
  };
  const minItems = q.settings?.minItemsPerDimension ?? DEFAULT_MIN_ITEMS;
  q.dimensions.forEach((d, i) => {
    const count = (id: string) => q.items.filter((item) => feeds(item, id)).length;
    const n = count(d.id);
    if (n < minItems)
      ctx.report(["dimensions", i, "id"], m.tooFewItems("dimension", d.id, n, minItems));
    (d.facets ?? []).forEach((f, j) => {
      const k = count(f.id);
      if (k < MIN_FACET_ITEMS)
        ctx.report(
          ["dimensions", i, "facets", j, "id"],
          m.tooFewItems("facet", f.id, k, MIN_FACET_ITEMS),
        );
    });
  });
  q.items.forEach((item, i) => {
    if (item.type !== "multi" || item.min === undefined) return;
    if (item.max !== undefined && item.min > item.max)
      ctx.report(["items", i, "min"], m.multiMinAboveMax(item.min, item.max));
    else if (item.min > item.options.length)
      ctx.report(["items", i, "min"], m.multiMinAboveOptions(item.min, item.options.length));
  });
}
