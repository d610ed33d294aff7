// The compiled scorer's specialised loop (engine/compiled/plain.ts) for questionnaires of
// unconditional Likert items only: it scores every sheet whose answers are on their scales,
// complete or not, and leaves every other to the general loop; either way the result, and
// what the outputs read, are score()'s to the byte, sheet after sheet through one scorer
// (straight-lined, middle, incomplete and rough sheets included). Questionnaires with item
// conditions or other kinds of items never take it, and still give score()'s result.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compiledPlan, compileScorer, sheetScorer } from "../../src/engine/compiled/index.ts";
import { scorePlain } from "../../src/engine/compiled/plain.ts";
import { newScores, valuesOf } from "../../src/engine/compiled/row.ts";
import { score } from "../../src/engine/score.ts";
import { recordTargets, resultSheet, type ScoredSheet } from "../../src/engine/sheet.ts";
import type { Model } from "../../src/model/model.ts";
import type { Answers } from "../../src/model/types.ts";
import { cases, plainCases } from "./cases.ts";

/** What the outputs read of a sheet. */
function seen(s: ScoredSheet) {
  const targets = s.targets.map((_, t) => [s.status(t), s.score(t), s.percent(t), s.band(t)]);
  return { targets, flags: s.flags, low: s.lowInformation, n: [s.answered, s.shown] };
}

/** Every answer given a value of its item's scale: what the specialised loop takes. */
function onScales(model: Model, answers: Answers): boolean {
  return model.items.every((item) => {
    const a = answers[item.id];
    if (a === undefined) return true;
    return item.type === "likert" && model.scales.get(item.scale)?.values.includes(a as number);
  });
}

const complete = (model: Model, answers: Answers) =>
  onScales(model, answers) && model.items.every((item) => answers[item.id] !== undefined);

describe("the compiled scorer's loop for unconditional Likert questionnaires", () => {
  it("scores the sheets on their scales itself and gives score()'s result for every sheet", () => {
    let taken = 0;
    let gaps = 0;
    let left = 0;
    fc.assert(
      fc.property(plainCases, ({ model, sheets }) => {
        const c = compiledPlan(model);
        const plain = c?.plain;
        expect(plain).toBeTruthy();
        if (!c || !plain) return;
        const scorer = compileScorer(model);
        const sheetOf = sheetScorer(model);
        const out = newScores(c);
        for (const answers of sheets) {
          const took = scorePlain(c, plain, valuesOf(c, answers), out);
          expect(took).toBe(onScales(model, answers));
          if (!took) left++;
          else if (complete(model, answers)) taken++;
          else gaps++;
          const expected = score(model, answers, { participant: "p1" });
          const view = seen(sheetOf({ answers }, "p1"));
          expect(view).toEqual(seen(resultSheet(model, expected, recordTargets(model))));
          const actual = scorer(answers, { participant: "p1" });
          expect(actual).toStrictEqual(expected);
          expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
        }
      }),
      { numRuns: 400 },
    );
    // Both loops were exercised.
    expect(taken).toBeGreaterThan(100);
    expect(gaps).toBeGreaterThan(50);
    expect(left).toBeGreaterThan(50);
  });

  it("raises the straight-lining flag and low-information reasons as score() does", () => {
    let flagged = 0;
    let middle = 0;
    fc.assert(
      fc.property(plainCases, ({ model, sheets }) => {
        const scorer = compileScorer(model);
        for (const answers of sheets) {
          const r = scorer(answers);
          const expected = score(model, answers);
          expect(r.flags).toEqual(expected.flags);
          expect(r.lowInformation).toEqual(expected.lowInformation);
          if (complete(model, answers) && r.flags.some((f) => f.kind === "straight-lining"))
            flagged++;
          if (complete(model, answers) && r.lowInformation?.reasons.includes("middle")) middle++;
        }
      }),
      { numRuns: 300 },
    );
    expect(flagged).toBeGreaterThan(20);
    expect(middle).toBeGreaterThan(5);
  });

  it("is never taken with item conditions or other kinds of items, which still give score()'s result", () => {
    let outside = 0;
    fc.assert(
      fc.property(cases, ({ model, answers }) => {
        const c = compiledPlan(model);
        const special =
          model.items.every((item) => item.type === "likert") &&
          model.items.every((item) => item.when === undefined);
        expect(c?.plain !== null).toBe(special);
        if (!special) outside++;
        expect(JSON.stringify(compileScorer(model)(answers))).toBe(
          JSON.stringify(score(model, answers)),
        );
      }),
      { numRuns: 200 },
    );
    expect(outside).toBeGreaterThan(100);
  });
});
