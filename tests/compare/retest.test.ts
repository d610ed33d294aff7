// The reliability behind the reliable change index without --reliability: the matched
// people's test-retest r, taken only where figures are shown and only when positive.
import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/compute.ts";
import { declared, options, person, TARGETS, wave } from "./waves.ts";

describe("test-retest r", () => {
  it("takes retest r only from enough matched people, and only when it is positive", () => {
    const before = wave("a", [person("a", 20), person("b", 40), person("c", 60), person("d", 80)]);
    const rising = wave("b", [person("a", 30), person("b", 45), person("c", 75), person("d", 85)]);
    // Four matched people: under a --min-group of 5 no r and no index, as no other figure.
    const few = compare(before, rising, TARGETS, { ...options, minGroup: 5 });
    expect(few.comparison.reliability).toEqual([]);
    expect(few.people[0]?.targets[0]?.rci).toBeNull();
    expect(few.comparison.targets[0]?.reliable).toBeNull();
    // The order reversed: r = −1, no reliability to build an index on.
    const reversed = wave("b", [
      person("a", 80),
      person("b", 60),
      person("c", 40),
      person("d", 20),
    ]);
    const negative = compare(before, reversed, TARGETS, options);
    expect(negative.comparison.reliability).toEqual([]);
    expect(negative.people.every((p) => p.targets.every((t) => t.rci === null))).toBe(true);
    // A declared reliability wins over r, whatever r is.
    const given = compare(before, reversed, TARGETS, {
      ...options,
      reliability: new Map([["calm", declared(0.7)]]),
    });
    expect(given.comparison.reliability).toEqual([
      { id: "calm", value: 0.7, source: "declared", n: null },
    ]);
  });
});
