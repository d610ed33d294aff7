// The anonymity rule for figures by group, shared by batch's summary and compare: which groups
// to withhold so that no figure of fewer than --min-group people can be had, not even as the
// overall figure less the groups shown.

/** People behind a figure in each wave: with full sheets (what minGroup counts), and all. */
export interface Basis {
  full: [number, number];
  all: [number, number];
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
