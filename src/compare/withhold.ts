// Anonymity, decided once for every output: how many people a figure rests on, and which
// groups to withhold so that no figure of fewer than --min-group people can be had, not even
// as the overall figure less the groups shown. The rule itself is in stats/withhold.ts, which
// batch's group figures share.
import type { Basis } from "../stats/withhold.ts";
import type { Pair } from "./change.ts";
import type { Person } from "./wave.ts";

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

/** The people of a figure: overall, or of one group. */
export interface Members {
  before: readonly Person[];
  after: readonly Person[];
  pairs: readonly Pair[];
}
