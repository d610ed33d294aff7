// Test cases may pin a dimension's score, sum, mean or percent, exactly or within a
// tolerance: `reflet test` names the figure, what was expected and what came out.

import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runCase } from "../../src/engine/testcases.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { TestCase } from "../../src/model/types.ts";
import { runCli } from "../cli/in-process.ts";
import { folderWith } from "../security/helpers.ts";
import { CALM, loadWith } from "./load.ts";

// c1 4, c2 2 (keyed 4), c3 5: sum 13, mean 13/3, percent (13 − 3) / 12 · 100 = 83.33…
const answers = { c1: 4, c2: 2, c3: 5 };
const model = loadWith(CALM);
const mismatches = (scores: NonNullable<TestCase["expect"]["scores"]>) =>
  runCase(model, { name: "pinned", answers, expect: { scores } }, 0).mismatches;

describe("pinned figures", () => {
  it("hold when exact, or within their tolerance", async () => {
    expect(
      mismatches({
        calm: {
          sum: 13,
          mean: { value: 4.33, tolerance: 0.01 },
          percent: { value: 83.3, tolerance: 0.05 },
        },
      }),
    ).toEqual([]);
  });

  it("fail outside the tolerance, naming the figure, the expected value and the value got", async () => {
    expect(mismatches({ calm: { score: 4, percent: { value: 80, tolerance: 1 } } })).toEqual([
      { kind: "figure", target: "calm", figure: "score", expected: 4, tolerance: 0, got: 13 / 3 },
      {
        kind: "figure",
        target: "calm",
        figure: "percent",
        expected: 80,
        tolerance: 1,
        got: 250 / 3,
      },
    ]);
  });

  it("fail when the dimension has too few answers for a figure", async () => {
    const m = runCase(
      model,
      { name: "few", answers: { c1: 4 }, expect: { scores: { calm: { mean: 4 } } } },
      0,
    );
    expect(m.mismatches).toEqual([
      { kind: "figure", target: "calm", figure: "mean", expected: 4, tolerance: 0, got: null },
    ]);
  });
});

const HEADER = `id: pins
version: 1
languages: [en]
title: Pins
scales:
  agree5:
    points: [{value: 1, label: a}, {value: 2, label: b}, {value: 3, label: c}, {value: 4, label: d}, {value: 5, label: e}]
dimensions:
  - id: calm
    name: Calm
    bands: [{id: low, range: "[0, 50)", label: low}, {id: high, range: "[50, 100]", label: high}]
items:
  - {id: c1, type: likert, scale: agree5, dimension: calm, text: One.}
  - {id: c2, type: likert, scale: agree5, dimension: calm, reverse: true, text: Two.}
  - {id: c3, type: likert, scale: agree5, dimension: calm, text: Three.}
tests:
`;

describe("reflet test with pinned figures", () => {
  it("prints each failing figure, in English and French, and exits 1", async () => {
    const cases = stringify([
      {
        name: "right",
        answers,
        expect: { scores: { calm: { sum: 13, percent: { value: 83.33, tolerance: 0.01 } } } },
      },
      {
        name: "wrong",
        answers,
        expect: { scores: { calm: { mean: { value: 3.2, tolerance: 0.05 } } } },
      },
    ]);
    const dir = folderWith({ "pins.yaml": HEADER + cases });
    const en = await runCli(["test", "pins.yaml"], { cwd: dir });
    expect(en.code).toBe(1);
    expect(en.stdout).toContain("✓ pins.yaml: right");
    expect(en.stdout).toContain(`    mean of calm: expected 3.2 ± 0.05, got ${13 / 3}`);
    const fr = await runCli(["test", "pins.yaml"], { cwd: dir, env: { REFLET_LANG: "fr" } });
    expect(fr.stdout).toContain(`    moyenne de calm : attendu 3.2 ± 0.05, obtenu ${13 / 3}`);
  });

  it("a figure of an unknown dimension is a problem at its line and column", async () => {
    const text =
      HEADER + stringify([{ name: "x", answers, expect: { scores: { clam: { sum: 13 } } } }]);
    const outcome = checkQuestionnaire(text, "pins.yaml", "en");
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => [p.line, p.col, p.message])).toEqual([
      [24, 7, 'unknown dimension or facet "clam"'],
    ]);
  });
});
