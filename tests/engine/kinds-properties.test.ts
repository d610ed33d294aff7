// Properties of "does not apply" and best–worst items on random questionnaires: an item
// answered na scores as if it were not in the file; every percent stays within 0-100; and
// the batch's compiled scorer, which hands such questionnaires to score(), gives its result.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compiledPlan, compileScorer } from "../../src/engine/compiled/index.ts";
import { score } from "../../src/engine/score.ts";
import type { DimensionResult } from "../../src/engine/types.ts";
import { build, caseArb } from "./arbitraries.ts";

const withKinds = caseArb({ kinds: true });

/** The numbers of each dimension and facet, without the list of contributions. */
const figures = (dims: DimensionResult[]) =>
  dims.flatMap((d) => [d, ...d.facets]).map((t) => ({ ...t, contributions: [], facets: [] }));

describe("does not apply and best–worst items, on random questionnaires", () => {
  it("score an item answered na as if the item were not in the file", () => {
    fc.assert(
      fc.property(withKinds, ({ file, model, answers }) => {
        const na = Object.keys(answers).filter((id) => answers[id] === "na");
        const result = score(model, answers);
        expect(result.notApplicable.sort()).toEqual([...na].sort());
        const without = build({ ...file, items: file.items.filter((i) => !na.includes(i.id)) });
        const rest = Object.fromEntries(Object.entries(answers).filter(([id]) => !na.includes(id)));
        expect(figures(result.dimensions)).toEqual(figures(score(without, rest).dimensions));
        expect(result.answered).toBe(Object.keys(answers).length);
      }),
      { numRuns: 300 },
    );
  });

  it("keep every percent within 0-100", () => {
    fc.assert(
      fc.property(withKinds, ({ model, answers }) => {
        for (const t of score(model, answers).dimensions.flatMap((d) => [d, ...d.facets])) {
          if (t.percent === null) continue;
          expect(t.percent).toBeGreaterThanOrEqual(0);
          expect(t.percent).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("give the same result through the compiled scorer, which leaves them to score()", () => {
    fc.assert(
      fc.property(withKinds, ({ model, answers }) => {
        const uses =
          model.notApplicable.size > 0 || model.items.some((i) => i.type === "best-worst");
        if (uses) expect(compiledPlan(model)).toBeNull();
        const actual = compileScorer(model)(answers, { participant: "p1" });
        expect(JSON.stringify(actual)).toBe(
          JSON.stringify(score(model, answers, { participant: "p1" })),
        );
      }),
      { numRuns: 200 },
    );
  });
});
