// The compiled scorer gives exactly score()'s result: same numbers to the last bit, same
// bands, flags, profile, advice and explanations, in the same order, on random
// questionnaires (conditions, rules and quality checks included) and random answer sheets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compiledPlan, compileScorer } from "../../src/engine/compiled/index.ts";
import { score } from "../../src/engine/score.ts";
import { caseArb } from "../engine/arbitraries.ts";
import { cases } from "./cases.ts";

describe("the compiled scorer", () => {
  it("gives score()'s result on whole-number questionnaires, byte for byte", () => {
    fc.assert(
      fc.property(cases, ({ model, answers }) => {
        expect(compiledPlan(model)).not.toBeNull();
        const expected = score(model, answers, { participant: "p1" });
        const actual = compileScorer(model)(answers, { participant: "p1" });
        expect(actual).toStrictEqual(expected);
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 400 },
    );
  });

  it("falls back to score() when weights or points are decimals", () => {
    fc.assert(
      fc.property(caseArb(), ({ model, answers }) => {
        const actual = compileScorer(model)(answers);
        expect(JSON.stringify(actual)).toBe(JSON.stringify(score(model, answers)));
      }),
      { numRuns: 200 },
    );
  });

  it("is reused across answer sheets without carrying anything from one to the next", () => {
    fc.assert(
      fc.property(
        cases,
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 3 }),
        ({ model, answers }, drops) => {
          const scorer = compileScorer(model);
          const ids = Object.keys(answers);
          for (const n of drops) {
            const sheet = Object.fromEntries(
              Object.entries(answers).filter(([id]) => id !== ids[n]),
            );
            expect(JSON.stringify(scorer(sheet))).toBe(JSON.stringify(score(model, sheet)));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
