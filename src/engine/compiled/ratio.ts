// Whole numbers and fractions of them, for the compiled scorer: a questionnaire whose numbers
// are not all whole throws NotWhole while compiling, and is scored by score() itself.

import { cmp, div, type Exact, exact } from "../../core/exact.ts";
import type { Interval } from "../../model/model.ts";

/** A fraction of two safe integers, the denominator positive. */
export interface Ratio {
  n: number;
  d: number;
}

export const SAFE = Number.MAX_SAFE_INTEGER;

export class NotWhole extends Error {}

export function ratio(x: Exact | number): Ratio {
  const e = typeof x === "number" ? exact(x) : x;
  const n = Number(e.n);
  const d = Number(e.d);
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) throw new NotWhole();
  return { n, d };
}

export function whole(x: Exact | number): number {
  const r = ratio(x);
  if (r.d !== 1) throw new NotWhole();
  return r.n;
}

/** Sign of n/d − e, exactly (d > 0). */
export function compareTo(n: number, d: number, e: Ratio): number {
  const l = n * e.d;
  const r = e.n * d;
  if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return l < r ? -1 : l > r ? 1 : 0;
  return cmp(div(exact(n), exact(d)), { n: BigInt(e.n), d: BigInt(e.d) });
}

export interface Band {
  lo: Ratio;
  hi: Ratio;
  loIncluded: boolean;
  hiIncluded: boolean;
}

export const bandOf = (r: Interval): Band => ({
  lo: ratio(r.lo),
  hi: ratio(r.hi),
  loIncluded: r.loIncluded,
  hiIncluded: r.hiIncluded,
});

/** Index of the first band holding n/d, or −1. */
export function bandIndex(bands: readonly Band[], n: number, d: number): number {
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as Band;
    const lo = compareTo(n, d, b.lo);
    if (b.loIncluded ? lo < 0 : lo <= 0) continue;
    const hi = compareTo(n, d, b.hi);
    if (b.hiIncluded ? hi <= 0 : hi < 0) return i;
  }
  return -1;
}
