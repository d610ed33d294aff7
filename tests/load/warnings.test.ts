// `reflet validate` warnings: each on a fixture of tests/fixtures/warnings/, at its line and
// column, in English and French; they keep exit 0 unless --strict.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import { runCli } from "../cli/in-process.ts";
import { root } from "../security/helpers.ts";

const dir = join(root, "tests/fixtures/warnings");
const validate = (name: string, extra: string[] = [], lang = "en") =>
  runCli(["validate", name, ...extra], { cwd: dir, env: { REFLET_LANG: lang } });

const CASES: [string, string, RegExp][] = [
  [
    "uncovered-band.yaml",
    "19:14",
    /band "middle" of "calm" has no text, and no advice rule or profile looks at it/,
  ],
  [
    "bandless-facet.yaml",
    "23:14",
    /facet "voice" has no bands: the bands of "calm" are on its sum/,
  ],
  [
    "weak-strength.yaml",
    "34:9",
    /profile "rock" names "calm", but people with "calm" in low can get it/,
  ],
  [
    "frequency-claim.yaml",
    "28:11",
    /advice "count" says "always", but its condition does not require an extreme band or answer/,
  ],
  [
    "frequency-not-quoted.yaml",
    "43:11",
    /advice "snap" says "rarely", but its condition does not require an extreme band or answer/,
  ],
  ["same-scene.yaml", "34:12", /scenario "s2" has the same scene as "s1" \(line 27\)/],
  [
    "option-lengths.yaml",
    "31:5",
    /the options of "s1" differ in length: the longest is 3\.83 times the shortest \(more than 2\), and the longest is the best-scoring one/,
  ],
];

describe("reflet validate warnings", () => {
  for (const [file, at, said] of CASES) {
    it(`${file}: one warning at ${at}, exit 0; exit 1 with --strict`, async () => {
      const r = await validate(file);
      expect(r.code).toBe(0);
      const lines = r.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^${file.replace(".", "\\.")}:${at}: warning: `));
      expect(lines[0]).toMatch(said);
      expect(r.stdout).toContain(`${file}: valid`);
      const strict = await validate(file, ["--strict"]);
      expect(strict.code).toBe(1);
      expect(strict.stderr).toBe(r.stderr);
      expect(strict.stdout).toBe("");
    });
  }

  it("a file without any gives none, even with --strict", async () => {
    const r = await validate("clean.yaml", ["--strict"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("none for a profile given only to people weak on the dimension it names, nor for a quoted answer", async () => {
    const r = await validate("claims-backed.yaml", ["--strict"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("are said in French", async () => {
    const r = await validate("same-scene.yaml", [], "fr");
    expect(r.stderr).toContain(
      "same-scene.yaml:34:12: attention : la mise en situation « s2 » a la même scène que « s1 » (ligne 27)",
    );
  });

  it("are in the JSON report, and make the file invalid with --strict", async () => {
    const r = await validate("uncovered-band.yaml", ["--json", "--strict"]);
    expect(r.code).toBe(1);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.valid).toBe(false);
    expect(file.warnings).toEqual([
      expect.objectContaining({
        line: 19,
        col: 14,
        message: expect.stringContaining("warning: band"),
      }),
    ]);
  });
});

describe("expectations in the file", () => {
  const text = (models: string) => `id: e
version: 1
languages: [en]
title: E
settings: {minItemsPerDimension: 1}
scales:
  s: {points: [{value: 1, label: a}, {value: 2, label: b}]}
dimensions:
  - {id: d, name: D, bands: [{id: all, range: "[0, 100]", label: all, text: All.}]}
items:
  - {id: i, type: likert, scale: s, dimension: d, text: I.}
profiles:
  - {id: everyone, name: E, text: E.}
expectations:
  models:
    ${models}
`;

  it("an unknown profile or model is reported where it is written", async () => {
    const bad = checkQuestionnaire(text("- {model: middle, profile: nobody}"), "e.yaml", "en");
    expect(bad.ok ? [] : bad.problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual([
      '16:32: unknown profile "nobody"',
    ]);
    const model = checkQuestionnaire(text("- {model: lazy, profile: everyone}"), "e.yaml", "en");
    expect(model.ok ? [] : model.problems.map((p) => `${p.line}:${p.col}`)).toEqual(["16:15"]);
  });
});
