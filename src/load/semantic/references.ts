// Duplicate ids and references to scales, dimensions and facets that do not exist.
import { messagesFor } from "../../i18n/lang.ts";
import type { CheckContext } from "./context.ts";
import { semanticMessages } from "./messages.ts";

export function checkReferences(ctx: CheckContext): void {
  const { q } = ctx;
  const m = messagesFor(ctx.lang, semanticMessages);
  const seen = new Map<string, string>();
  const claim = (id: string, path: (string | number)[]) => {
    if (seen.has(id)) ctx.report(path, m.duplicateId(id, seen.get(id)!));
    else seen.set(id, path.join("."));
  };
  q.dimensions.forEach((d, i) => {
    claim(d.id, ["dimensions", i, "id"]);
    for (const [j, f] of (d.facets ?? []).entries())
      claim(f.id, ["dimensions", i, "facets", j, "id"]);
  });
  const itemIds = new Map<string, string>();
  q.items.forEach((item, i) => {
    const path = ["items", i, "id"];
    if (itemIds.has(item.id)) ctx.report(path, m.duplicateId(item.id, itemIds.get(item.id)!));
    else itemIds.set(item.id, path.join("."));
  });
  const facetsOf = new Map(
    q.dimensions.map((d) => [d.id, new Set((d.facets ?? []).map((f) => f.id))]),
  );
  q.items.forEach((item, i) => {
    if (item.type !== "likert") return;
    if (!q.scales[item.scale])
      ctx.report(["items", i, "scale"], m.unknown("scale", item.scale, Object.keys(q.scales)));
    const facets = facetsOf.get(item.dimension);
    if (!facets) {
      ctx.report(
        ["items", i, "dimension"],
        m.unknown("dimension", item.dimension, [...facetsOf.keys()]),
      );
    } else if (item.facet !== undefined && !facets.has(item.facet)) {
      ctx.report(["items", i, "facet"], m.unknown("facet", item.facet, [...facets]));
    }
  });
}
