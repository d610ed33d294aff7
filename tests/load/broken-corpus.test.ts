// Every broken questionnaire in tests/fixtures/broken is reported at the offending node,
// with every problem of the file at once, by the loader and by the built binary.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import { runCli } from "../cli/in-process.ts";
import { root } from "../security/helpers.ts";

const DIR = join(root, "tests/fixtures/broken");

/** File → each problem expected, in order: line, column, a fragment of the message. */
const CORPUS: [string, [number, number, string][]][] = [
  // YAML
  ["yaml-unclosed-bracket", [[24, 3, "YAML syntax error"]]],
  [
    "yaml-bad-indent",
    [
      [15, 9, "YAML syntax error"],
      [15, 9, "YAML syntax error"],
    ],
  ],
  ["yaml-duplicate-key", [[6, 1, 'key "title" is already on line 5']]],
  ["yaml-tag", [[5, 8, "YAML tags are not allowed"]]],
  [
    "yaml-unclosed-quote",
    [
      [19, 54, "YAML syntax error"],
      [20, 7, "YAML syntax error"],
    ],
  ],
  // Schema
  ["schema-missing-key", [[23, 5, 'items.1: missing "scale"']]],
  ["schema-unknown-key", [[24, 43, 'items.2: unknown key "dimensoin"']]],
  ["schema-wrong-type", [[6, 10, 'minutes: expected a number, found "ten"']]],
  ["schema-item-type", [[22, 20, '"likret" is not one of likert, choice, scenario, multi, text']]],
  ["schema-range-format", [[19, 29, '"40-70" is not a range']]],
  [
    "schema-condition-two-tests",
    [[27, 11, "a condition has one test, this one has 2: band, percent"]],
  ],
  ["schema-condition-misspelt", [[27, 12, 'unknown key "bands"']]],
  [
    "schema-text-number",
    [[5, 8, "title: expected a text (a plain string, or one string per language"]],
  ],
  ["schema-language-key", [[5, 9, '"english" is not a language code']]],
  ["schema-enum", [[17, 16, '"average" is not one of sum, mean']]],
  // Duplicates
  ["duplicate-item-id", [[24, 10, 'duplicate item id "c1" (first at line 22)']]],
  ["duplicate-target-id", [[18, 14, 'duplicate dimension or facet id "calm" (first at line 15)']]],
  ["duplicate-option-value", [[30, 17, 'value "a" appears twice (first at line 29)']]],
  ["duplicate-band-id", [[19, 14, 'duplicate band id "low" (first at line 18)']]],
  ["duplicate-advice-id", [[29, 9, 'duplicate advice id "breathe" (first at line 26)']]],
  ["duplicate-profile-id", [[31, 10, 'duplicate profile id "steady" (first at line 30)']]],
  ["duplicate-pair-id", [[32, 12, 'duplicate pair id "p1" (first at line 31)']]],
  ["duplicate-scale-value", [[12, 17, "value 3 appears twice (first at line 11)"]]],
  // References
  ["unknown-scale", [[23, 35, 'unknown scale "agree7"']]],
  [
    "unknown-dimension",
    [
      [15, 9, 'dimension "calm" has 2 items, fewer than 3'],
      [23, 54, 'unknown dimension "clam"'],
    ],
  ],
  ["unknown-facet", [[23, 67, 'unknown facet "patience"']]],
  ["unknown-band-set", [[17, 12, 'unknown band set "three-levels"']]],
  ["unknown-score-target", [[31, 51, 'unknown dimension or facet "patience"']]],
  ["facet-and-dimension", [[31, 48, 'scores facet "breath" and its own dimension "calm"']]],
  ["unknown-band-text", [[24, 7, '"calm" has no band "top"']]],
  ["pair-not-likert", [[32, 28, 'item "note" is not a Likert item']]],
  [
    "pair-scales-differ",
    [[37, 28, '"c1" (scale agree5) and "c3" (scale agree4) are on different scales']],
  ],
  ["pair-unknown-item", [[31, 28, 'unknown item "c9"']]],
  ["condition-unknown-band", [[27, 25, '"calm" has no band "lowest"']]],
  ["condition-unknown-target", [[27, 22, 'unknown dimension or facet "patience"']]],
  ["condition-unknown-item", [[27, 21, 'unknown item "c9"']]],
  ["condition-unknown-flag", [[27, 18, 'unknown flag "straightlining"']]],
  ["condition-text-answer", [[28, 21, 'item "note" is free text']]],
  ["condition-comparison-on-choice", [[33, 21, "a numeric comparison never holds"]]],
  // Bands
  ["band-gap", [[19, 29, 'no band of "calm" covers 40 (its values run over [0, 100])']]],
  ["band-overlap", [[19, 29, 'bands "low" and "middle" overlap on 40']]],
  ["band-gap-end", [[20, 27, 'no band of "calm" covers 100']]],
  ["band-gap-mean", [[19, 26, 'no band of "calm" covers [1, 1.5) (its values run over [1, 5])']]],
  ["band-gap-sum", [[21, 29, 'no band of "calm" covers (8, 9) (its values run over [3, 15])']]],
  [
    "band-out-of-reach",
    [[21, 27, 'band "high" is out of reach: the values of "calm" run over [1, 5]']],
  ],
  [
    "band-empty-range",
    [
      [19, 29, "range [70, 40) is empty"],
      [20, 27, 'no band of "calm" covers [40, 70)'],
    ],
  ],
  // Languages
  ["missing-language", [[24, 66, 'items.2.text: no "en" text']]],
  ["undeclared-language", [[5, 21, '"de" is not one of the declared languages (en)']]],
  // A text written as a described copy of Text (a scenario's scene) is a text all the same.
  ["undeclared-language-scene", [[31, 56, '"de" is not one of the declared languages (fr, en)']]],
  // Sizes
  ["too-few-items", [[15, 9, 'dimension "calm" has 2 items, fewer than 3']]],
  ["facet-too-few", [[18, 14, 'facet "breath" has 1 item, fewer than 2']]],
  ["multi-min-max", [[28, 10, "min (3) is above max (2)"]]],
  ["multi-min-options", [[28, 10, "min (4) is more than the 3 options"]]],
  // Items that can never be shown
  ["item-when-later", [[23, 116, 'item "c3" comes later']]],
  ["item-when-self", [[23, 117, "the item's own answer"]]],
  ["item-when-text", [[24, 116, 'item "note" is free text']]],
  ["item-when-value", [[23, 120, 'item "c1" has no answer 7']]],
  [
    "item-when-contradiction",
    [[33, 21, 'item "c4" can never be shown: answer(c1) = 2 contradicts']],
  ],
  ["item-when-score", [[23, 107, "an item's condition cannot look at scores, bands or flags"]]],
  // Advice and profiles that can never fire
  ["advice-percent-101", [[27, 22, "can never fire: percent(calm) >= 101 never holds"]]],
  ["advice-two-bands", [[27, 47, "band(calm) in [high] contradicts band(calm) in [low]"]]],
  ["advice-contradictory-percent", [[30, 22, "percent(calm) < 30 contradicts percent(calm) > 70"]]],
  ["advice-band-and-percent", [[30, 22, "percent(calm) > 70 contradicts band(calm) in [low]"]]],
  ["advice-no-way", [[28, 7, "its condition contradicts itself whichever way it is read"]]],
  ["profile-shadowed", [[31, 10, 'profile "steady" can never be chosen: profile "everyone"']]],
  ["profile-never", [[30, 91, "answer(c1) = 5 contradicts not (answered(c1))"]]],
  // Author test cases
  ["test-unknown-item", [[31, 29, 'unknown item "c9"']]],
  ["test-bad-value", [[31, 33, "c3: 6 is not on the scale"]]],
  ["test-unknown-band", [[32, 28, '"calm" has no band "highest"']]],
  ["test-unknown-profile", [[32, 23, 'unknown profile "steady"']]],
  ["test-unknown-advice", [[32, 25, 'unknown advice "breath"']]],
  ["test-unknown-flag", [[32, 22, 'unknown flag "straightlining"']]],
  ["test-fill-off-scale", [[32, 11, 'fill 6 is not on scale "agree5"']]],
  // All at once, in file order
  [
    "several-problems",
    [
      [19, 29, 'no band of "calm" covers 40'],
      [23, 35, 'unknown scale "agree7"'],
      [27, 25, '"calm" has no band "lowest"'],
    ],
  ],
];

const fileOf = (name: string) => join(DIR, `${name}.yaml`);

describe("the broken corpus", () => {
  it("has an entry in the table for every file, and a file for every entry", async () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => f.replace(/\.yaml$/, ""))
      .sort();
    expect(CORPUS.map(([name]) => name).sort()).toEqual(files);
  });
});

describe("checkQuestionnaire on a broken file", () => {
  it.each(CORPUS)("%s: every problem at its line and column", async (name, expected) => {
    const outcome = checkQuestionnaire(readFileSync(fileOf(name), "utf8"), `${name}.yaml`, "en");
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => [p.line, p.col])).toEqual(
      expected.map(([line, col]) => [line, col]),
    );
    outcome.problems.forEach((p, i) => {
      expect(p.message).toContain(expected[i]![2]);
      expect(p.file).toBe(`${name}.yaml`);
    });
  });

  it.each(CORPUS)("%s: reported in French too, at the same places", async (name, expected) => {
    const outcome = checkQuestionnaire(readFileSync(fileOf(name), "utf8"), `${name}.yaml`, "fr");
    if (outcome.ok) throw new Error("expected problems");
    expect(outcome.problems.map((p) => [p.line, p.col])).toEqual(
      expected.map(([line, col]) => [line, col]),
    );
  });
});

describe("reflet validate on the broken corpus", () => {
  it("prints each problem as file:line:col: message, exits 1, and never a stack trace", async () => {
    const names = CORPUS.map(([name]) => name);
    const r = await runCli(["validate", ...names.map((n) => `${n}.yaml`)], { cwd: DIR });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const lines = r.stderr.trimEnd().split("\n");
    const want = CORPUS.flatMap(([name, problems]) =>
      problems.map(([line, col, fragment]) => ({
        prefix: `${name}.yaml:${line}:${col}: `,
        fragment,
      })),
    );
    expect(lines).toHaveLength(want.length);
    lines.forEach((line, i) => {
      expect(
        line.startsWith(want[i]!.prefix),
        `${line}\n  should start with ${want[i]!.prefix}`,
      ).toBe(true);
      expect(line).toContain(want[i]!.fragment);
    });
  });

  it.each(["band-gap", "schema-missing-key", "yaml-unclosed-bracket"])(
    "%s alone exits 1 with its problem on stderr and nothing on stdout",
    async (name) => {
      const r = await runCli(["validate", `${name}.yaml`], { cwd: DIR });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(new RegExp(`^${name}\\.yaml:\\d+:\\d+: `));
    },
  );
});
