// Schema problems say what was found, what is allowed there, and the nearest allowed key
// or value when one was probably meant.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/i18n/lang.ts";
import { checkAnswersText } from "../../src/load/answers.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import { closest } from "../../src/load/semantic/closest.ts";
import { root } from "../security/helpers.ts";

const mini = readFileSync(join(root, "tests/fixtures/mini.yaml"), "utf8");

function said(text: string, lang: Lang = "en") {
  const outcome = checkQuestionnaire(text, "q.yaml", lang);
  if (outcome.ok) throw new Error("expected problems");
  return outcome.problems.map(({ line, col, message, hint }) => ({ line, col, message, hint }));
}

describe("schema problems", () => {
  it("a misspelt key suggests the key that was meant, and is not also reported missing", () => {
    const text = mini.replace("\ntitle:", "\ntitel:");
    expect(said(text)).toEqual([
      { line: 5, col: 1, message: 'unknown key "titel"', hint: "did you mean title?" },
    ]);
  });

  it("an unknown key far from any allowed one lists the keys allowed there", () => {
    const text = mini.replace("minutes: 2", "minutes: 2\ncolour: blue");
    expect(said(text)[0]?.hint).toMatch(/^allowed here: id, version, languages, title/);
  });

  it("a missing key is reported on the mapping that should hold it", () => {
    const text = mini.replace(
      "  - {id: c3, type: likert, scale: agree5,",
      "  - {id: c3, type: likert,",
    );
    expect(said(text)).toEqual([
      { line: 27, col: 5, message: 'items.2: missing "scale"', hint: "add it" },
    ]);
  });

  it("a value of the wrong kind says what was found", () => {
    const text = mini.replace("minutes: 2", "minutes: [2]");
    expect(said(text)[0]?.message).toBe("minutes: expected a number, found a list");
  });

  it("an item type that does not exist lists the types and suggests the nearest", () => {
    const text = mini.replace("{id: c1, type: likert", "{id: c1, type: likret");
    expect(said(text)[0]).toMatchObject({
      message:
        'items.0.type: "likret" is not one of likert, choice, scenario, multi, text, best-worst',
      hint: "did you mean likert?",
    });
  });

  it("a per-language text keyed by something that is not a language code points at the key", () => {
    const text = mini.replace(
      "title: {fr: Mini questionnaire,",
      "title: {french: Mini questionnaire,",
    );
    expect(said(text)).toEqual([
      {
        line: 5,
        col: 9,
        message: 'title: "french" is not a language code',
        hint: "write codes such as fr, en or fr-CA",
      },
    ]);
  });

  it("an empty text asks for something to be written", () => {
    const text = mini.replace("text: {fr: Une réflexion ?, en: A thought?}", 'text: ""');
    expect(said(text)[0]?.message).toBe("items.4.text: empty text");
  });

  it("a condition with two tests names them and says how to combine them", () => {
    const text = mini.replace("when: {band: {calm: low}}", "when: {band: {calm: low}, flag: p}");
    expect(said(text)[0]).toMatchObject({
      message: "advice.0.when: a condition has one test, this one has 2: band, flag",
      hint: "combine several tests with all: [...] or any: [...]",
    });
  });

  it("says it all in French too", () => {
    const text = mini.replace("\ntitle:", "\ntitel:").replace("minutes: 2", "minutes: deux");
    expect(said(text, "fr")).toEqual([
      { line: 5, col: 1, message: "clé inconnue « titel »", hint: "vouliez-vous dire title ?" },
      {
        line: 6,
        col: 10,
        message: 'minutes : attendu : un nombre ; trouvé : "deux"',
        hint: undefined,
      },
    ]);
  });
});

describe("answers files", () => {
  it("a misspelt key of an answers file suggests the key that was meant", () => {
    const outcome = checkQuestionnaire(mini, "mini.yaml", "en");
    if (!outcome.ok) throw new Error("mini is valid");
    const loaded = checkAnswersText(
      "questionnaire: mini\nanswer:\n  c1: 5\n",
      "a.yaml",
      outcome.model,
      "en",
    );
    expect(loaded.ok ? [] : loaded.problems.map((p) => [p.line, p.col, p.message, p.hint])).toEqual(
      [[2, 1, 'unknown key "answer"', "did you mean answers?"]],
    );
  });
});

describe("closest", () => {
  it("finds a word one slip away, and nothing when every candidate is far", () => {
    expect(closest("dimensoin", ["dimension", "facet"])).toBe("dimension");
    expect(closest("Band", ["band", "bands"])).toBe("band");
    expect(closest("colour", ["id", "title", "items"])).toBeUndefined();
  });
});
