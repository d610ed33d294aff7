// Anonymity, decided once for every output: how many people a figure rests on, and which
// groups to withhold so that no figure of fewer than --min-group people can be had, not even
// as the overall figure less the groups shown.
import type { Pair } from "./change.ts";
import type { Person } from "./wave.ts";

/** People behind a figure in each wave: with full sheets (what minGroup counts), and all. */
export interface Basis {
  full: [number, number];
  all: [number, number];
}

/**
 * The sheets a figure rests on, in each wave: the matched pairs with a score in both
 * (paired: the same numbers twice), or each wave's people with a score (unpaired).
 */
export function basis(id: string, m: Members, unpaired: boolean): Basis {
  const scored = (p: Person) => p.targets.get(id)?.percent != null;
  const full = (p: Person) => !p.lowInformation && scored(p);
  if (unpaired) {
    const count = (f: (p: Person) => boolean) =>
      [m.before.filter(f).length, m.after.filter(f).length] as [number, number];
    return { full: count(full), all: count(scored) };
  }
  const count = (f: (p: Person) => boolean) => {
    const n = m.pairs.filter((p) => f(p.before) && f(p.after)).length;
    return [n, n] as [number, number];
  };
  return { full: count(full), all: count(scored) };
}

/**
 * Which groups to withhold: each under minGroup full sheets in either wave, and then, while
 * the withheld ones together hold someone but fewer than minGroup full sheets in a wave, the
 * smallest shown ones too. Otherwise the overall figure less the shown groups' would give
 * away the figure of people too few to show.
 */
export function groupsToWithhold(bases: readonly Basis[], minGroup: number): boolean[] {
  const size = (b: Basis) => Math.min(...b.full);
  const hide = bases.map((b) => size(b) < minGroup);
  const sum = (k: keyof Basis, side: 0 | 1) =>
    bases.reduce((s, b, i) => (hide[i] ? s + b[k][side] : s), 0);
  const tooFew = (side: 0 | 1) => sum("all", side) > 0 && sum("full", side) < minGroup;
  const shown = bases
    .map((b, i) => [size(b), i] as const)
    .filter(([, i]) => !hide[i])
    .sort((x, y) => x[0] - y[0]);
  for (const [, i] of shown) {
    if (!tooFew(0) && !tooFew(1)) break;
    hide[i] = true;
  }
  return hide;
}

/** The people of a figure: overall, or of one group. */
export interface Members {
  before: readonly Person[];
  after: readonly Person[];
  pairs: readonly Pair[];
}
