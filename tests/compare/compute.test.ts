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

const TARGETS: TargetInfo[] = [
  { id: "calm", kind: "dimension", parent: null, bands: ["low", "middle", "high"] },
  { id: "breath", kind: "facet", parent: "calm", bands: ["low", "middle", "high"] },
];

const bandOf = (p: number) => (p < 40 ? "low" : p < 70 ? "middle" : "high");

function person(
  participant: string,
  calm: number | null,
  o: { group?: string | null; low?: boolean; breath?: number | null } = {},
): Person {
  const value = (p: number | null) => ({ percent: p, band: p === null ? null : bandOf(p) });
  return {
    participant,
    group: o.group ?? null,
    line: 1,
    lowInformation: o.low ?? false,
    targets: new Map([
      ["calm", value(calm)],
      ["breath", value(o.breath === undefined ? calm : o.breath)],
    ]),
  };
}

const wave = (file: string, people: Person[]): Wave => ({
  file,
  questionnaire: { id: "equipe", version: "2" },
  people,
});

const options = {
  minGroup: 3,
  unpaired: false,
  grouped: false,
  reliability: new Map<string, number>(),
};

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
    const reliability = new Map([["calm", 0.9]]);
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
    // No reliability for the facet: no index, said as null.
    expect(comparison.targets[1]?.reliable).toBeNull();
    expect(people[0]?.targets[1]?.rci).toBeNull();
    expect(comparison.reliability).toEqual([{ id: "calm", value: 0.9 }]);
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

/** The people a figure rests on, counted independently of compute.ts. */
function fullPeople(
  t: TargetInfo,
  before: Wave,
  after: Wave,
  unpaired: boolean,
  group: string | null | undefined,
) {
  const inGroup = (p: Person) => group === undefined || p.group === group;
  const scored = (p: Person) => p.targets.get(t.id)?.percent != null && !p.lowInformation;
  if (unpaired)
    return Math.min(
      before.people.filter((p) => inGroup(p) && scored(p)).length,
      after.people.filter((p) => inGroup(p) && scored(p)).length,
    );
  const afterBy = new Map(after.people.map((p) => [p.participant, p]));
  return before.people.filter((p) => {
    const q = afterBy.get(p.participant);
    if (!q) return false;
    const g = q.group ?? p.group;
    return (group === undefined || g === group) && scored(p) && scored(q);
  }).length;
}

const FIGURE_FIELDS = ["before", "after", "change", "bands", "reliable", "histogram"] as const;

function checkAll(c: Comparison, before: Wave, after: Wave, unpaired: boolean): void {
  const sets: [string | null | undefined, Figures[]][] = [[undefined, c.targets]];
  for (const g of c.groups ?? []) sets.push([g.name, g.targets]);
  for (const [group, figures] of sets)
    for (const [i, f] of figures.entries()) {
      const n = fullPeople(TARGETS[i] as TargetInfo, before, after, unpaired, group);
      if (n < c.minGroup) {
        expect(f.withheld).toBe(true);
        for (const k of FIGURE_FIELDS) expect(f[k]).toBeNull();
      } else expect(f.withheld).toBe(false);
    }
}

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
          const reliability = new Map([["calm", 0.8]]);
          const { comparison } = compare(before, after, TARGETS, {
            minGroup,
            unpaired,
            grouped,
            reliability,
          });
          checkAll(comparison, before, after, unpaired);
        },
      ),
      { numRuns: 300 },
    );
  });
});
