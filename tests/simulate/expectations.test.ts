// Expectations on a simulation: a plain share applies to uniform (and its contexts), a
// listed one to its models; problems found by per-respondent checks always fail.
import { describe, expect, it } from "vitest";
import type { Model } from "../../src/model/model.ts";
import { checkExpectations } from "../../src/simulate/expectations.ts";
import { simulate } from "../../src/simulate/simulate.ts";
import { loadWith } from "../engine/load.ts";

const model = (expectations: object): Model =>
  loadWith({
    settings: { minItemsPerDimension: 1 },
    dimensions: [{ id: "calm", name: "Calm", bands: "levels" }],
    items: [{ id: "c1", type: "likert", scale: "agree5", dimension: "calm", text: "One." }],
    profiles: [
      { id: "steady", name: "S", text: "S.", when: { band: { calm: "high" } } },
      { id: "everyone", name: "E", text: "E." },
    ],
    expectations,
  });

describe("checkExpectations", () => {
  it("a plain share is checked under uniform answers only", () => {
    const m = model({ maxFallbackShare: 0.7 });
    // middle gives everyone the fallback, but the limit is about uniform answers.
    const report = simulate(m, { respondents: 200, models: ["uniform", "middle"] });
    expect(checkExpectations(m, report)).toEqual([]);
  });

  it("a share with models is checked under each of them", () => {
    const m = model({ maxFallbackShare: { share: 0.7, models: ["middle"] } });
    const report = simulate(m, { respondents: 200, models: ["uniform", "middle"] });
    expect(checkExpectations(m, report)).toEqual([
      { kind: "maxFallbackShare", run: "middle", profile: "everyone", share: 1, limit: 0.7 },
    ]);
  });

  it("expectations on models not simulated are left out", () => {
    const m = model({ models: [{ model: "straight", profile: "steady" }] });
    expect(checkExpectations(m, simulate(m, { respondents: 50, models: ["middle"] }))).toEqual([]);
  });

  it("a model expected to say too little fails for the sheets that say enough", () => {
    const many = loadWith({
      settings: { minItemsPerDimension: 1 },
      dimensions: [{ id: "calm", name: "Calm", bands: "levels" }],
      items: Array.from({ length: 8 }, (_, i) => ({
        id: `c${i}`,
        type: "likert",
        scale: "agree5",
        dimension: "calm",
        text: `Item ${i}.`,
      })),
      expectations: {
        models: [
          { model: "middle", lowInformation: true },
          { model: "desirable", lowInformation: true },
        ],
      },
    });
    const report = simulate(many, { respondents: 100, models: ["middle", "desirable"] });
    const [middle, desirable] = report.runs;
    expect(middle?.lowInformation).toBe(1);
    expect(desirable?.lowInformation).toBeLessThan(1);
    expect(checkExpectations(many, report)).toEqual([
      { kind: "modelLowInformation", run: "desirable", share: desirable?.lowInformation },
    ]);
  });

  it("every problem a per-respondent check finds fails, with its count", () => {
    const m = model({});
    const steadyGiven = (r: { profile: { id: string } | null }) =>
      r.profile?.id === "steady" ? ["steady given"] : [];
    const report = simulate(m, { respondents: 100, models: ["desirable"], checks: [steadyGiven] });
    expect(checkExpectations(m, report)).toEqual([
      { kind: "violation", run: "desirable", check: "steady given", count: 100, respondents: 100 },
    ]);
  });
});
