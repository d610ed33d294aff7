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

/**
 * The co-moments of several groups of items at once (each dimension and facet of a
 * questionnaire), in flat arrays: group g's items are items start[g] to start[g + 1] − 1,
 * and a sheet's values are laid out the same way.
 */
export class AlphaSet {
  readonly start: Int32Array;
  /** Complete sheets of each group. */
  private readonly n: Float64Array;
  /** 1 while the group keeps exact sums; 0 once it keeps running co-moments. */
  private readonly exact: Uint8Array;
  /** Σ(Σx² + total²) over the rows: bounds every exact sum (|x| ≤ x² for whole x). */
  private readonly bound: Float64Array;
  /**
   * Per item j, at 3j, 3j + 1 and 3j + 2: Σx, Σx² and Σx·total; then its running mean, sum of
   * squared deviations and co-moment with the total.
   */
  private readonly sums: Float64Array;
  /** Per group: Σtotal, then its running mean. */
  private readonly meanTotal: Float64Array;
  /** Per group: Σtotal², then its running sum of squared deviations. */
  private readonly m2Total: Float64Array;
  private readonly delta: Float64Array;

  constructor(sizes: readonly number[]) {
    const groups = sizes.length;
    this.start = new Int32Array(groups + 1);
    for (let g = 0; g < groups; g++) this.start[g + 1] = this.start[g]! + sizes[g]!;
    const items = this.start[groups]!;
    this.n = new Float64Array(groups);
    this.exact = new Uint8Array(groups).fill(1);
    this.bound = new Float64Array(groups);
    this.meanTotal = new Float64Array(groups);
    this.m2Total = new Float64Array(groups);
    this.sums = new Float64Array(3 * items);
    this.delta = new Float64Array(items);
  }

  /** Adds a complete sheet to each group g where take[g] is 1: one call for all groups. */
  addWhere(values: Float64Array, take: Uint8Array): void {
    for (let g = 0; g < this.n.length; g++) if (take[g] === 1) this.add(g, values, this.start[g]!);
  }

  /** One complete sheet of group g: its values from values[from]. */
  add(g: number, values: ArrayLike<number>, from: number): void {
    if (this.exact[g] === 1 && this.addExact(g, values, from)) return;
    if (this.exact[g] === 1) this.toRunning(g);
    this.addRunning(g, values, from);
  }

  /** Adds the sheet to the exact sums, unless it would make them inexact. */
  private addExact(g: number, values: ArrayLike<number>, from: number): boolean {
    const first = this.start[g]!;
    const k = this.start[g + 1]! - first;
    let total = 0;
    let squares = 0;
    // i < k: the sheet has k values from `from`, the group k items from `first`.
    for (let i = 0; i < k; i++) {
      const x = values[from + i]!;
      if (Math.floor(x) !== x) return false;
      total += x;
      squares += x * x;
    }
    const bound = this.bound[g]! + squares + total * total;
    if (!(bound < EXACT_LIMIT)) return false;
    this.bound[g] = bound;
    this.n[g]!++;
    // Each item's three sums side by side: one bounds check and one cache line for them.
    const sums = this.sums;
    for (let i = 0, j = 3 * first; i < k; i++, j += 3) {
      const x = values[from + i]!;
      sums[j] = sums[j]! + x;
      sums[j + 1] = sums[j + 1]! + x * x;
      sums[j + 2] = sums[j + 2]! + x * total;
    }
    this.meanTotal[g] = this.meanTotal[g]! + total;
    this.m2Total[g] = this.m2Total[g]! + total * total;
    return true;
  }

  /** From exact sums to the running co-moments of the same rows. */
  private toRunning(g: number): void {
    this.exact[g] = 0;
    const n = this.n[g]!;
    if (n === 0) return;
    const sumTotal = this.meanTotal[g]!;
    const sums = this.sums;
    for (let j = 3 * this.start[g]!; j < 3 * this.start[g + 1]!; j += 3) {
      const sum = sums[j]!;
      sums[j + 1] = wholeDifference(n, sums[j + 1]!, sum, sum) / n;
      sums[j + 2] = wholeDifference(n, sums[j + 2]!, sum, sumTotal) / n;
      sums[j] = sum / n;
    }
    this.m2Total[g] = wholeDifference(n, this.m2Total[g]!, sumTotal, sumTotal) / n;
    this.meanTotal[g] = sumTotal / n;
  }

  private addRunning(g: number, values: ArrayLike<number>, from: number): void {
    const n = this.n[g]! + 1;
    this.n[g] = n;
    const first = this.start[g]!;
    const k = this.start[g + 1]! - first;
    const { sums, delta } = this;
    let total = 0;
    for (let i = 0; i < k; i++) {
      const x = values[from + i]!;
      const j = 3 * (first + i);
      total += x;
      const d = x - sums[j]!;
      const m = sums[j]! + d / n;
      delta[first + i] = d;
      sums[j] = m;
      sums[j + 1] = sums[j + 1]! + d * (x - m);
    }
    const dTotal = total - this.meanTotal[g]!;
    this.meanTotal[g] = this.meanTotal[g]! + dTotal / n;
    const after = total - this.meanTotal[g]!;
    this.m2Total[g] = this.m2Total[g]! + dTotal * after;
    for (let i = first; i < first + k; i++) sums[3 * i + 2] = sums[3 * i + 2]! + delta[i]! * after;
  }

  result(g: number): Reliability {
    const n = this.n[g]!;
    const k = this.start[g + 1]! - this.start[g]!;
    if (n < 2) return { n, alpha: null, itemTotal: Array.from({ length: k }, () => null) };
    return this.exact[g] === 1 ? this.exactResult(g, k) : this.runningResult(g, k);
  }

  /**
   * Every variance and covariance is an exact whole number over the same n·(n − 1), which
   * cancels in alpha and in each correlation: only the final divisions round.
   */
  private exactResult(g: number, k: number): Reliability {
    const n = BigInt(this.n[g]!);
    const sumTotal = BigInt(this.meanTotal[g]!);
    const varTotal = n * BigInt(this.m2Total[g]!) - sumTotal * sumTotal;
    let sumVars = 0n;
    const itemTotal: (number | null)[] = [];
    for (let j = this.start[g]!; j < this.start[g + 1]!; j++) {
      const sum = BigInt(this.sums[3 * j]!);
      const v = n * BigInt(this.sums[3 * j + 1]!) - sum * sum;
      const cov = n * BigInt(this.sums[3 * j + 2]!) - sum * sumTotal;
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
    return { n: this.n[g]!, alpha, itemTotal };
  }

  private runningResult(g: number, k: number): Reliability {
    const n = this.n[g]!;
    const varTotal = this.m2Total[g]! / (n - 1);
    const first = this.start[g]!;
    const vars = Array.from({ length: k }, (_, i) => this.sums[3 * (first + i) + 1]! / (n - 1));
    const sumVars = vars.reduce((a, b) => a + b, 0);
    const alpha = k >= 2 && varTotal > 0 ? (k / (k - 1)) * (1 - sumVars / varTotal) : null;
    const itemTotal = vars.map((v, i) => {
      const cov = this.sums[3 * (first + i) + 2]! / (n - 1);
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

/** The co-moments of one group of k items. */
export class AlphaAccumulator {
  private readonly set: AlphaSet;

  constructor(readonly k: number) {
    this.set = new AlphaSet([k]);
  }

  /** One complete answer sheet: the k item values. */
  add(values: ArrayLike<number>): void {
    this.set.add(0, values, 0);
  }

  result(): Reliability {
    return this.set.result(0);
  }
}
