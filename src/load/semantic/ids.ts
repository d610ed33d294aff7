// Ids and values that must be unique: items, dimensions and facets (one namespace: both are
// scored and named by conditions), options of an item, bands of a list, advice, profiles,
// quality pairs, test cases, the points of a scale, declared languages.
import type { Path } from "../yaml.ts";
import type { CheckContext } from "./context.ts";
import type { Kind } from "./messages/checks.ts";
import { STRAIGHT_LINING } from "./universe.ts";

/** Reports every repeat of a key after its first occurrence. */
function unique<T extends string | number>(
  ctx: CheckContext,
  entries: Iterable<[T, Path]>,
  repeat: (value: T, firstLine: number) => { message: string; hint?: string },
): void {
  const first = new Map<T, Path>();
  for (const [value, path] of entries) {
    const seen = first.get(value);
    if (seen) ctx.report(path, repeat(value, ctx.line(seen)));
    else first.set(value, path);
  }
}

function* indexed<T>(list: readonly T[] | undefined, at: Path, field: keyof T & string) {
  for (const [i, x] of (list ?? []).entries())
    yield [x[field] as unknown as string | number, [...at, i, field]] as [string | number, Path];
}

export function checkIds(ctx: CheckContext): void {
  const { q, m } = ctx;
  const ids = (kind: Kind, entries: Iterable<[string | number, Path]>) =>
    unique(ctx, entries, (id, line) => m.duplicateId(kind, String(id), line));

  const languages = q.languages.map((l, i): [string, Path] => [l, ["languages", i]]);
  unique(ctx, languages, (l) => m.duplicateLanguage(l));
  for (const [name, scale] of Object.entries(q.scales))
    unique(ctx, indexed(scale.points, ["scales", name, "points"], "value"), m.duplicateValue);
  for (const [name, bands] of Object.entries(q.bandSets ?? {}))
    ids("band", indexed(bands, ["bandSets", name], "id"));

  ids(
    "target",
    q.dimensions.flatMap((d, i) => [
      [d.id, ["dimensions", i, "id"]] as [string, Path],
      ...indexed(d.facets, ["dimensions", i, "facets"], "id"),
    ]),
  );
  q.dimensions.forEach((d, i) => {
    if (Array.isArray(d.bands)) ids("band", indexed(d.bands, ["dimensions", i, "bands"], "id"));
    (d.facets ?? []).forEach((f, j) => {
      if (Array.isArray(f.bands))
        ids("band", indexed(f.bands, ["dimensions", i, "facets", j, "bands"], "id"));
    });
  });

  ids("item", indexed(q.items, ["items"], "id"));
  q.items.forEach((item, i) => {
    if ("options" in item)
      unique(ctx, indexed(item.options, ["items", i, "options"], "value"), m.duplicateValue);
  });
  ids("profile", indexed(q.profiles, ["profiles"], "id"));
  ids("advice", indexed(q.advice, ["advice"], "id"));
  ids("pair", indexed(q.quality?.pairs, ["quality", "pairs"], "id"));
  (q.quality?.pairs ?? []).forEach((p, i) => {
    if (p.id === STRAIGHT_LINING) ctx.report(["quality", "pairs", i, "id"], m.reservedFlag(p.id));
  });
  ids("test", indexed(q.tests, ["tests"], "name"));
}
