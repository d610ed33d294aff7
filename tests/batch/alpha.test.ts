import { describe, expect, it } from "vitest";
import { RunningStats } from "../../src/batch/stats/running.ts";
import { AlphaAccumulator } from "../../src/engine/alpha.ts";

// Keyed answers of tests/fixtures/batch/alpha.csv (q3 reversed: 6 − answer), the twelve
// complete rows. The reference figures were computed independently with NumPy 2.4:
//   X = keyed answers; T = X.sum(axis=1)
//   alpha = k/(k-1) * (1 - X.var(axis=0, ddof=1).sum() / T.var(ddof=1))
//   r_i   = np.corrcoef(X[:, i], T - X[:, i])[0, 1]
const KEYED = [
  [5, 4, 5, 5],
  [4, 4, 4, 4],
  [2, 3, 2, 2],
  [3, 3, 3, 4],
  [5, 5, 5, 4],
  [1, 2, 1, 2],
  [4, 3, 4, 3],
  [2, 2, 2, 1],
  [3, 4, 3, 3],
  [5, 4, 4, 5],
  [2, 1, 1, 2],
  [4, 5, 5, 4],
];
const REFERENCE = {
  alpha: 0.9554240631163707,
  itemTotal: [0.9285446710789566, 0.8488221488080419, 0.9488716853527946, 0.8510089491649817],
};

describe("Cronbach's alpha from running sums", () => {
  it("matches the reference computed with NumPy", () => {
    const acc = new AlphaAccumulator(4);
    for (const row of KEYED) acc.add(row);
    const r = acc.result();
    expect(r.n).toBe(12);
    expect(r.alpha).toBeCloseTo(REFERENCE.alpha, 12);
    for (const [i, expected] of REFERENCE.itemTotal.entries())
      expect(r.itemTotal[i]).toBeCloseTo(expected, 12);
  });

  it("stays accurate far from zero over many rows", () => {
    // The same rows shifted by a large constant: variances and correlations do not move.
    const acc = new AlphaAccumulator(4);
    for (let rep = 0; rep < 1000; rep++) for (const row of KEYED) acc.add(row.map((x) => x + 1e6));
    const r = acc.result();
    expect(r.alpha).toBeCloseTo(REFERENCE.alpha, 6);
    expect(r.itemTotal[0]).toBeCloseTo(REFERENCE.itemTotal[0] as number, 6);
  });

  it("gives no alpha without variance or with a single answer sheet", () => {
    const same = new AlphaAccumulator(3);
    same.add([3, 3, 3]);
    same.add([3, 3, 3]);
    expect(same.result()).toEqual({ n: 2, alpha: null, itemTotal: [null, null, null] });
    const one = new AlphaAccumulator(2);
    one.add([1, 5]);
    expect(one.result().alpha).toBeNull();
  });
});

/** Adds x to series i alone. */
function addOne(r: RunningStats, i: number, x: number): void {
  const values = new Float64Array(r.count);
  const take = new Uint8Array(r.count);
  values[i] = x;
  take[i] = 1;
  r.addWhere(values, take);
}

describe("running statistics", () => {
  it("give the mean, sample standard deviation, min and max", () => {
    const r = new RunningStats(2);
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) addOne(r, 1, x);
    expect(r.stats(0)).toBeNull();
    const s = r.stats(1);
    expect(s?.mean).toBe(5);
    // Sample variance of these eight values: 32 / 7.
    expect(s?.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect([s?.min, s?.max]).toEqual([2, 9]);
  });

  it("give no standard deviation for one value and nothing for none", () => {
    const r = new RunningStats(1);
    expect(r.stats(0)).toBeNull();
    addOne(r, 0, 3);
    expect(r.stats(0)).toEqual({ mean: 3, sd: null, min: 3, max: 3 });
  });
});
