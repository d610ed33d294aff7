// Waves built in memory for the compare tests: two targets (calm and its facet breath),
// people with a percent and its band on each.
import type { GivenReliability } from "../../src/compare/change.ts";
import type { TargetInfo } from "../../src/compare/compute.ts";
import type { Person, Wave } from "../../src/compare/wave.ts";

export const TARGETS: TargetInfo[] = [
  { id: "calm", kind: "dimension", parent: null, bands: ["low", "middle", "high"] },
  { id: "breath", kind: "facet", parent: "calm", bands: ["low", "middle", "high"] },
];

const bandOf = (p: number) => (p < 40 ? "low" : p < 70 ? "middle" : "high");

export function person(
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

export const wave = (file: string, people: Person[]): Wave => ({
  file,
  questionnaire: { id: "equipe", version: "2" },
  people,
});

export const declared = (value: number): GivenReliability => ({ value, source: "declared" });

export const options = {
  minGroup: 3,
  unpaired: false,
  grouped: false,
  reliability: new Map<string, GivenReliability>(),
};
