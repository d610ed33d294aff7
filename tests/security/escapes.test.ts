// Escape sequences, C1 controls and bidi overrides in questionnaires, answers, participant
// ids, file names and command-line arguments never reach the terminal raw, in any output.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import { makeEntry } from "../../src/store/entry.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { runCli } from "../cli/in-process.ts";
import { folderWith, mini, type Run, root, tempDir, UNSAFE_FOR_BLOCKS } from "./helpers.ts";

const hostile = join(root, "tests/fixtures/hostile");
const fixture = (name: string) => readFileSync(join(hostile, name), "utf8");

/** A folder holding the hostile questionnaire and both answers files. */
const folder = () =>
  folderWith({
    "escapes.yaml": fixture("escapes.yaml"),
    "answers-high.yaml": fixture("answers-high.yaml"),
    "answers-low.yaml": fixture("answers-low.yaml"),
  });

function expectNothingRaw(r: Run): void {
  // Line breaks (CRLF in CSV) and tabs are the only controls allowed.
  expect(r.stdout.replace(/\r\n/g, "\n")).not.toMatch(UNSAFE_FOR_BLOCKS);
  expect(r.stderr).not.toMatch(UNSAFE_FOR_BLOCKS);
  expect(r.signal).toBeNull();
}

const ESCAPE_SHOWN = /\\u001B|\\u009B|\\u202E/;

describe.each(["en", "fr"])("untrusted text on a terminal (%s)", (lang) => {
  const run = (args: string[], cwd: string) => runCli([...args, "--lang", lang], { cwd });

  for (const format of ["text", "markdown", "json"]) {
    for (const answers of ["answers-high.yaml", "answers-low.yaml"]) {
      it(`score --format ${format} with ${answers} shows every escape as \\uXXXX`, async () => {
        const r = await run(
          ["score", "escapes.yaml", "--answers", answers, "--format", format],
          folder(),
        );
        expectNothingRaw(r);
        expect(r.stdout).toMatch(ESCAPE_SHOWN);
        expect(r.code).toBe(0);
      });
    }
  }

  it("score --format json still reads back to the questionnaire's own id and participant", async () => {
    const r = await run(
      ["score", "escapes.yaml", "--answers", "answers-high.yaml", "--format", "json"],
      folder(),
    );
    const result = JSON.parse(r.stdout);
    expect(result.questionnaire.id).toBe("escapes\u202Eevil");
    expect(result.participant).toBe("P\u202E01\u2066x");
  });

  it("validate, test and list show the questionnaire's texts and id sanitised", async () => {
    const dir = folder();
    for (const args of [
      ["validate", "escapes.yaml"],
      ["test", "escapes.yaml"],
      ["list", "--dir", "."],
      ["list", "--dir", ".", "--json"],
    ]) {
      const r = await run(args, dir);
      expectNothingRaw(r);
      expect(r.stdout).toMatch(ESCAPE_SHOWN);
    }
  });

  it("file names holding escape sequences are sanitised in results and in errors", async () => {
    const dir = folder();
    copyFileSync(join(dir, "escapes.yaml"), join(dir, "\x1b]0;title\x07.yaml"));
    const r = await run(["validate", "\x1b]0;title\x07.yaml", "\x1b[2J\u202Emissing.yaml"], dir);
    expectNothingRaw(r);
    expect(r.stdout).toContain("\\u001B]0;title\\u0007.yaml");
    expect(r.stderr).toContain("\\u001B[2J\\u202Emissing.yaml:");
    expect(r.code).toBe(1);
  });

  it("problems quoting hostile keys and values are sanitised", async () => {
    const dir = folderWith({
      "bad.yaml": 'id: "x"\n"\\e[2Jkey\\x9b": 1\ntitle: {fr: "\\e]0;t\\a", de: "\\u202E"}\n',
      "answers.yaml":
        'questionnaire: "\\e[31mother"\nparticipant: "P\\e]0;t\\a"\nanswers: {"\\x9bq": 1}\n',
      "escapes.yaml": fixture("escapes.yaml"),
    });
    const bad = await run(["validate", "bad.yaml"], dir);
    expectNothingRaw(bad);
    expect(bad.stderr).toMatch(ESCAPE_SHOWN);
    expect(bad.code).toBe(1);
    const answers = await run(["score", "escapes.yaml", "--answers", "answers.yaml"], dir);
    expectNothingRaw(answers);
    expect(answers.stderr).toMatch(/^answers\.yaml:\d+:\d+: /m);
    expect(answers.code).toBe(1);
  });

  it("batch shows hostile participants, file names and texts sanitised in every output", async () => {
    const dir = folder();
    const csv =
      'participant,c1,c2,c3,s1,note\n"\x1b[2Jp\u202E1",5,1,5,a,"my \x1b]0;t\x07 note"\np\x9b2,1,5,1,b,x\n';
    writeFileSync(join(dir, "\x1b]0;t\x07.csv"), csv);
    for (const format of ["csv", "jsonl", "json"]) {
      const r = await run(["batch", "escapes.yaml", "\x1b]0;t\x07.csv", "--format", format], dir);
      expectNothingRaw(r);
      expect(r.stdout).toMatch(/\\u001B|\\u001b/);
      expect(r.code).toBe(0);
    }
    writeFileSync(join(dir, "bad\u202E.csv"), "participant,c1\n\u202Ep,9\n");
    const errors = await run(
      ["batch", "escapes.yaml", "bad\u202E.csv", "--errors", "errors.jsonl"],
      dir,
    );
    expectNothingRaw(errors);
    expect(errors.code).toBe(1);
    const lines = readFileSync(join(dir, "errors.jsonl"), "utf8");
    expect(lines).not.toMatch(UNSAFE_FOR_BLOCKS);
    expect(JSON.parse(lines.split("\n")[0] as string).file).toBe("bad\u202E.csv");
    const reports = await run(
      [
        "batch",
        "escapes.yaml",
        "\x1b]0;t\x07.csv",
        "--reports",
        "out",
        "--report-format",
        "markdown",
        "--summary",
        "team.md",
        "--min-group",
        "1",
        "--include-notes",
      ],
      dir,
    );
    expectNothingRaw(reports);
    for (const file of [...readdirSync(join(dir, "out")).map((f) => join("out", f)), "team.md"]) {
      expect(readFileSync(join(dir, file), "utf8"), file).not.toMatch(UNSAFE_FOR_BLOCKS);
    }
  });

  it("template shows item texts and option labels sanitised, as YAML comments and as CSV", async () => {
    const dir = folder();
    for (const format of ["yaml", "csv"]) {
      const r = await run(["template", "escapes.yaml", "--format", format], dir);
      expectNothingRaw(r);
      expect(r.code).toBe(0);
    }
    expect((await run(["template", "escapes.yaml"], dir)).stdout).toMatch(ESCAPE_SHOWN);
  });

  it("history and journal show saved titles, names, bands and notes sanitised", async () => {
    const outcome = checkQuestionnaire(fixture("escapes.yaml"), "escapes.yaml", "en");
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const model = outcome.model;
    const answers = { c1: 5, c2: 1, c3: 5, s1: "a", note: "my \x1b]0;t\x07 note\u202E" };
    const home = tempDir("reflet-home-");
    appendEntry(
      dataPaths({ REFLET_HOME: home }, "/"),
      makeEntry({
        model,
        result: score(model, answers),
        answers,
        userLang: lang,
        id: "e1",
        date: new Date(0),
      }),
    );
    for (const args of [["history"], ["journal"], ["history", "--json"], ["journal", "--json"]]) {
      const r = await runCli([...args, "--lang", lang], { env: { REFLET_HOME: home } });
      expectNothingRaw(r);
      expect(r.stdout).toMatch(ESCAPE_SHOWN);
      expect(r.code).toBe(0);
    }
  });

  it("command-line arguments quoted back in errors are sanitised", async () => {
    const dir = folder();
    for (const args of [
      ["\x1b[2Jnope"],
      ["score", "\x1b]0;t\x07nope", "--answers", "x"],
      ["score", "--lang", "\x9b2J"],
      ["list", "--\x1b[2J"],
    ]) {
      const r = await runCli(args, { cwd: dir });
      expectNothingRaw(r);
      expect(r.stderr).toMatch(/\\u001B|\\u009B/);
      expect(r.code).toBe(2);
    }
  });
});

describe("untrusted text in HTML reports", () => {
  it("markup in a questionnaire, participant ids and notes is shown as text, and the page runs nothing", async () => {
    const evil = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const questionnaire = mini
      .replace("title: {fr: Mini questionnaire, en: Mini questionnaire}", `title: '${evil}'`)
      .replace("name: {fr: Calme, en: Calm}", `name: '${evil}'`)
      .replace("label: {fr: haut, en: high}", `label: '${evil}'`)
      .replace("{fr: Calme., en: Calm.}", `'${evil}'`);
    const dir = folderWith({
      "evil.yaml": questionnaire,
      "team.csv": `participant,c1,c2,c3,s1,note\n"<b>bob</b>",5,1,5,a,"${evil.replace(/"/g, '""')}"\n`,
    });
    const r = await runCli(
      [
        "batch",
        "evil.yaml",
        "team.csv",
        "--reports",
        "out",
        "--summary",
        "team.html",
        "--min-group",
        "1",
        "--include-notes",
      ],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const pages = [
      ...readdirSync(join(dir, "out")).map((f) => join(dir, "out", f)),
      join(dir, "team.html"),
    ];
    expect(pages.length).toBe(2);
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      expect(html).not.toMatch(/<script|<img|onerror="|<b>bob/i);
      expect(html).toContain("&lt;script&gt;");
      expect(html).toContain("default-src 'none'");
    }
  });
});
