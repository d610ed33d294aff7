// References by id: scales, dimensions and facets of items, band sets, the targets an
// option scores, band texts, the items of quality pairs.
import type { BestWorstOption, Option } from "../../model/types.ts";
import type { CheckContext } from "./context.ts";

export function checkReferences(ctx: CheckContext): void {
  const { q, m, model } = ctx;
  const dimensionIds = q.dimensions.map((d) => d.id);
  const targetIds = [...model.targets.keys()];
  const parentOf = (id: string) => model.targets.get(id)?.parent;

  q.items.forEach((item, i) => {
    if (item.type === "likert") {
      if (!q.scales[item.scale])
        ctx.report(["items", i, "scale"], m.unknown("scale", item.scale, Object.keys(q.scales)));
      const dim = q.dimensions.find((d) => d.id === item.dimension);
      const facets = (dim?.facets ?? []).map((f) => f.id);
      if (!dim) {
        ctx.report(["items", i, "dimension"], m.unknown("dimension", item.dimension, dimensionIds));
      } else if (item.facet !== undefined && !facets.includes(item.facet)) {
        const parent = parentOf(item.facet);
        ctx.report(
          ["items", i, "facet"],
          parent
            ? m.facetOfOther(item.facet, item.dimension, parent)
            : m.unknown("facet", item.facet, facets),
        );
      }
      return;
    }
    if (item.type === "text") return;
    item.options.forEach((o, j) => {
      const tables: Record<string, Record<string, number> | undefined> =
        "best" in o || "worst" in o
          ? { best: (o as BestWorstOption).best, worst: (o as BestWorstOption).worst }
          : { scores: (o as Option).scores };
      for (const [field, table] of Object.entries(tables)) {
        const keys = Object.keys(table ?? {});
        for (const key of keys) {
          const at = ["items", i, "options", j, field, key];
          if (!model.targets.has(key)) ctx.report(at, m.unknown("target", key, targetIds), true);
          const parent = parentOf(key);
          if (parent && keys.includes(parent))
            ctx.report(at, m.facetAndDimension(key, parent), true);
        }
      }
    });
  });

  const bandSets = Object.keys(q.bandSets ?? {});
  const bandSetKnown = (bands: unknown, at: (string | number)[]) => {
    if (typeof bands !== "string" || bandSets.includes(bands)) return true;
    ctx.report(at, m.unknown("band set", bands, bandSets));
    return false;
  };
  q.dimensions.forEach((d, i) => {
    const known = bandSetKnown(d.bands, ["dimensions", i, "bands"]);
    (d.facets ?? []).forEach((f, j) => {
      bandSetKnown(f.bands, ["dimensions", i, "facets", j, "bands"]);
    });
    if (!known) return;
    const bands = (model.targets.get(d.id)?.bands ?? []).map((b) => b.id);
    for (const key of Object.keys(d.bandTexts ?? {})) {
      if (!bands.includes(key))
        ctx.report(["dimensions", i, "bandTexts", key], m.unknownBand(d.id, key, bands), true);
    }
  });

  (q.quality?.pairs ?? []).forEach((pair, i) => {
    const [a, b] = pair.items;
    const at = (k: number) => ["quality", "pairs", i, "items", k];
    if (a === b) ctx.report(at(1), m.pairSameItem(a));
    const likert = pair.items.map((id, k) => {
      const index = model.itemIndex.get(id);
      const item = index === undefined ? undefined : q.items[index];
      if (!item) ctx.report(at(k), m.unknown("item", id, [...model.itemIndex.keys()]));
      else if (item.type !== "likert") ctx.report(at(k), m.pairNotLikert(id));
      else return item;
      return undefined;
    });
    const [la, lb] = likert;
    if (la && lb && la.scale !== lb.scale)
      ctx.report(at(1), m.pairScales(a, la.scale, b, lb.scale));
  });
}
