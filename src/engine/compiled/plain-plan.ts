// The tables of the specialised row loop (plain.ts), built once per questionnaire from the
// compiled plan's own: it applies when every item is an unconditional Likert item whose raw
// answers span a small range of whole numbers.
import type { LowInformationReason } from "../types.ts";
import type { Compiled } from "./plan.ts";

export interface Plain {
  /** The lowest raw answer of any scale. */
  base: number;
  width: number;
  table: Float64Array;
  /** Each item's scale middle − base (−1 when the scale has none), for low-information sheets. */
  middles: Int32Array;
  /** Scratch: how often each raw answer (− base) came, and the answers in order of first coming. */
  counts: Int32Array;
  seen: Int32Array;
  /**
   * Low-information reasons by (missing answers × (items + 1) + middle answers) × 2, + 1 if
   * straight-lined: each worked out once, then shared and never written to.
   */
  reasons: (readonly LowInformationReason[] | undefined)[];
  /**
   * A complete sheet's figures for a target depend on its raw score alone: each target's are
   * kept from `memoAt[t]` + raw − lowest (−1: not kept, too wide), once worked out (`known`:
   * 0 not yet, else 1 + ok).
   */
  memoAt: Int32Array;
  known: Uint8Array;
  score: Float64Array;
  percent: Float64Array;
  band: Int16Array;
}

/** The widest range of raw answers the specialised row loop counts in a table. */
const WIDEST = 64;

/**
 * The specialised row loop's tables, when every item is an unconditional Likert item: the
 * points of each item for each raw answer in one flat table (item × answer − base, NaN where
 * the scale has no such answer), scratch counts by answer, and the low-information reasons
 * met so far by count of middle answers and straight-lining.
 */
export function plainOf(c: Compiled): Plain | null {
  const n = c.items.length;
  if (c.conditional || n === 0 || c.likert.length !== n) return null;
  let base = Number.POSITIVE_INFINITY;
  let top = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    base = Math.min(base, c.keyedFrom[i]!);
    top = Math.max(top, c.keyedFrom[i]! + (c.keyed[i] as unknown[]).length);
  }
  const width = top - base;
  // Small whole numbers, so that the row loop's index arithmetic stays on integers.
  if (!(width > 0 && width <= WIDEST && base === (base | 0))) return null;
  const table = new Float64Array(n * width).fill(Number.NaN);
  let kept = 0;
  const memoAt = Int32Array.from(c.plans, (plan) => {
    const at = plan.bandByRaw ? kept : -1;
    if (plan.bandByRaw) kept += plan.bandByRaw.length;
    return at;
  });
  for (let i = 0; i < n; i++)
    for (const [k, p] of (c.keyed[i] as (number | undefined)[]).entries())
      if (p !== undefined) table[i * width + c.keyedFrom[i]! - base + k] = p;
  return {
    base,
    width,
    table,
    counts: new Int32Array(width),
    seen: new Int32Array(width),
    middles: Int32Array.from(c.middles, (m) => (Number.isNaN(m) ? -1 : m - base)),
    reasons: [],
    memoAt,
    known: new Uint8Array(kept),
    score: new Float64Array(kept),
    percent: new Float64Array(kept),
    band: new Int16Array(kept),
  };
}
