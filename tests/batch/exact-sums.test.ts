// The one-pass accumulators of the team summary (running statistics, Cronbach's alpha) give
// the figures of the two-pass textbook formulas on random data: whole numbers (exact integer
// sums), fractions (running co-moments), whole numbers then a fraction (the switch from one
// to the other), and whole numbers too large for exact sums.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RunningStats } from "../../src/batch/stats/running.ts";
import { AlphaAccumulator, AlphaSet, wholeDifference } from "../../src/engine/alpha.ts";
import { describe as twoPass } from "../../src/stats/describe.ts";

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Sample covariance in two passes: the means first, then the products of deviations. */
function cov(xs: number[], ys: number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
  return s / (xs.length - 1);
}

/** Alpha and corrected item-total correlations by the textbook, from the whole table. */
function textbook(rows: number[][]) {
  const k = (rows[0] as number[]).length;
  const col = (i: number) => rows.map((r) => r[i] as number);
  const totals = rows.map((r) => r.reduce((a, b) => a + b, 0));
  const varTotal = cov(totals, totals);
  const vars = Array.from({ length: k }, (_, i) => cov(col(i), col(i)));
  const alpha = (k / (k - 1)) * (1 - vars.reduce((a, b) => a + b, 0) / varTotal);
  const eps = 1e-12 * Math.max(1, varTotal);
  const itemTotal = vars.map((v, i) => {
    const rest = rows.map((r, j) => (totals[j] as number) - (r[i] as number));
    const varRest = cov(rest, rest);
    if (v <= eps || varRest <= eps) return null;
    return cov(col(i), rest) / Math.sqrt(v * varRest);
  });
  return { varTotal, alpha, itemTotal };
}

const close = (a: number | null | undefined, b: number | null, digits: number) => {
  if (b === null) expect(a).toBeNull();
  else
    expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(
      10 ** -digits * Math.max(1, Math.abs(b)),
    );
};

const whole = fc.integer({ min: -3, max: 7 });
const sevenths = fc.integer({ min: -40, max: 40 }).map((v) => v / 7);

/** Tables of 2–8 items and 2–60 rows whose cells come from `cell`. */
const tables = (cell: fc.Arbitrary<number>) =>
  fc
    .integer({ min: 2, max: 8 })
    .chain((k) =>
      fc.array(fc.array(cell, { minLength: k, maxLength: k }), { minLength: 2, maxLength: 60 }),
    );

function checkAlpha(rows: number[][], digits: number): void {
  const ref = textbook(rows);
  // A total without spread (or only rounding's) has no alpha worth comparing.
  fc.pre(ref.varTotal > 1e-9);
  const acc = new AlphaAccumulator((rows[0] as number[]).length);
  for (const r of rows) acc.add(r);
  const got = acc.result();
  expect(got.n).toBe(rows.length);
  close(got.alpha, ref.alpha, digits);
  for (const [i, r] of ref.itemTotal.entries()) close(got.itemTotal[i], r, digits);
}

describe("Cronbach's alpha in one pass", () => {
  it("equals the two-pass textbook figures on whole numbers (exact sums)", () => {
    fc.assert(
      fc.property(tables(whole), (rows) => checkAlpha(rows, 12)),
      { numRuns: 300 },
    );
  });

  it("equals them on fractions (running co-moments)", () => {
    fc.assert(
      fc.property(tables(sevenths), (rows) => checkAlpha(rows, 9)),
      { numRuns: 300 },
    );
  });

  it("equals them when a fraction comes after whole numbers", () => {
    fc.assert(
      fc.property(tables(whole), fc.nat(), (rows, at) => {
        const r = rows[at % rows.length] as number[];
        r[0] = (r[0] as number) + 0.5;
        checkAlpha(rows, 9);
      }),
      { numRuns: 300 },
    );
  });

  it("equals them on whole numbers whose sums would pass 2^53", () => {
    fc.assert(
      fc.property(tables(whole), (rows) =>
        checkAlpha(
          rows.map((r) => r.map((x) => x * 2 ** 18 + 2 ** 19)),
          8,
        ),
      ),
      { numRuns: 100 },
    );
  });
});

describe("alpha of several groups at once", () => {
  it("gives each group the figures of its own accumulator", () => {
    fc.assert(
      fc.property(
        fc.array(tables(fc.oneof(whole, whole, sevenths)), { minLength: 1, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        (groups, skip) => {
          const set = new AlphaSet(groups.map((rows) => (rows[0] as number[]).length));
          const alone = groups.map((rows) => new AlphaAccumulator((rows[0] as number[]).length));
          const most = Math.max(...groups.map((rows) => rows.length));
          for (let j = 0; j < most; j++) {
            // One sheet: every group's values side by side; a group without a row is skipped.
            const values = groups.flatMap((rows) => rows[j] ?? rows[0] ?? []);
            const take = Uint8Array.from(groups, (rows, g) =>
              rows[j] && !skip[(j + g) % 60] ? 1 : 0,
            );
            set.addWhere(Float64Array.from(values), take);
            for (const [g, rows] of groups.entries())
              if (take[g] === 1) alone[g]?.add(rows[j] as number[]);
          }
          for (const [g, acc] of alone.entries()) expect(set.result(g)).toEqual(acc.result());
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("running statistics in one pass", () => {
  const series = (cell: fc.Arbitrary<number>) => fc.array(cell, { minLength: 1, maxLength: 200 });

  function check(xs: number[], digits: number): void {
    const r = new RunningStats(3);
    // Series 1 takes every value, series 2 every other one, series 0 none.
    for (const [j, x] of xs.entries())
      r.addWhere(Float64Array.of(-1, x, x), Uint8Array.of(0, 1, j % 2 === 0 ? 1 : 0));
    const ref = twoPass(xs);
    const got = r.stats(1);
    close(got?.mean, ref?.mean ?? null, digits);
    close(got?.sd, ref?.sd ?? null, digits);
    expect([got?.min, got?.max]).toEqual([Math.min(...xs), Math.max(...xs)]);
    expect(r.n[1]).toBe(xs.length);
    expect(r.stats(0)).toBeNull();
    const even = xs.filter((_, j) => j % 2 === 0);
    close(r.stats(2)?.mean, twoPass(even)?.mean ?? null, digits);
    close(r.stats(2)?.sd, twoPass(even)?.sd ?? null, digits);
  }

  it("equal the two-pass figures on whole numbers, fractions, and both", () => {
    fc.assert(fc.property(series(whole), (xs) => check(xs, 12)));
    fc.assert(fc.property(series(sevenths), (xs) => check(xs, 10)));
    fc.assert(fc.property(series(fc.oneof(whole, sevenths)), (xs) => check(xs, 10)));
    fc.assert(fc.property(series(whole.map((x) => x * 2 ** 22)), (xs) => check(xs, 10)));
  });

  it("give the mean of whole numbers exactly: their sum over their count", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 5000 }),
        (xs) => {
          const r = new RunningStats(1);
          for (const x of xs) r.addWhere(Float64Array.of(x), Uint8Array.of(1));
          expect(r.stats(0)?.mean).toBe(xs.reduce((a, b) => a + b, 0) / xs.length);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("whole-number products", () => {
  it("are subtracted exactly, then rounded once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), { minLength: 4, maxLength: 4 }),
        ([a, b, c, d]) => {
          const exact =
            BigInt(a as number) * BigInt(b as number) - BigInt(c as number) * BigInt(d as number);
          expect(wholeDifference(a as number, b as number, c as number, d as number)).toBe(
            Number(exact),
          );
        },
      ),
    );
  });
});
