// reflet in-process, for list, validate, schema, score and test, with good and bad
// input: exit codes, what goes to stdout and what to stderr.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import { checkAnswersText } from "../../src/load/answers.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import { questionnaireJsonSchema } from "../../src/model/schema.ts";
import { baseEnv, freshHome, spawnInTerminal } from "../e2e/terminal.ts";
import { folderWith, mini, type Run, root } from "../security/helpers.ts";
import { runCli } from "./in-process.ts";

const answers = `questionnaire: mini
participant: alice
answers:
  c1: 5
  c2: 1
  c3: 4
  s1: a
  note: Breathing helps.
`;

const failingCase = mini.replace(
  "expect: {bands: {calm: high}, profile: steady, noAdvice: [breathe]}",
  "expect: {bands: {calm: low}, profile: everyone, advice: [breathe]}",
);

/** A folder with mini.yaml, an answers file, a broken questionnaire and a failing test case. */
const folder = () =>
  folderWith({
    "mini.yaml": mini,
    "alice.yaml": answers,
    "bad-answers.yaml": answers.replace("c3: 4", "c3: 7"),
    "broken.yaml": readFileSync(join(root, "tests/fixtures/broken/band-gap.yaml"), "utf8"),
    "failing.yaml": failingCase,
  });

function expectClean(r: Run): void {
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

/** Questionnaires only, one of them broken, as a folder given to --dir would hold. */
const questionnaires = () =>
  folderWith({
    "mini.yaml": mini,
    "broken.yaml": readFileSync(join(root, "tests/fixtures/broken/band-gap.yaml"), "utf8"),
  });

describe("reflet list", () => {
  it("lists the built-in questionnaires with id, languages, items and minutes", async () => {
    const r = await runCli(["list"]);
    expectClean(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^reclamations\s+\S.*\[fr, en\]\s+\d+ items\s+~\d+ min$/m);
  });

  it("adds the questionnaires of --dir and names the invalid ones on stderr", async () => {
    const r = await runCli(["list", "--dir", "."], { cwd: questionnaires() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^mini\s+Mini questionnaire\s+\[fr, en\]\s+5 items\s+~2 min$/m);
    // The hint names the command as it can be typed here: `reflet`, or `npx reflet` off the PATH.
    expect(r.stderr).toMatch(/broken\.yaml: not a valid questionnaire \((npx )?reflet validate/);
  });

  it("--json gives every questionnaire found with a schemaVersion, and the invalid files", async () => {
    const r = await runCli(["list", "--json", "--dir", "."], { cwd: questionnaires() });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.schemaVersion).toBe(1);
    expect(out.questionnaires).toContainEqual(
      expect.objectContaining({
        id: "mini",
        title: "Mini questionnaire",
        languages: ["fr", "en"],
        items: 5,
        minutes: 2,
        origin: "dir",
      }),
    );
    expect(out.invalid).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/broken\.yaml$/) }),
    ]);
    expect(r.stderr).toBe("");
  });

  it("speaks French with --lang fr", async () => {
    const r = await runCli(["list", "--lang", "fr", "--dir", "."], { cwd: questionnaires() });
    expect(r.stdout).toMatch(/^mini\s+Mini questionnaire\s+\[fr, en\]\s+5 questions/m);
    expect(r.stderr).toContain("questionnaire invalide");
  });
});

describe("reflet validate", () => {
  it("a valid file gives a one-line summary on stdout and exit 0", async () => {
    const r = await runCli(["validate", "mini.yaml"], { cwd: folder() });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "mini.yaml: valid — mini 1, 5 items, 1 dimension, 0 facets, 1 advice rule, 2 profiles, 1 test case, languages fr, en\n",
    );
    // Warnings only (tests/load/warnings.test.ts): they do not make the file invalid.
    for (const line of r.stderr.trimEnd().split("\n"))
      expect(line).toMatch(/^mini\.yaml:\d+:\d+: warning: /);
  });

  it("an invalid file among valid ones: only its problems on stderr, exit 1", async () => {
    const r = await runCli(["validate", "mini.yaml", "broken.yaml"], { cwd: folder() });
    expectClean(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^mini\.yaml: valid/);
    const problems = r.stderr.split("\n").filter((l) => !l.includes(": warning: "));
    expect(problems.join("\n")).toBe(
      'broken.yaml:19:29: no band of "calm" covers 40 (its values run over [0, 100]) (make the neighbouring edges meet, one included and one excluded: "[0, 40)" then "[40, 100]")\n',
    );
  });

  it("a file that does not exist is a problem of that file", async () => {
    const r = await runCli(["validate", "nowhere.yaml"], { cwd: folder() });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("nowhere.yaml: file not found (check the path)\n");
  });

  it("--json reports every file, valid or not, with its problems", async () => {
    const r = await runCli(["validate", "--json", "mini.yaml", "broken.yaml"], { cwd: folder() });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({
      schemaVersion: 1,
      valid: false,
      files: [
        {
          file: "mini.yaml",
          valid: true,
          id: "mini",
          version: "1",
          problems: [],
          warnings: expect.any(Array),
        },
        {
          file: "broken.yaml",
          valid: false,
          problems: [
            {
              line: 19,
              col: 29,
              message: 'no band of "calm" covers 40 (its values run over [0, 100])',
              hint: expect.stringContaining("make the neighbouring edges meet"),
            },
          ],
          warnings: [],
        },
      ],
    });
  });

  it("speaks French with --lang fr", async () => {
    const r = await runCli(["validate", "--lang", "fr", "mini.yaml", "broken.yaml"], {
      cwd: folder(),
    });
    expect(r.stdout).toMatch(/^mini\.yaml : valide — mini 1, 5 questions/);
    expect(r.stderr).toMatch(/^broken\.yaml:19:29: aucune tranche de « calm » ne couvre 40/m);
  });
});

describe("reflet schema", () => {
  it("prints the draft-07 JSON Schema of questionnaire files", async () => {
    const r = await runCli(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema).toEqual(questionnaireJsonSchema());
  });
});

describe("reflet score", () => {
  const expected = () => {
    const outcome = checkQuestionnaire(mini, "mini.yaml", "en");
    if (!outcome.ok) throw new Error("mini is valid");
    const loaded = checkAnswersText(answers, "alice.yaml", outcome.model, "en");
    if (!loaded.ok) throw new Error("the answers are valid");
    return score(outcome.model, loaded.value.answers, { participant: loaded.value.participant });
  };

  it("--format json prints exactly the engine's result for the same answers", async () => {
    const r = await runCli(["score", "mini.yaml", "--answers", "alice.yaml", "--format", "json"], {
      cwd: folder(),
    });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.schemaVersion).toBe(1);
    expect(result).toEqual(JSON.parse(JSON.stringify(expected())));
  });

  it("reads the answers from stdin with --answers -", async () => {
    const r = await runCli(["score", "mini.yaml", "--answers", "-", "--format", "json"], {
      cwd: folder(),
      stdin: answers,
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected())));
  });

  it("finds a questionnaire by id in --dir", async () => {
    const r = await runCli(
      ["score", "mini", "--dir", ".", "--answers", "alice.yaml", "--format", "json"],
      {
        cwd: folder(),
      },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).questionnaire.id).toBe("mini");
  });

  it("prints the profile as text by default, and as Markdown on request", async () => {
    const text = await runCli(["score", "mini.yaml", "--answers", "alice.yaml"], { cwd: folder() });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Calm");
    expect(text.stderr).toBe("");
    const md = await runCli(
      ["score", "mini.yaml", "--answers", "alice.yaml", "--format", "markdown"],
      {
        cwd: folder(),
      },
    );
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# /m);
    expect(md.stdout).toContain("Calm");
  });

  it("answers off the scale: the problem at its line and column, exit 1", async () => {
    const r = await runCli(["score", "mini.yaml", "--answers", "bad-answers.yaml"], {
      cwd: folder(),
    });
    expectClean(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'bad-answers.yaml:6:7: c3: 7 is not on the scale (use one of 1, 2, 3, 4, 5, or their labels: "Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree")\n',
    );
  });

  it("an unknown questionnaire is a usage error, exit 2", async () => {
    const r = await runCli(["score", "nope", "--answers", "alice.yaml"], { cwd: folder() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no questionnaire "nope"');
  });

  it("without --answers it says which option is missing, exit 2", async () => {
    const r = await runCli(["score", "mini.yaml"], { cwd: folder() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "reflet score: which answers? give --answers FILE, or --answers - to read stdin\n",
    );
  });

  it("--answers - on a terminal says so instead of waiting for input, exit 2", async () => {
    const s = spawnInTerminal(
      ["score", "mini.yaml", "--answers", "-"],
      baseEnv(freshHome()),
      folder(),
    );
    expect(await s.exit).toBe(2);
    // One message, wrapped at words to the terminal's width.
    expect(s.output().replace(/\s+/g, " ")).toContain(
      "reflet score: --answers - reads standard input, which is a terminal here (pipe the answers in, or give a file)",
    );
  });

  it("an unknown format is a usage error, exit 2", async () => {
    const r = await runCli(["score", "mini.yaml", "--answers", "alice.yaml", "--format", "pdf"], {
      cwd: folder(),
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });
});

describe("reflet test", () => {
  it("passing cases: a tick each, a total, exit 0", async () => {
    const r = await runCli(["test", "mini.yaml"], { cwd: folder() });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("✓ mini.yaml: calm person\n1 case passed, 0 failed\n");
  });

  it("a failing case shows expected against got for each expectation, exit 1", async () => {
    const r = await runCli(["test", "failing.yaml"], { cwd: folder() });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        "✗ failing.yaml: calm person",
        "    band of calm: expected low, got high",
        "    profile: expected everyone, got steady",
        "    advice breathe: expected to fire, did not (fired: none)",
        "0 cases passed, 1 failed",
        "",
      ].join("\n"),
    );
  });

  it("--json gives each case with its mismatches as data", async () => {
    const r = await runCli(["test", "--json", "mini.yaml", "failing.yaml"], { cwd: folder() });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ schemaVersion: 1, passed: 1, failed: 1 });
    expect(out.files[1].cases[0]).toEqual({
      name: "calm person",
      passed: false,
      mismatches: [
        { kind: "band", target: "calm", expected: "low", got: "high" },
        { kind: "profile", expected: "everyone", got: "steady" },
        { kind: "advice", id: "breathe", expected: "fires", fired: [] },
      ],
    });
  });

  it("an invalid questionnaire is reported like validate does, exit 1", async () => {
    const r = await runCli(["test", "broken.yaml"], { cwd: folder() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^broken\.yaml:19:29: no band of "calm" covers 40/);
  });

  it("speaks French with --lang fr", async () => {
    const r = await runCli(["test", "--lang", "fr", "failing.yaml"], { cwd: folder() });
    expect(r.stdout).toContain("    tranche de calm : attendu low, obtenu high\n");
    expect(r.stdout).toContain("0 cas réussi, 1 en échec\n");
  });
});

describe("the program", () => {
  it("--version prints the version of package.json", async () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it.each(["list", "validate", "schema", "score", "test"])(
    "%s --help describes the command and ends with examples",
    async (command) => {
      const r = await runCli([command, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: reflet ${command}`));
      // As they can be typed here: no reflet command is installed where the tests run.
      expect(r.stdout).toMatch(/\nExamples:\n {2}npx reflet /);
    },
  );

  it("an unknown command is a usage error, exit 2", async () => {
    const r = await runCli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("frobnicate");
  });
});
