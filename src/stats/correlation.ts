// Pearson's correlation of paired values, in two passes like describe.ts: the means first,
// then the sums of products of deviations from them, which keeps every digit where one pass
// summing raw products (Σxy − n·x̄·ȳ) would lose them when the spread is small next to the
// values.
//
//   r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²)

/** r of the pairs (x[i], y[i]); null under two pairs or when either side does not vary. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = Math.min(x.length, y.length);
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  // i < n, the length of the shorter list, throughout.
  for (let i = 0; i < n; i++) {
    sx += x[i]!;
    sy += y[i]!;
  }
  const mx = sx / n;
  const my = sy / n;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    xx += dx * dx;
    yy += dy * dy;
    xy += dx * dy;
  }
  if (!(xx > 0 && yy > 0)) return null;
  // Rounding may carry |r| a hair past 1 for perfectly related values.
  return Math.max(-1, Math.min(1, xy / Math.sqrt(xx * yy)));
}
