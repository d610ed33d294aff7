// Intervals with exact edges, and sets of them. Pure. Used for band coverage and for
// deciding whether numeric conditions can hold together.
import type { Interval } from "../../model/model.ts";

export type IntervalSet = Interval[];

export const ALL: Interval = {
  lo: Number.NEGATIVE_INFINITY,
  hi: Number.POSITIVE_INFINITY,
  loIncluded: false,
  hiIncluded: false,
};

export const closed = (lo: number, hi: number): Interval => ({
  lo,
  hi,
  loIncluded: true,
  hiIncluded: true,
});

export function isEmpty(r: Interval): boolean {
  return r.lo > r.hi || (r.lo === r.hi && !(r.loIncluded && r.hiIncluded));
}

export function intersect(a: Interval, b: Interval): Interval | null {
  // Edges first, then one object: spreading partial objects into one costs V8 some 1 kB a call.
  const lo = a.lo > b.lo ? a.lo : b.lo > a.lo ? b.lo : a.lo;
  const loIncluded =
    a.lo > b.lo ? a.loIncluded : b.lo > a.lo ? b.loIncluded : a.loIncluded && b.loIncluded;
  const hi = a.hi < b.hi ? a.hi : b.hi < a.hi ? b.hi : a.hi;
  const hiIncluded =
    a.hi < b.hi ? a.hiIncluded : b.hi < a.hi ? b.hiIncluded : a.hiIncluded && b.hiIncluded;
  const r = { lo, loIncluded, hi, hiIncluded };
  return isEmpty(r) ? null : r;
}

export function intersectSets(a: IntervalSet, b: IntervalSet): IntervalSet {
  const out: IntervalSet = [];
  for (const x of a) {
    for (const y of b) {
      const r = intersect(x, y);
      if (r) out.push(r);
    }
  }
  return out;
}

/** Where a cover has reached: `at` itself still uncovered, or (`past`) only what follows it. */
interface Cursor {
  at: number;
  past: boolean;
}

const before = (a: Cursor, b: Cursor) => a.at < b.at || (a.at === b.at && !a.past && b.past);

/** The parts of `domain` that no interval of `set` covers, in order. */
export function uncovered(domain: Interval, set: IntervalSet): IntervalSet {
  const parts = set
    .map((r) => intersect(r, domain))
    .filter((r): r is Interval => r !== null)
    .sort((a, b) => a.lo - b.lo || Number(b.loIncluded) - Number(a.loIncluded));
  const gaps: IntervalSet = [];
  let cursor: Cursor = { at: domain.lo, past: !domain.loIncluded };
  for (const r of parts) {
    const gap = {
      lo: cursor.at,
      loIncluded: !cursor.past,
      hi: r.lo,
      hiIncluded: !r.loIncluded,
    };
    if (!isEmpty(gap)) gaps.push(gap);
    const end = { at: r.hi, past: r.hiIncluded };
    if (before(cursor, end)) cursor = end;
  }
  const tail = {
    lo: cursor.at,
    loIncluded: !cursor.past,
    hi: domain.hi,
    hiIncluded: domain.hiIncluded,
  };
  if (!isEmpty(tail)) gaps.push(tail);
  return gaps;
}

/** Everything outside `set`. */
export const complement = (set: IntervalSet): IntervalSet => uncovered(ALL, set);

const num = (x: number): string =>
  Number.isFinite(x) ? String(Math.round(x * 10000) / 10000) : x > 0 ? "∞" : "-∞";

/** Interval notation as authors write it; a single point as the number alone. */
export function formatInterval(r: Interval): string {
  if (r.lo === r.hi) return num(r.lo);
  return `${r.loIncluded ? "[" : "("}${num(r.lo)}, ${num(r.hi)}${r.hiIncluded ? "]" : ")"}`;
}
