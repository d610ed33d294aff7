// The comparison itself, on waves built in memory: matching, band moves, reliable changes,
// and the anonymity rule as a property over random teams.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Comparison,
  compare,
  type Figures,
  type TargetInfo,
} from "../../src/compare/compute.ts";
import type { Person, Wave } from "../../src/compare/wave.ts";
import { pairedChange } from "../../src/stats/intervals.ts";
import { type Basis, groupsToWithhold } from "../../src/stats/withhold.ts";
import { declared, options, person, TARGETS, wave } from "./waves.ts";

describe("matching", () => {
  it("pairs people by id (a pseudonym is an id) and leaves the others out of the change", () => {
    const before = wave("a", [
      person("p-1", 20),
      person("p-2", 50),
      person("p-3", 80),
      person("gone", 10),
    ]);
    const after = wave("b", [
      person("p-3", 90),
      person("p-1", 50),
      person("p-2", 30),
      person("new", 99),
    ]);
    const { comparison, people } = compare(before, after, TARGETS, options);
    const calm = comparison.targets[0] as Figures;
    expect(comparison.participants).toEqual({ before: 4, after: 4, matched: 3 });
    expect(calm).toMatchObject({ nBefore: 4, nAfter: 4, nMatched: 3, withheld: false });
    // Changes of the matched only: +30, −20, +10 (p-1, p-2, p-3); bands low → middle,
    // middle → low, high → high.
    expect(calm.change).toEqual(pairedChange([30, -20, 10]));
    expect(calm.bands).toEqual({ up: 1, same: 1, down: 1 });
    expect(people.map((p) => p.participant)).toEqual(["p-1", "p-2", "p-3"]);
    expect(people[0]?.targets[0]).toMatchObject({
      before: 20,
      after: 50,
      change: 30,
      bandBefore: "low",
      bandAfter: "middle",
    });
  });

  it("classes reliable changes with the first wave's spread and the reliability given", () => {
    const before = wave("a", [person("a", 20), person("b", 40), person("c", 60), person("d", 80)]);
    const after = wave("b", [person("a", 60), person("b", 41), person("c", 30), person("d", 80)]);
    const reliability = new Map([["calm", declared(0.9)]]);
    const { comparison, people } = compare(before, after, TARGETS, { ...options, reliability });
    // Hand: sd(20, 40, 60, 80) = √(2000/3) = 25.8199; S_diff = 25.8199 · √0.1 · √2 = 11.5470.
    // a: 40 / 11.5470 = 3.4641 up; b: 0.0866 none; c: −2.5981 down; d: 0 none.
    expect(people.map((p) => p.targets[0]?.rci)).toEqual([
      expect.closeTo(3.4641, 4),
      expect.closeTo(0.0866, 4),
      expect.closeTo(-2.5981, 4),
      0,
    ]);
    expect(comparison.targets[0]?.reliable).toEqual({ up: 1, none: 2, down: 1 });
    expect(comparison.reliability[0]).toEqual({
      id: "calm",
      value: 0.9,
      source: "declared",
      n: null,
    });
    // None given for the facet: the matched people's test-retest r. Python 3.11:
    // statistics.correlation([20, 40, 60, 80], [60, 41, 30, 80]) = 0.2876635214415523.
    expect(comparison.reliability[1]).toEqual({
      id: "breath",
      value: expect.closeTo(0.2876635214415523, 12),
      source: "retest",
      n: 4,
    });
    // S_diff = 25.8199 · √(1 − 0.287664) · √2 = 30.8171; a: 40 / 30.8171 = 1.2980, none.
    expect(people[0]?.targets[1]?.rci).toBeCloseTo(1.298, 3);
    expect(comparison.targets[1]?.reliable).toEqual({ up: 0, none: 4, down: 0 });
  });

  it("compares two groups as a whole with unpaired (Welch), matching nobody", () => {
    const before = wave("a", [person("a", 20), person("b", 40), person("c", 60)]);
    const after = wave("b", [person("x", 50), person("y", 70), person("z", 90)]);
    const { comparison, people } = compare(before, after, TARGETS, { ...options, unpaired: true });
    expect(people).toEqual([]);
    expect(comparison.design).toBe("unpaired");
    expect(comparison.targets[0]?.change).toMatchObject({ kind: "welch", mean: 30 });
    expect(comparison.targets[0]?.bands).toBeNull();
  });
});

// ---- anonymity, as a property --------------------------------------------------------------

const arbPerson = (ids: string[]) =>
  fc.record({
    id: fc.constantFrom(...ids),
    calm: fc.option(fc.integer({ min: 0, max: 100 }), { freq: 4 }),
    breath: fc.option(fc.integer({ min: 0, max: 100 }), { freq: 3 }),
    group: fc.option(fc.constantFrom("north", "south", "east"), { freq: 4 }),
    low: fc.boolean(),
  });

const arbWave = (ids: string[]) =>
  fc.uniqueArray(arbPerson(ids), { selector: (p) => p.id, maxLength: ids.length });

interface Drawn {
  id: string;
  calm: number | null;
  breath: number | null;
  group: string | null;
  low: boolean;
}

const toWave = (file: string, ps: Drawn[]) =>
  wave(
    file,
    ps.map((p) => person(p.id, p.calm, { breath: p.breath, group: p.group, low: p.low })),
  );

/**
 * The people a figure rests on in each wave, counted independently of compute.ts: those of
 * the groups `of` takes (paired: the matched pairs, the same number twice), with full sheets
 * only, or all.
 */
function fullSides(
  t: TargetInfo,
  before: Wave,
  after: Wave,
  unpaired: boolean,
  of: (group: string | null) => boolean,
  all = false,
): [number, number] {
  const scored = (p: Person) => p.targets.get(t.id)?.percent != null && (all || !p.lowInformation);
  if (unpaired)
    return [
      before.people.filter((p) => of(p.group) && scored(p)).length,
      after.people.filter((p) => of(p.group) && scored(p)).length,
    ];
  const afterBy = new Map(after.people.map((p) => [p.participant, p]));
  const n = before.people.filter((p) => {
    const q = afterBy.get(p.participant);
    return q !== undefined && of(q.group ?? p.group) && scored(p) && scored(q);
  }).length;
  return [n, n];
}

const FIGURE_FIELDS = ["before", "after", "change", "bands", "reliable", "histogram"] as const;

function checkAll(c: Comparison, before: Wave, after: Wave, unpaired: boolean): void {
  const sets: [string | null | undefined, Figures[]][] = [[undefined, c.targets]];
  for (const g of c.groups ?? []) sets.push([g.name, g.targets]);
  for (const [group, figures] of sets)
    for (const [i, f] of figures.entries()) {
      const n = Math.min(
        ...fullSides(
          TARGETS[i] as TargetInfo,
          before,
          after,
          unpaired,
          (g) => group === undefined || g === group,
        ),
      );
      if (n < c.minGroup) expect(f.withheld).toBe(true);
      else if (group === undefined) expect(f.withheld).toBe(false);
      if (f.withheld) for (const k of FIGURE_FIELDS) expect(f[k]).toBeNull();
    }
  // Retest r is a figure of the matched people too: only where the overall figures are shown.
  for (const r of c.reliability)
    if (r.source === "retest")
      expect(c.targets.find((t) => t.id === r.id)?.withheld, `retest r of ${r.id}`).toBe(false);
  // The overall figure less the shown groups' is the withheld groups' together: in each wave
  // it must rest on no one, or on at least minGroup people.
  for (const [i, overall] of c.targets.entries()) {
    if (overall.withheld || !c.groups) continue;
    const withheld = new Set(c.groups.filter((g) => g.targets[i]?.withheld).map((g) => g.name));
    const of = (g: string | null) => withheld.has(g);
    const full = fullSides(TARGETS[i] as TargetInfo, before, after, unpaired, of);
    const all = fullSides(TARGETS[i] as TargetInfo, before, after, unpaired, of, true);
    for (const side of [0, 1])
      expect(
        all[side] === 0 || (full[side] as number) >= c.minGroup,
        `withheld groups rest on ${full[side]} full sheets of ${all[side]}`,
      ).toBe(true);
  }
}

describe("withholding groups", () => {
  it("withholds the smallest shown groups while the withheld ones rest on too few", () => {
    const basis = (b: number, a: number): Basis => ({ full: [b, a], all: [b, a] });
    const paired = (ns: number[]) => ns.map((n) => basis(n, n));
    // 4 is under 5; 4 alone could be had as the overall less the 7: the 7 goes too.
    expect(groupsToWithhold(paired([7, 4]), 5)).toEqual([true, true]);
    // 4 + 3 = 7 withheld together: enough, the others stay.
    expect(groupsToWithhold(paired([9, 4, 3, 12]), 5)).toEqual([false, true, true, false]);
    // 2 alone is too few: the smallest shown (6) goes with it, the 8 stays.
    expect(groupsToWithhold(paired([8, 2, 6]), 5)).toEqual([false, true, true]);
    // A group with no one in it gives nothing away.
    expect(groupsToWithhold(paired([8, 0, 6]), 5)).toEqual([false, true, false]);
    // Unpaired, each wave apart: (1, 0) and (0, 1) withheld leave one person in each wave.
    expect(groupsToWithhold([basis(1, 0), basis(6, 6), basis(0, 1), basis(9, 9)], 5)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    // No full sheet but two low-information ones: their figure could still be had.
    const low: Basis = { full: [0, 0], all: [2, 2] };
    expect(groupsToWithhold([basis(8, 8), low, basis(6, 6)], 5)).toEqual([false, true, true]);
  });
});

describe("anonymity", () => {
  const ids = Array.from({ length: 14 }, (_, i) => `p${i}`);
  it("builds no figure from fewer than --min-group people (full sheets), overall or in a group", () => {
    fc.assert(
      fc.property(
        arbWave(ids),
        arbWave(ids),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        fc.boolean(),
        (a, b, minGroup, unpaired, grouped) => {
          const before = toWave("a", a);
          const after = toWave("b", b);
          const reliability = new Map([["calm", declared(0.8)]]);
          const { comparison } = compare(before, after, TARGETS, {
            minGroup,
            unpaired,
            grouped,
            reliability,
          });
          checkAll(comparison, before, after, unpaired);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
