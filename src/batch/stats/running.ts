// Running statistics: one pass, constant memory (Welford's algorithm, which stays accurate
// where summing squares would lose digits over a million rows).

export interface Stats {
  mean: number;
  /** Sample standard deviation (n − 1); null for a single value. */
  sd: number | null;
  min: number;
  max: number;
}

export class Running {
  n = 0;
  private mean = 0;
  private m2 = 0;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;

  add(x: number): void {
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  stats(): Stats | null {
    if (this.n === 0) return null;
    const sd = this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : null;
    return { mean: this.mean, sd, min: this.min, max: this.max };
  }
}
