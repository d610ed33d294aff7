// The statistics of `reflet compare` against figures computed independently. Each reference
// is named: R 4.x output (qt, t.test) for the t figures, hand-checked arithmetic for the rest.
import { describe, expect, it } from "vitest";
import { pearson } from "../../src/stats/correlation.ts";
import { describe as describeValues, quantileOfSorted } from "../../src/stats/describe.ts";
import { pairedChange, welchChange } from "../../src/stats/intervals.ts";
import { changeError, rci, reliableChange } from "../../src/stats/rci.ts";
import { tCdf, tQuantile } from "../../src/stats/tdist.ts";

// R's `sleep` data set (Student, 1908): extra hours of sleep under two drugs, same 10 people.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe("Student's t quantiles", () => {
  // R: qt(0.975, df), as R prints it (7 significant digits).
  const r: [number, number][] = [
    [1, 12.7062],
    [2, 4.302653],
    [4, 2.776445],
    [5, 2.570582],
    [9, 2.262157],
    [10, 2.228139],
    [29, 2.04523],
    [30, 2.042272],
    [100, 1.983972],
  ];
  it.each(r)("qt(0.975, %d) = %f", (df, q) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(q, 5);
    expect(tQuantile(0.025, df)).toBeCloseTo(-q, 5);
  });

  it("tends to the normal quantile, and the distribution function inverts the quantile", () => {
    // R: qnorm(0.975) = 1.959964
    expect(tQuantile(0.975, 1e7)).toBeCloseTo(1.959964, 5);
    for (const df of [1, 3.5, 17.776, 250])
      for (const p of [0.6, 0.9, 0.975, 0.999])
        expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 10);
  });

  it("gives R's two-sided p-value of the paired sleep test", () => {
    // R: t.test(drug1, drug2, paired = TRUE): t = -4.0621, df = 9, p-value = 0.002833
    expect(2 * tCdf(-4.0621, 9)).toBeCloseTo(0.002833, 6);
  });
});

describe("paired change and d_z", () => {
  it("gives R's t.test(paired = TRUE) interval on the sleep data", () => {
    // R: t.test(drug1, drug2, paired = TRUE)
    //   95 percent confidence interval: -2.4598858 -0.7001142; mean difference -1.58
    const c = pairedChange(drug1.map((x, i) => x - (drug2[i] as number)));
    expect(c?.mean).toBeCloseTo(-1.58, 12);
    expect(c?.lo).toBeCloseTo(-2.4598858, 7);
    expect(c?.hi).toBeCloseTo(-0.7001142, 7);
    expect(c?.df).toBe(9);
    // d_z = mean / sd of the differences = t / √n = -4.0621 / √10 (R's t, 4 decimals).
    expect(c?.dz).toBeCloseTo(-4.0621 / Math.sqrt(10), 4);
  });

  it("needs two pairs, and has no d_z when nobody's change differs", () => {
    expect(pairedChange([3])).toBeNull();
    const same = pairedChange([2, 2, 2]);
    expect(same).toMatchObject({ mean: 2, lo: 2, hi: 2, dz: null });
  });
});

describe("Welch interval", () => {
  it("gives R's t.test (Welch) interval and degrees of freedom on the sleep data", () => {
    // R: t.test(drug1, drug2)  (var.equal = FALSE by default)
    //   t = -1.8608, df = 17.776, 95 percent confidence interval: -3.3654832 0.2054832
    // welchChange(before, after) is after − before: drug1 − drug2 here.
    const c = welchChange(drug2, drug1);
    expect(c?.mean).toBeCloseTo(-1.58, 12);
    expect(c?.df).toBeCloseTo(17.776, 3);
    expect(c?.lo).toBeCloseTo(-3.3654832, 7);
    expect(c?.hi).toBeCloseTo(0.2054832, 7);
    expect(c?.dz).toBeNull();
  });

  it("needs two people on each side", () => {
    expect(welchChange([1], [1, 2])).toBeNull();
  });
});

describe("mean and standard deviation in two passes", () => {
  it("keeps every digit where the spread is tiny next to the values", () => {
    // 4, 7, 13, 16 have mean 10 and sample variance 30 (hand: (36 + 9 + 9 + 36) / 3);
    // shifted by 1e9, a one-pass Σx² − n·mean² loses all of it in double precision.
    const d = describeValues([4, 7, 13, 16].map((x) => x + 1e9));
    expect(d?.mean).toBe(1e9 + 10);
    expect(d?.sd).toBeCloseTo(Math.sqrt(30), 9);
  });

  it("quantiles as R's quantile(type = 7)", () => {
    // R: quantile(c(1, 2, 4, 7, 11), c(0.1, 0.5, 0.9)) = 1.4 4.0 9.4
    const sorted = [1, 2, 4, 7, 11];
    expect(quantileOfSorted(sorted, 0.1)).toBeCloseTo(1.4, 12);
    expect(quantileOfSorted(sorted, 0.5)).toBe(4);
    expect(quantileOfSorted(sorted, 0.9)).toBeCloseTo(9.4, 12);
  });
});

describe("Pearson's correlation (the test-retest r of compare)", () => {
  it("gives R's cor() on the sleep data and Anscombe's published r", () => {
    // R: cor(drug1, drug2) = 0.7951702
    expect(pearson(drug1, drug2)).toBeCloseTo(0.7951702, 7);
    // Anscombe (1973, The American Statistician 27, 17–21), first set: r = 0.816, as
    // published; R: cor(anscombe$x1, anscombe$y1) = 0.8164205.
    const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    const y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
    expect(pearson(x, y)).toBeCloseTo(0.8164205, 7);
  });

  it("keeps every digit where the spread is tiny next to the values", () => {
    // Shifted by 1e9 the sleep data still give R's r: a one-pass Σxy − n·x̄·ȳ would not.
    const shift = (xs: number[]) => xs.map((v) => v + 1e9);
    expect(pearson(shift(drug1), shift(drug2))).toBeCloseTo(0.7951702, 6);
  });

  it("has no value under two pairs or when a side does not vary", () => {
    expect(pearson([1], [2])).toBeNull();
    expect(pearson([3, 3, 3], [1, 2, 3])).toBeNull();
    expect(pearson([1, 2, 3], [2, 4, 6])).toBe(1);
  });
});

describe("reliable change index (Jacobson & Truax, 1991)", () => {
  it("follows the published formula, worked by hand", () => {
    // Jacobson & Truax (1991, p. 14): RC = (x2 − x1) / S_diff, S_diff = √(2 · SE²),
    // SE = s1 · √(1 − r_xx). With s1 = 7.5 and r_xx = .88 (hand, 7 digits):
    // SE = 7.5 × 0.3464102 = 2.5980762; S_diff = 2.5980762 × 1.4142136 = 3.6742346.
    const sDiff = changeError(7.5, 0.88) as number;
    expect(sDiff).toBeCloseTo(3.6742346, 6);
    // A change of 10 points: 10 / 3.6742346 = 2.7216553, reliable; 5 points: 1.3608276, not.
    expect(rci(50, 60, sDiff)).toBeCloseTo(2.7216553, 6);
    expect(reliableChange(rci(50, 60, sDiff))).toBe("up");
    expect(reliableChange(rci(60, 55, sDiff))).toBe("none");
    expect(reliableChange(rci(60, 50, sDiff))).toBe("down");
    // The cut-off is 1.96, as the paper's 95 % criterion.
    expect(reliableChange(1.96)).toBe("none");
    expect(reliableChange(1.9601)).toBe("up");
  });

  it("is not computed from a reliability of 1, a negative one, or no spread", () => {
    expect(changeError(7.5, 1)).toBeNull();
    expect(changeError(7.5, -0.2)).toBeNull();
    expect(changeError(0, 0.8)).toBeNull();
  });
});
