// Cronbach's alpha and corrected item-total correlations, from running co-moments: one pass
// over the rows, memory in the number of items only. Items are taken as scored (reverse
// keying and weights applied); only complete answer sheets count (listwise deletion).
//
//   alpha = k / (k − 1) · (1 − Σ var(item) / var(total))          (Cronbach, 1951)
//   r(item, rest) = cov(item, total − item) / sd(item) · sd(total − item)
//
// with cov(item, total − item) = cov(item, total) − var(item) and
// var(total − item) = var(total) − 2 cov(item, total) + var(item). Variances are sample
// variances; their n − 1 cancels in alpha, so population variances give the same value.
//
// Item points are whole numbers in most questionnaires: then the accumulator keeps exact
// integer sums (Σx, Σx², Σx·total, Σtotal, Σtotal²), which cost no division per item and
// give the figures exactly up to their last rounding. A value that is not a whole number, or
// sums that would pass 2^53, turn it into running co-moments (Welford's algorithm, accurate
// over a million rows where float sums of squares would lose digits) for the rest.

export interface Reliability {
  /** Complete answer sheets used. */
  n: number;
  alpha: number | null;
  /** Corrected item-total correlation of each item, in the order given. */
  itemTotal: (number | null)[];
}

/** Below this, a float64 holds every whole number exactly. */
export const EXACT_LIMIT = 2 ** 53;

/** a·b − c·d for whole numbers under EXACT_LIMIT, rounded once. */
export function wholeDifference(a: number, b: number, c: number, d: number): number {
  const ab = a * b;
  const cd = c * d;
  if (Math.abs(ab) < EXACT_LIMIT && Math.abs(cd) < EXACT_LIMIT) return ab - cd;
  return Number(BigInt(a) * BigInt(b) - BigInt(c) * BigInt(d));
}

export class AlphaAccumulator {
  private n = 0;
  /** Exact sums while true; running co-moments once false. */
  private exact = true;
  /** Σ(Σx² + total²) over the rows: bounds every exact sum (|x| ≤ x² for whole x). */
  private bound = 0;
  /** Σx of each item, then its running mean. */
  private readonly mean: Float64Array;
  /** Σx² of each item, then its running sum of squared deviations. */
  private readonly m2: Float64Array;
  /** Σx·total of each item, then its running co-moment with the total. */
  private readonly coTotal: Float64Array;
  /** Σtotal, then its running mean. */
  private meanTotal = 0;
  /** Σtotal², then its running sum of squared deviations. */
  private m2Total = 0;
  private readonly delta: Float64Array;

  constructor(readonly k: number) {
    this.mean = new Float64Array(k);
    this.m2 = new Float64Array(k);
    this.coTotal = new Float64Array(k);
    this.delta = new Float64Array(k);
  }

  /** One complete answer sheet: the k item values. */
  add(values: ArrayLike<number>): void {
    if (this.exact && this.addExact(values)) return;
    if (this.exact) this.toRunning();
    this.addRunning(values);
  }

  /** Adds the sheet to the exact sums, unless it would make them inexact. */
  private addExact(values: ArrayLike<number>): boolean {
    const k = this.k;
    let total = 0;
    let squares = 0;
    // i < k: a sheet and every running array have k entries.
    for (let i = 0; i < k; i++) {
      const x = values[i]!;
      if (Math.floor(x) !== x) return false;
      total += x;
      squares += x * x;
    }
    const bound = this.bound + squares + total * total;
    if (!(bound < EXACT_LIMIT)) return false;
    this.bound = bound;
    this.n++;
    const { mean, m2, coTotal } = this;
    for (let i = 0; i < k; i++) {
      const x = values[i]!;
      mean[i] = mean[i]! + x;
      m2[i] = m2[i]! + x * x;
      coTotal[i] = coTotal[i]! + x * total;
    }
    this.meanTotal += total;
    this.m2Total += total * total;
    return true;
  }

  /** From exact sums to the running co-moments of the same rows. */
  private toRunning(): void {
    this.exact = false;
    const n = this.n;
    if (n === 0) return;
    const sumTotal = this.meanTotal;
    for (let i = 0; i < this.k; i++) {
      const sum = this.mean[i]!;
      this.m2[i] = wholeDifference(n, this.m2[i]!, sum, sum) / n;
      this.coTotal[i] = wholeDifference(n, this.coTotal[i]!, sum, sumTotal) / n;
      this.mean[i] = sum / n;
    }
    this.m2Total = wholeDifference(n, this.m2Total, sumTotal, sumTotal) / n;
    this.meanTotal = sumTotal / n;
  }

  private addRunning(values: ArrayLike<number>): void {
    this.n++;
    const n = this.n;
    let total = 0;
    for (let i = 0; i < this.k; i++) {
      const x = values[i]!;
      total += x;
      const d = x - this.mean[i]!;
      const mean = this.mean[i]! + d / n;
      this.delta[i] = d;
      this.mean[i] = mean;
      this.m2[i] = this.m2[i]! + d * (x - mean);
    }
    const dTotal = total - this.meanTotal;
    this.meanTotal += dTotal / n;
    const after = total - this.meanTotal;
    this.m2Total += dTotal * after;
    for (let i = 0; i < this.k; i++) {
      this.coTotal[i] = this.coTotal[i]! + this.delta[i]! * after;
    }
  }

  result(): Reliability {
    const { n, k } = this;
    if (n < 2) return { n, alpha: null, itemTotal: Array.from({ length: k }, () => null) };
    return this.exact ? this.exactResult() : this.runningResult();
  }

  /**
   * Every variance and covariance is an exact whole number over the same n·(n − 1), which
   * cancels in alpha and in each correlation: only the final divisions round.
   */
  private exactResult(): Reliability {
    const { k } = this;
    const n = BigInt(this.n);
    const sumTotal = BigInt(this.meanTotal);
    const varTotal = n * BigInt(this.m2Total) - sumTotal * sumTotal;
    let sumVars = 0n;
    const itemTotal: (number | null)[] = [];
    for (let i = 0; i < k; i++) {
      const sum = BigInt(this.mean[i]!);
      const v = n * BigInt(this.m2[i]!) - sum * sum;
      const cov = n * BigInt(this.coTotal[i]!) - sum * sumTotal;
      const varRest = varTotal - 2n * cov + v;
      sumVars += v;
      itemTotal.push(
        v > 0n && varRest > 0n ? Number(cov - v) / Math.sqrt(Number(v) * Number(varRest)) : null,
      );
    }
    const alpha =
      k >= 2 && varTotal > 0n
        ? (k / (k - 1)) * (Number(varTotal - sumVars) / Number(varTotal))
        : null;
    return { n: this.n, alpha, itemTotal };
  }

  private runningResult(): Reliability {
    const { n } = this;
    const varTotal = this.m2Total / (n - 1);
    const vars = Array.from(this.m2, (m) => m / (n - 1));
    const sumVars = vars.reduce((a, b) => a + b, 0);
    const alpha =
      this.k >= 2 && varTotal > 0 ? (this.k / (this.k - 1)) * (1 - sumVars / varTotal) : null;
    const itemTotal = vars.map((v, i) => {
      const cov = this.coTotal[i]! / (n - 1);
      const covRest = cov - v;
      const varRest = varTotal - 2 * cov + v;
      // Rounding can leave a tiny positive variance where the true one is zero.
      const eps = 1e-12 * Math.max(1, varTotal);
      if (v <= eps || varRest <= eps) return null;
      return covRest / Math.sqrt(v * varRest);
    });
    return { n, alpha, itemTotal };
  }
}
