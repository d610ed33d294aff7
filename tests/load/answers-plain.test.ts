// The short way for JSON answers files (src/load/answers-plain.ts) says "these answers" only
// where the full way (YAML reader, schema, answer checks) gives the very same answers, and
// leaves every problem, with its position, to the full way.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAnswers } from "../../src/engine/answers.ts";
import { checkAnswersText } from "../../src/load/answers.ts";
import { loadAnswersText, plainAnswers } from "../../src/load/answers-plain.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { Model } from "../../src/model/model.ts";
import { answersFor } from "../fuzz/answers.ts";
import { mutated, runs, seeds } from "../fuzz/helpers.ts";

const models: Model[] = seeds.map(({ name, text }) => {
  const outcome = checkQuestionnaire(text, name, "en");
  if (!outcome.ok) throw new Error(`${name} does not load`);
  return outcome.model;
});

/** Ways a person or a script writes JSON: compact, indented, with Windows line ends. */
const layout = fc.constantFrom(
  (v: unknown) => JSON.stringify(v),
  (v: unknown) => JSON.stringify(v, null, 2),
  (v: unknown) => `${JSON.stringify(v, null, 4)}\n`,
  (v: unknown) => JSON.stringify(v, null, 2).replaceAll("\n", "\r\n"),
  (v: unknown) => JSON.stringify(v, null, "\t"),
);

/** Answers files for the models: valid ones, and ones with wrong answers, fields or values. */
const answersData = fc
  .record({
    m: fc.nat({ max: models.length - 1 }),
    seed: fc.nat(),
    junk: fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })), { maxLength: 3 }),
    extra: fc.option(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 }))),
    participant: fc.option(fc.oneof(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 0 }))),
    otherId: fc.boolean(),
  })
  .map(({ m, seed, junk, extra, participant, otherId }) => {
    const model = models[m] as Model;
    const answers: Record<string, unknown> = { ...answersFor(model, seed) };
    for (const [n, value] of junk) answers[model.items[n % model.items.length]?.id ?? "x"] = value;
    const data: Record<string, unknown> = {
      questionnaire: otherId ? `${model.id}-other` : model.id,
      ...(participant === null ? {} : { participant }),
      answers,
      ...(extra ?? {}),
    };
    return { m, data };
  });

function expectSameAsFull(model: Model, text: string): void {
  const full = checkAnswersText(text, "a.json", model, "en");
  const plain = plainAnswers(text, model);
  if (plain !== null) {
    expect(full.ok, "the full way refuses what the short way took").toBe(true);
    if (full.ok) expect(plain).toEqual(full.value);
  }
  if (!full.ok) expect(plain).toBeNull();
}

describe("the short way for JSON answers files", () => {
  it("gives the full way's answers, or leaves the file to it", () => {
    fc.assert(
      fc.property(answersData, layout, ({ m, data }, write) => {
        expectSameAsFull(models[m] as Model, write(data));
      }),
      { numRuns: runs(300) },
    );
  });

  it("takes every valid file that JSON.stringify writes, whatever the layout", () => {
    fc.assert(
      fc.property(fc.nat({ max: models.length - 1 }), fc.nat(), layout, (m, seed, write) => {
        const model = models[m] as Model;
        // Only accepted answers: the drawn ones an item refuses are left out.
        const answers = { ...answersFor(model, seed) };
        for (const p of checkAnswers(model, answers)) delete answers[p.item];
        const data = { questionnaire: model.id, participant: "p-1", answers };
        const text = write(data);
        const full = checkAnswersText(text, "a.json", model, "en");
        expect(full.ok).toBe(true);
        // Tabs are left to the full way: YAML does not read them everywhere JSON does.
        const expected = text.includes("\t") || !full.ok ? null : full.value;
        expect(plainAnswers(text, model)).toEqual(expected);
      }),
      { numRuns: runs(100) },
    );
  });

  it("gives the full way's answers on mutated JSON texts too", () => {
    const model = models[0] as Model;
    const texts = [0, 1, 2].map((seed) =>
      JSON.stringify({ questionnaire: model.id, answers: answersFor(model, seed) }, null, 1),
    );
    fc.assert(
      fc.property(mutated(texts), (text) => expectSameAsFull(model, text)),
      { numRuns: runs(300) },
    );
  });

  const model = models[0] as Model;
  const item = model.items.find((i) => i.type === "likert");
  const good = model.scales.get(item?.type === "likert" ? item.scale : "")?.values[0];
  const cases: [string, string][] = [
    [
      "a duplicate key",
      `{"questionnaire":"${model.id}","answers":{"${item?.id}":${good},"${item?.id}":${good}}}`,
    ],
    ["a __proto__ item", `{"questionnaire":"${model.id}","answers":{"__proto__":${good}}}`],
    [
      "a number written another way",
      `{"questionnaire":"${model.id}","answers":{"${item?.id}":${good}.0}}`,
    ],
    ["an escaped letter", `{"questionnaire":"${model.id}","participant":"\\u0061","answers":{}}`],
    ["an infinite number", `{"questionnaire":"${model.id}","answers":{"${item?.id}":1e999}}`],
    ["an unknown item", `{"questionnaire":"${model.id}","answers":{"no-such-item":1}}`],
    ["another questionnaire", `{"questionnaire":"other","answers":{}}`],
    ["a null participant", `{"questionnaire":"${model.id}","participant":null,"answers":{}}`],
    [
      "an answer nested 100,000 levels deep",
      `{"questionnaire":"${model.id}","answers":{"${item?.id}":${"[".repeat(100_000)}${"]".repeat(100_000)}}}`,
    ],
  ];
  for (const [what, text] of cases) {
    it(`leaves ${what} to the full way, which says where`, async () => {
      expect(plainAnswers(text, model)).toBeNull();
      const outcome = await loadAnswersText(text, "a.json", model, "en");
      expect(outcome).toEqual(checkAnswersText(text, "a.json", model, "en"));
      if (outcome.ok) return;
      for (const p of outcome.problems) expect(p.line).toBeGreaterThanOrEqual(1);
    });
  }

  it("is the way a plain JSON file takes", async () => {
    const text = JSON.stringify({ questionnaire: model.id, answers: { [item?.id ?? ""]: good } });
    expect(plainAnswers(text, model)).toEqual({
      participant: null,
      lang: null,
      answers: { [item?.id ?? ""]: good },
    });
  });
});
