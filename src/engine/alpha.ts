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

export interface Reliability {
  /** Complete answer sheets used. */
  n: number;
  alpha: number | null;
  /** Corrected item-total correlation of each item, in the order given. */
  itemTotal: (number | null)[];
}

export class AlphaAccumulator {
  private n = 0;
  private readonly mean: Float64Array;
  private readonly m2: Float64Array;
  private readonly coTotal: Float64Array;
  private meanTotal = 0;
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
    this.n++;
    const n = this.n;
    let total = 0;
    // i < k: a sheet and every running array have k entries.
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
    const varTotal = this.m2Total / (n - 1);
    const vars = Array.from(this.m2, (m) => m / (n - 1));
    const sumVars = vars.reduce((a, b) => a + b, 0);
    const alpha = k >= 2 && varTotal > 0 ? (k / (k - 1)) * (1 - sumVars / varTotal) : null;
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
