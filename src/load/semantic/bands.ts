// Bands must cover every value their dimension (or facet) can take, exactly once: no gap,
// no overlap, edges inclusive or exclusive as written. The values are those of `bandsOn`:
// 0-100 for percent, the range the items allow for a mean or a sum.
import { parseRange } from "../../model/compile.ts";
import type { Interval, Target } from "../../model/model.ts";
import type { BandSpec } from "../../model/types.ts";
import { LIMITS } from "../limits.ts";
import type { Path } from "../yaml.ts";
import type { CheckContext } from "./context.ts";
import { formatInterval, intersect, isEmpty, uncovered } from "./intervals.ts";
import type { GapAt } from "./messages/conditions.ts";
import { valueRange } from "./universe.ts";

export function checkBands(ctx: CheckContext): void {
  const { q, model } = ctx;
  q.dimensions.forEach((d, i) => {
    const target = model.targets.get(d.id);
    if (target?.kind !== "dimension") return;
    cover(ctx, target, d.bands, ["dimensions", i, "bands"]);
    (d.facets ?? []).forEach((f, j) => {
      const facet = model.targets.get(f.id);
      if (f.bands !== undefined && facet?.parent === d.id)
        cover(ctx, facet, f.bands, ["dimensions", i, "facets", j, "bands"]);
    });
  });
}

export interface Band {
  id: string;
  range: Interval;
  at: Path;
  /** Place in the file. */
  order: number;
}

/**
 * Pairs of bands that share values within `domain`, each pair as (earlier in the file,
 * later). Sorted by lower edge, each band is compared with the one reaching furthest among
 * those before it: if it overlaps any of them, it overlaps that one. O(n log n).
 */
export function overlapping(bands: readonly Band[], domain: Interval): [Band, Band][] {
  const sorted = [...bands].sort(
    (a, b) => a.range.lo - b.range.lo || Number(b.range.loIncluded) - Number(a.range.loIncluded),
  );
  const pairs: [Band, Band][] = [];
  let reach: Band | undefined;
  for (const b of sorted) {
    if (reach) {
      const both = intersect(reach.range, b.range);
      if (both && intersect(both, domain))
        pairs.push(reach.order < b.order ? [reach, b] : [b, reach]);
    }
    if (!reach || further(b.range, reach.range)) reach = b;
  }
  return pairs;
}

const further = (a: Interval, b: Interval): boolean =>
  a.hi > b.hi || (a.hi === b.hi && a.hiIncluded && !b.hiIncluded);

/**
 * Checks the bands `spec` of `target`, written at `at`. Problems about a band set's own
 * bands point into bandSets; problems that depend on the target point at its `bands`.
 */
function cover(ctx: CheckContext, target: Target, spec: string | BandSpec[], at: Path): void {
  const { m } = ctx;
  const inline = Array.isArray(spec);
  const specs = inline ? spec : ctx.q.bandSets?.[spec];
  if (!specs) return;
  const base: Path = inline ? at : ["bandSets", spec as string];
  if (specs.length > LIMITS.maxBands) {
    ctx.report(base, m.tooManyBands(specs.length, LIMITS.maxBands));
    return;
  }
  const bands: Band[] = [];
  specs.forEach((b, j) => {
    const range = parseRange(b.range);
    if (!range) return;
    if (isEmpty(range)) ctx.report([...base, j, "range"], m.emptyRange(b.range));
    else bands.push({ id: b.id, range, at: [...base, j, "range"], order: j });
  });
  const domain = valueRange(ctx.model, target, target.bandsOn);
  if (!domain) return;
  const span = formatInterval(domain);
  for (const b of bands) {
    if (!intersect(b.range, domain))
      ctx.report(inline ? b.at : at, m.bandOutside(b.id, target.id, span));
  }
  for (const [a, b] of overlapping(bands, domain)) {
    const shared = intersect(intersect(a.range, b.range) as Interval, domain) as Interval;
    ctx.report(b.at, m.bandOverlap(a.id, b.id, formatInterval(shared)));
  }
  const startingAt = new Map<number, Band>();
  const endingAt = new Map<number, Band>();
  for (const b of bands) {
    if (!startingAt.has(b.range.lo)) startingAt.set(b.range.lo, b);
    if (!endingAt.has(b.range.hi)) endingAt.set(b.range.hi, b);
  }
  for (const gap of uncovered(
    domain,
    bands.map((b) => b.range),
  )) {
    // Point at the band the gap runs into, else at the one it follows.
    const next = startingAt.get(gap.hi) ?? endingAt.get(gap.lo);
    const where: GapAt = gap.lo === domain.lo ? "start" : gap.hi === domain.hi ? "end" : "between";
    ctx.report(
      inline && next ? next.at : at,
      m.bandGap(formatInterval(gap), target.id, span, where),
    );
  }
}
