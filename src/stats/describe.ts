// Mean and sample standard deviation in two passes: the mean first, then the squared
// deviations from it. Summing squares in one pass (Σx² − n·mean²) loses digits when the
// spread is small next to the values; two passes do not. Compare holds each wave's values
// anyway, so the second pass costs nothing.

export interface Described {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1); null under two values. */
  sd: number | null;
}

export function describe(values: readonly number[]): Described | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null };
  let squares = 0;
  let deviations = 0;
  for (const v of values) {
    const d = v - mean;
    squares += d * d;
    deviations += d;
  }
  // The corrected two-pass formula: the second sum takes back the rounding of the mean.
  const variance = (squares - (deviations * deviations) / n) / (n - 1);
  return { n, mean, sd: Math.sqrt(Math.max(0, variance)) };
}

/** The value at quantile q (0-1) of sorted values, interpolated as R's quantile(type = 7). */
export function quantileOfSorted(sorted: readonly number[], q: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  // lo is within 0..n-1 for q within 0..1.
  const a = sorted[lo]!;
  const b = sorted[Math.min(n - 1, lo + 1)]!;
  return a + (h - lo) * (b - a);
}
