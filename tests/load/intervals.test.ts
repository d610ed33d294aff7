import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  closed,
  complement,
  formatInterval,
  intersect,
  isEmpty,
  uncovered,
} from "../../src/load/semantic/intervals.ts";
import { inInterval, parseRange } from "../../src/model/compile.ts";
import type { Interval } from "../../src/model/model.ts";

const r = (text: string): Interval => {
  const parsed = parseRange(text);
  if (!parsed) throw new Error(text);
  return parsed;
};
const show = (set: Interval[]) => set.map(formatInterval);

describe("band coverage over 0-100", () => {
  const domain = closed(0, 100);

  it('"[0, 40)" then "[40, 100]" covers everything', () => {
    expect(uncovered(domain, [r("[0, 40)"), r("[40, 100]")])).toEqual([]);
  });

  it('"[0, 40)" then "(40, 100]" leaves 40 uncovered', () => {
    expect(show(uncovered(domain, [r("[0, 40)"), r("(40, 100]")]))).toEqual(["40"]);
  });

  it('"[0, 40]" and "[40, 100]" share exactly 40', () => {
    const shared = intersect(r("[0, 40]"), r("[40, 100]"));
    expect(shared && formatInterval(shared)).toBe("40");
  });

  it('"[0, 40)" and "[40, 100]" share nothing', () => {
    expect(intersect(r("[0, 40)"), r("[40, 100]"))).toBeNull();
  });

  it("a band ending at 100 excluded leaves 100 uncovered, one starting at 0 excluded leaves 0", () => {
    expect(show(uncovered(domain, [r("(0, 50)"), r("[50, 100)")]))).toEqual(["0", "100"]);
  });

  it("reports a gap between two bands with its exact edges", () => {
    expect(show(uncovered(domain, [r("[0, 30]"), r("[50, 100]")]))).toEqual(["(30, 50)"]);
    expect(show(uncovered(domain, [r("[0, 30)"), r("(50, 100]")]))).toEqual(["[30, 50]"]);
  });

  it("bands given in any order and overlapping each other still cover", () => {
    expect(uncovered(domain, [r("[60, 100]"), r("[0, 70)"), r("[10, 20]")])).toEqual([]);
  });

  it("bands beyond the domain count only for the part inside it", () => {
    expect(uncovered(closed(1, 5), [r("[0, 3)"), r("[3, 40]")])).toEqual([]);
  });
});

describe("intervals", () => {
  it("an interval whose edges meet is empty unless both are included", () => {
    expect(isEmpty(r("[3, 3]"))).toBe(false);
    expect(isEmpty(r("[3, 3)"))).toBe(true);
    expect(isEmpty(r("[5, 3]"))).toBe(true);
  });

  it("the complement of [40, 70) is below 40 and from 70 up", () => {
    expect(show(complement([r("[40, 70)")]))).toEqual(["(-∞, 40)", "[70, ∞)"]);
  });

  const edge = fc.integer({ min: -5, max: 105 });
  const interval = fc.tuple(edge, edge, fc.boolean(), fc.boolean()).map(([a, b, li, hi]) => ({
    lo: Math.min(a, b),
    hi: Math.max(a, b),
    loIncluded: li,
    hiIncluded: hi,
  }));
  // Edges are whole numbers: testing them and the halves between them visits every case.
  const probe = fc.integer({ min: -12, max: 212 }).map((n) => n / 2);

  it("a value is uncovered exactly when no band holds it", () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 5 }), probe, (bands, x) => {
        const domain = closed(0, 100);
        const inGap = uncovered(domain, bands).some((g) => inInterval(x, g));
        const held = bands.some((b) => inInterval(x, b));
        expect(inGap).toBe(inInterval(x, domain) && !held);
      }),
    );
  });

  it("a value is in the intersection exactly when it is in both", () => {
    fc.assert(
      fc.property(interval, interval, probe, (a, b, x) => {
        const both = intersect(a, b);
        expect(both !== null && inInterval(x, both)).toBe(inInterval(x, a) && inInterval(x, b));
      }),
    );
  });
});
