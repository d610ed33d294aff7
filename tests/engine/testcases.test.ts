import { describe, expect, it } from "vitest";
import { caseAnswers, runCases } from "../../src/engine/testcases.ts";
import { CALM, loadWith } from "./load.ts";

const base = {
  ...CALM,
  quality: { straightLining: { minItems: 3, maxShare: 1 } },
  profiles: [
    { id: "steady", name: "Steady", text: "S.", when: { band: { calm: "high" } } },
    { id: "anyone", name: "Anyone", text: "A." },
  ],
  advice: [{ id: "breathe", when: { band: { calm: "low" } }, text: "Breathe." }],
};

const outcomes = (tests: unknown[]) =>
  runCases(loadWith({ ...base, tests })).map((o) => ({ name: o.name, mismatches: o.mismatches }));

describe("author test cases", () => {
  it("pass when bands, profile, advice and flags are as expected", () => {
    const got = outcomes([
      {
        name: "calm",
        answers: { c1: 5, c2: 1, c3: 4 },
        expect: { bands: { calm: "high" }, profile: "steady", noAdvice: ["breathe"], flags: [] },
      },
      {
        name: "tense",
        answers: { c1: 1, c2: 1, c3: 1 },
        expect: {
          bands: { calm: "low" },
          // A straight-lined sheet says too little for a profile: none is given.
          profile: null,
          advice: ["breathe"],
          flags: ["straight-lining"],
        },
      },
    ]);
    expect(got).toEqual([
      { name: "calm", mismatches: [] },
      { name: "tense", mismatches: [] },
    ]);
  });

  it("report each expectation that is not met, with what was expected and what came", () => {
    const [got] = outcomes([
      {
        name: "wrong",
        answers: { c1: 5, c2: 1, c3: 4 },
        expect: {
          bands: { calm: "low" },
          profile: "anyone",
          advice: ["breathe"],
          noAdvice: [],
          flags: ["straight-lining"],
        },
      },
    ]);
    expect(got?.mismatches).toEqual([
      { kind: "band", target: "calm", expected: "low", got: "high" },
      { kind: "profile", expected: "anyone", got: "steady" },
      { kind: "advice", id: "breathe", expected: "fires", fired: [] },
      { kind: "flags", expected: ["straight-lining"], got: [] },
    ]);
  });

  it("say `null` for a dimension with not enough answers", () => {
    const got = outcomes([
      { name: "ok", answers: { c1: 3 }, expect: { bands: { calm: null } } },
      { name: "not ok", answers: { c1: 3 }, expect: { bands: { calm: "low" } } },
    ]);
    expect(got[0]?.mismatches).toEqual([]);
    expect(got[1]?.mismatches).toEqual([
      { kind: "band", target: "calm", expected: "low", got: null },
    ]);
  });

  it("report advice that fires though it should not", () => {
    const [got] = outcomes([
      { name: "x", answers: { c1: 1, c2: 5, c3: 1 }, expect: { noAdvice: ["breathe"] } },
    ]);
    expect(got?.mismatches).toEqual([
      { kind: "advice", id: "breathe", expected: "silent", fired: ["breathe"] },
    ]);
  });

  it("fill every Likert item the case leaves out, its own answers first", () => {
    const m = loadWith({ ...base, items: [...CALM.items, { id: "n", type: "text", text: "?" }] });
    expect(caseAnswers(m, { name: "f", answers: { c2: 2 }, fill: 4, expect: {} })).toEqual({
      c1: 4,
      c2: 2,
      c3: 4,
    });
  });
});
