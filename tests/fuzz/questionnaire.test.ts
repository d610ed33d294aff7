// Random and mutated questionnaires into the loader, then the scorer and the renderers:
// the only outcomes allowed are a result or reported problems, never an exception.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import { parseYaml } from "../../src/load/yaml-library.ts";
import type { Model } from "../../src/model/model.ts";
import { renderProfile } from "../../src/render/profile/render.ts";
import { makeColour } from "../../src/term/colour.ts";
import { UNSAFE_FOR_BLOCKS } from "../security/helpers.ts";
import { answersFor } from "./answers.ts";
import { budget, expectReported, mutated, reshaped, runs, seedOptions, seeds } from "./helpers.ts";

const colour = makeColour({ isTTY: false, env: {} });

/** Scores `model` with answers drawn from `pick` and renders every format. */
function scoreAndRender(model: Model, pick: number): void {
  const result = score(model, answersFor(model, pick), { participant: "p-1" });
  for (const d of [...result.dimensions, ...result.dimensions.flatMap((x) => x.facets)]) {
    if (d.percent !== null) expect(d.percent, `percent of ${d.id}`).toBeGreaterThanOrEqual(0);
    if (d.percent !== null) expect(d.percent, `percent of ${d.id}`).toBeLessThanOrEqual(100);
  }
  for (const format of ["text", "markdown", "json"] as const) {
    const out = renderProfile(model, result, format, {
      lang: "en",
      colour,
      outColumns: undefined,
    });
    expect(out).not.toMatch(UNSAFE_FOR_BLOCKS);
  }
}

function check(text: string, pick: number): void {
  const outcome = checkQuestionnaire(text, "q.yaml", "en");
  if (outcome.ok) scoreAndRender(outcome.model, pick);
  else expectReported(outcome.problems, "q.yaml", text);
}

describe("fuzzing the questionnaire loader", () => {
  it(
    "a mutated mini questionnaire gives a model that scores, or problems at file:line:col",
    () => {
      fc.assert(fc.property(mutated([seeds[0]!.text]), fc.nat(), check), {
        numRuns: runs(400),
        ...seedOptions(),
      });
    },
    budget(400, 15_000),
  );

  it(
    "a mini questionnaire with values replaced, deleted or copied gives a model that scores, or problems",
    () => {
      fc.assert(fc.property(reshaped([seeds[0]!.text]), fc.nat(), check), {
        numRuns: runs(400),
        ...seedOptions(),
      });
    },
    budget(400, 15_000),
  );

  it(
    "a built-in questionnaire with values replaced, deleted or copied gives a model that scores, or problems",
    () => {
      fc.assert(fc.property(reshaped(seeds.slice(1).map((s) => s.text)), fc.nat(), check), {
        numRuns: runs(40),
        ...seedOptions(),
      });
    },
    budget(40, 15_000),
  );

  it(
    "a mutated built-in questionnaire gives a model that scores, or problems",
    () => {
      fc.assert(fc.property(mutated(seeds.slice(1).map((s) => s.text)), fc.nat(), check), {
        numRuns: runs(40),
        ...seedOptions(),
      });
    },
    budget(40, 15_000),
  );

  it(
    "any text at all is read as YAML or refused with positions",
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
          const outcome = parseYaml(text, "any.yaml", "en");
          if (!outcome.ok) expectReported(outcome.problems, "any.yaml", text);
          check(text, 0);
        }),
        { numRuns: runs(1000), ...seedOptions() },
      );
    },
    budget(1000, 10_000),
  );
});
