// Random and mutated answers files against real questionnaires: scored, or refused with
// problems at file:line:col; never an exception.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { score } from "../../src/engine/score.ts";
import { checkAnswersText } from "../../src/load/answers.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { Model } from "../../src/model/model.ts";
import { answersFor } from "./answers.ts";
import { budget, expectReported, fragment, mutated, runs, seedOptions, seeds } from "./helpers.ts";

const models: Model[] = seeds.map(({ name, text }) => {
  const outcome = checkQuestionnaire(text, name, "en");
  if (!outcome.ok) throw new Error(`${name} does not load: ${outcome.problems[0]?.message}`);
  return outcome.model;
});

/** A valid answers file for one of the models, as YAML or as JSON. */
const answersFile = fc
  .tuple(fc.nat({ max: models.length - 1 }), fc.nat(), fc.boolean())
  .map(([m, seed, json]) => {
    const model = models[m] as Model;
    const data = {
      questionnaire: model.id,
      participant: `p-${seed % 100}`,
      answers: answersFor(model, seed),
    };
    // The model by its index, so that a counterexample shows the answers, not the model.
    return { m, text: json ? JSON.stringify(data, null, 1) : stringify(data) };
  });

function check(model: Model, text: string): void {
  const outcome = checkAnswersText(text, "a.yaml", model, "en");
  if (!outcome.ok) {
    expectReported(outcome.problems, "a.yaml", text);
    return;
  }
  const result = score(model, outcome.value.answers, { participant: outcome.value.participant });
  expect(result.questionnaire.id).toBe(model.id);
  for (const d of [...result.dimensions, ...result.dimensions.flatMap((x) => x.facets)]) {
    if (d.percent !== null) expect(d.percent, `percent of ${d.id}`).toBeGreaterThanOrEqual(0);
    if (d.percent !== null) expect(d.percent, `percent of ${d.id}`).toBeLessThanOrEqual(100);
  }
}

describe("fuzzing answers files", () => {
  it(
    "a valid answers file always scores",
    () => {
      fc.assert(
        fc.property(answersFile, ({ m, text }) => {
          const model = models[m] as Model;
          expect(checkAnswersText(text, "a.yaml", model, "en").ok).toBe(true);
          check(model, text);
        }),
        { numRuns: runs(200), ...seedOptions() },
      );
    },
    budget(200, 10_000),
  );

  it(
    "a mutated answers file scores or is refused with positions",
    () => {
      fc.assert(
        fc.property(
          answersFile.chain(({ m, text }) =>
            mutated([text]).map((mutatedText) => ({ m, text: mutatedText })),
          ),
          ({ m, text }) => check(models[m] as Model, text),
        ),
        { numRuns: runs(500), ...seedOptions() },
      );
    },
    budget(500, 15_000),
  );

  it(
    "answers of any type and value for any item are scored or refused",
    () => {
      const value = fc.oneof(
        fragment,
        fc.integer({ min: -5, max: 12 }),
        fc.double(),
        fc.array(fc.oneof(fragment, fc.constantFrom("a", "b", "c", "d")), { maxLength: 6 }),
        fc.constantFrom(null, true, {}, [], ""),
      );
      fc.assert(
        fc.property(
          fc.nat({ max: models.length - 1 }),
          fc.array(fc.tuple(fc.nat(), value), { maxLength: 30 }),
          (m, pairs) => {
            const model = models[m] as Model;
            const answers: Record<string, unknown> = {};
            for (const [i, v] of pairs) answers[model.items[i % model.items.length]!.id] = v;
            check(model, stringify({ questionnaire: model.id, answers }));
          },
        ),
        { numRuns: runs(500), ...seedOptions() },
      );
    },
    budget(500, 15_000),
  );
});
