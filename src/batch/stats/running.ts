// Running statistics of several series at once (one per dimension and facet), in typed
// arrays indexed by series: one pass, constant memory. While a series' values are whole
// numbers (scores of whole-number points, mostly), its sums Σx and Σx² are kept exactly, at
// no division per value, and its mean and standard deviation are exact up to their last
// rounding. A value that is not a whole number, or a sum that would pass 2^53, turns the
// series to Welford's algorithm for the rest (which stays accurate where summing squares in
// floating point would lose digits over a million rows).
import { EXACT_LIMIT, wholeDifference } from "../../engine/alpha.ts";

export interface Stats {
  mean: number;
  /** Sample standard deviation (n − 1); null for a single value. */
  sd: number | null;
  min: number;
  max: number;
}

export class RunningStats {
  /** Values added to each series. */
  readonly n: Float64Array;
  /** 1 while the series keeps exact sums. */
  private readonly exact: Uint8Array;
  /** Σx, then the running mean. */
  private readonly mean: Float64Array;
  /** Σx², then the running sum of squared deviations. */
  private readonly m2: Float64Array;
  private readonly min: Float64Array;
  private readonly max: Float64Array;

  constructor(readonly count: number) {
    this.n = new Float64Array(count);
    this.exact = new Uint8Array(count).fill(1);
    this.mean = new Float64Array(count);
    this.m2 = new Float64Array(count);
    this.min = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
    this.max = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
  }

  /**
   * Adds values[i] to each series i where take[i] is 1: one call for all series, whose loop
   * passes no number to a call (that would box it).
   */
  addWhere(values: Float64Array, take: Uint8Array): void {
    const { n, exact, mean, m2, min, max } = this;
    for (let i = 0; i < this.count; i++) {
      if (take[i] !== 1) continue;
      const x = values[i]!;
      if (x < min[i]!) min[i] = x;
      if (x > max[i]!) max[i] = x;
      if (exact[i] === 1) {
        // |Σx| ≤ Σx² for whole numbers: Σx² under the limit keeps both exact.
        const squares = m2[i]! + x * x;
        if (Math.floor(x) === x && squares < EXACT_LIMIT) {
          n[i] = n[i]! + 1;
          mean[i] = mean[i]! + x;
          m2[i] = squares;
          continue;
        }
        this.toRunning(i);
      }
      const count = n[i]! + 1;
      n[i] = count;
      const d = x - mean[i]!;
      const m = mean[i]! + d / count;
      mean[i] = m;
      m2[i] = m2[i]! + d * (x - m);
    }
  }

  private toRunning(i: number): void {
    this.exact[i] = 0;
    const n = this.n[i]!;
    if (n === 0) return;
    const sum = this.mean[i]!;
    this.m2[i] = wholeDifference(n, this.m2[i]!, sum, sum) / n;
    this.mean[i] = sum / n;
  }

  stats(i: number): Stats | null {
    const n = this.n[i]!;
    if (n === 0) return null;
    const exact = this.exact[i] === 1;
    const sum = this.mean[i]!;
    // Exact: n·(n − 1)·variance = n·Σx² − (Σx)², a whole number.
    const variance = exact
      ? wholeDifference(n, this.m2[i]!, sum, sum) / (n * (n - 1))
      : this.m2[i]! / (n - 1);
    return {
      mean: exact ? sum / n : sum,
      sd: n > 1 ? Math.sqrt(variance) : null,
      min: this.min[i]!,
      max: this.max[i]!,
    };
  }
}
