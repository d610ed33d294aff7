import { describe, expect, it } from "vitest";
import { add, cmp, div, exact, mul, sub, sum, toNumber } from "../../src/core/exact.ts";

describe("exact arithmetic", () => {
  it("reads a number as the decimal it was written as", () => {
    expect(exact(0.1)).toEqual({ n: 1n, d: 10n });
    expect(exact(-2.5)).toEqual({ n: -5n, d: 2n });
    expect(exact(1e-7)).toEqual({ n: 1n, d: 10_000_000n });
    expect(exact(1.5e21)).toEqual({ n: 1_500_000_000_000_000_000_000n, d: 1n });
    expect(exact(0)).toEqual({ n: 0n, d: 1n });
  });

  it("adds 0.1 and 0.2 to exactly 0.3", () => {
    expect(cmp(add(exact(0.1), exact(0.2)), exact(0.3))).toBe(0);
    expect(toNumber(add(exact(0.1), exact(0.2)))).toBe(0.3);
  });

  it("computes a weighted mean of threes as exactly 3", () => {
    const weights = [0.1, 0.2, 0.3].map(exact);
    const raw = sum(weights.map((w) => mul(w, exact(3))));
    expect(toNumber(div(raw, sum(weights)))).toBe(3);
  });

  it("keeps fractions in lowest terms and compares them", () => {
    expect(div(exact(6), exact(4))).toEqual({ n: 3n, d: 2n });
    expect(sub(exact(1), exact(1.5))).toEqual({ n: -1n, d: 2n });
    expect(cmp(div(exact(1), exact(3)), exact(0.3333333333333333))).toBe(1);
    expect(cmp(exact(-1), exact(1))).toBe(-1);
  });

  it("turns a fraction into the nearest float", () => {
    expect(toNumber(div(exact(200), exact(3)))).toBe(200 / 3);
    // beyond safe integers, still within a float's precision
    const large = toNumber(div(exact(1e20), exact(3)));
    expect(Math.abs(large / (1e20 / 3) - 1)).toBeLessThan(1e-15);
  });

  it("refuses to divide by zero", () => {
    expect(() => div(exact(1), exact(0))).toThrow(RangeError);
  });
});
