// The mean change between two waves with its confidence interval (Student's t), and the
// standardised effect size of a paired change.
//
//   paired (the same people):  d̄ ± t(1 − α/2; n − 1) · s_d / √n,  d_z = d̄ / s_d
//   Welch (two groups):        (x̄₂ − x̄₁) ± t(1 − α/2; ν) · √(s₁²/n₁ + s₂²/n₂)
//                              ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1))
//
// d_z (Cohen, 1988, §2.3.5) divides the mean change by the standard deviation of the
// changes, not of the scores: it is the paired t divided by √n. These are the figures of
// R's t.test(after, before, paired = TRUE) and t.test(after, before) (Welch by default).
import { describe } from "./describe.ts";
import { tQuantile } from "./tdist.ts";

export interface Change {
  kind: "paired" | "welch";
  /** People behind the figure: pairs, or the smaller of the two groups. */
  n: number;
  /** Mean of after − before. */
  mean: number;
  lo: number;
  hi: number;
  df: number;
  /** d_z for paired changes; null for Welch, or when the changes do not vary. */
  dz: number | null;
}

export const CONFIDENCE = 0.95;

/** Paired changes `after − before`, one per person; null under two pairs. */
export function pairedChange(diffs: readonly number[], level = CONFIDENCE): Change | null {
  const d = describe(diffs);
  if (!d || d.sd === null) return null;
  const df = d.n - 1;
  const half = tQuantile(1 - (1 - level) / 2, df) * (d.sd / Math.sqrt(d.n));
  return {
    kind: "paired",
    n: d.n,
    mean: d.mean,
    lo: d.mean - half,
    hi: d.mean + half,
    df,
    dz: d.sd > 0 ? d.mean / d.sd : null,
  };
}

/** Two independent groups (Welch's unequal variances); null when either has under two. */
export function welchChange(
  before: readonly number[],
  after: readonly number[],
  level = CONFIDENCE,
): Change | null {
  const a = describe(before);
  const b = describe(after);
  if (!a || !b || a.sd === null || b.sd === null) return null;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  const mean = b.mean - a.mean;
  // Both groups constant: no spread to build an interval on, the change is exact.
  if (se === 0)
    return {
      kind: "welch",
      n: Math.min(a.n, b.n),
      mean,
      lo: mean,
      hi: mean,
      df: Number.NaN,
      dz: null,
    };
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const half = tQuantile(1 - (1 - level) / 2, df) * se;
  return {
    kind: "welch",
    n: Math.min(a.n, b.n),
    mean,
    lo: mean - half,
    hi: mean + half,
    df,
    dz: null,
  };
}
