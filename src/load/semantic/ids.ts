// Ids and values that must be unique: items, dimensions and facets (one namespace: both are
// scored and named by conditions), options of an item, bands of a list, advice, profiles,
// quality pairs, test cases, the points of a scale, declared languages.
import type { Path } from "../yaml.ts";
import type { CheckContext } from "./context.ts";
import type { Kind } from "./messages/checks.ts";
import { STRAIGHT_LINING } from "./universe.ts";

/**
 * Reports every repeat of a value after its first occurrence. `pathOf(k)` is where the
 * `k`th value is: worked out only for a repeat and its first occurrence.
 */
function unique<T extends string | number>(
  ctx: CheckContext,
  values: readonly T[],
  pathOf: (k: number) => Path,
  repeat: (value: T, firstLine: number) => { message: string; hint?: string },
): void {
  const first = new Map<T, number>();
  for (let k = 0; k < values.length; k++) {
    const value = values[k] as T;
    const seen = first.get(value);
    if (seen !== undefined) ctx.report(pathOf(k), repeat(value, ctx.line(pathOf(seen))));
    else first.set(value, k);
  }
}

/** The `field` of each element of `list`, and where the `k`th one is. */
function fields<T>(
  list: readonly T[] | undefined,
  at: Path,
  field: keyof T & string,
): [values: (string | number)[], pathOf: (k: number) => Path] {
  const values = (list ?? []).map((x) => x[field] as unknown as string | number);
  return [values, (k) => [...at, k, field]];
}

export function checkIds(ctx: CheckContext): void {
  const { q, m } = ctx;
  const ids = ([values, pathOf]: ReturnType<typeof fields>, kind: Kind) =>
    unique(ctx, values, pathOf, (id, line) => m.duplicateId(kind, String(id), line));

  unique(
    ctx,
    q.languages,
    (i) => ["languages", i],
    (l) => m.duplicateLanguage(l),
  );
  for (const [name, scale] of Object.entries(q.scales))
    unique(ctx, ...fields(scale.points, ["scales", name, "points"], "value"), m.duplicateValue);
  for (const [name, bands] of Object.entries(q.bandSets ?? {}))
    ids(fields(bands, ["bandSets", name], "id"), "band");

  // Dimensions and facets share one namespace.
  const targets: string[] = [];
  const targetPaths: Path[] = [];
  q.dimensions.forEach((d, i) => {
    targets.push(d.id);
    targetPaths.push(["dimensions", i, "id"]);
    (d.facets ?? []).forEach((f, j) => {
      targets.push(f.id);
      targetPaths.push(["dimensions", i, "facets", j, "id"]);
    });
  });
  ids([targets, (k: number) => targetPaths[k] as Path], "target");
  q.dimensions.forEach((d, i) => {
    if (Array.isArray(d.bands)) ids(fields(d.bands, ["dimensions", i, "bands"], "id"), "band");
    (d.facets ?? []).forEach((f, j) => {
      if (Array.isArray(f.bands))
        ids(fields(f.bands, ["dimensions", i, "facets", j, "bands"], "id"), "band");
    });
  });

  ids(fields(q.items, ["items"], "id"), "item");
  q.items.forEach((item, i) => {
    if ("options" in item)
      unique(ctx, ...fields(item.options, ["items", i, "options"], "value"), m.duplicateValue);
  });
  ids(fields(q.profiles, ["profiles"], "id"), "profile");
  ids(fields(q.advice, ["advice"], "id"), "advice");
  ids(fields(q.quality?.pairs, ["quality", "pairs"], "id"), "pair");
  (q.quality?.pairs ?? []).forEach((p, i) => {
    if (p.id === STRAIGHT_LINING) ctx.report(["quality", "pairs", i, "id"], m.reservedFlag(p.id));
  });
  ids(fields(q.tests, ["tests"], "name"), "test");
}
