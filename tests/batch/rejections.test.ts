import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith, jsonLines } from "./helpers.ts";

const team = fixture("team.yaml");
const HEADER = "participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1";
const GOOD = (id: string) => `${id},5,1,4,2,5,1,4,listen,break,`;

interface ErrorLine {
  severity: string;
  file: string;
  line: number | null;
  message: string;
  hint?: string;
}

/** Runs a batch in `dir` with --errors; the problems on stderr and in the errors file. */
async function run(dir: string, inputs: string[], ...more: string[]) {
  const r = await runCli(
    ["batch", team, ...inputs, "--format", "jsonl", "--errors", "errors.jsonl", ...more],
    { cwd: dir },
  );
  const errors = existsSync(join(dir, "errors.jsonl"))
    ? (jsonLines(readFileSync(join(dir, "errors.jsonl"), "utf8")) as ErrorLine[])
    : [];
  const scored = (jsonLines(r.stdout) as { participant: string }[]).map((x) => x.participant);
  return { ...r, errors, scored };
}

describe("a batch with no input it can read", () => {
  it("says why, exit 1, and writes no results (not even a header) and no summary", async () => {
    const dir = folderWith({});
    const r = await runCli(
      ["batch", team, "missing.csv", "gone.csv", "--summary", "team.json", "-o", "out.csv"],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^missing\.csv: file not found \(check the path\)$/m);
    expect(r.stderr).toMatch(/^gone\.csv: file not found/m);
    expect(r.stderr).toContain("0 scored, 2 rejected, 0 flagged");
    expect(r.stderr).not.toContain("written");
    expect(existsSync(join(dir, "out.csv"))).toBe(false);
    expect(existsSync(join(dir, "team.json"))).toBe(false);
  });

  it("nor on standard output", async () => {
    const r = await runCli(["batch", team, "missing.csv"], { cwd: folderWith({}) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
  });
});

describe("rows a batch rejects", () => {
  const cases: [string, string, RegExp][] = [
    [
      "a value that is not on the scale",
      "bad,9,1,4,2,5,1,4,listen,break,",
      /^rows\.csv:3: column "c1" \(c1\): "9" is not an answer to this question \(use one of 1, 2, 3, 4, 5, or their labels: "Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"\)$/,
    ],
    [
      "an option that does not exist",
      "bad,5,1,4,2,5,1,4,run away,break,",
      /^rows\.csv:3: column "s1" \(s1\): "run away" is not an answer to this question \(use one of listen, shout, or their labels: "I listen to the end\.", "I raise my voice\."\)$/,
    ],
    [
      "more options than allowed",
      'bad,5,1,4,2,5,1,4,listen,"break,talk,walk",',
      /^rows\.csv:3: m1: too many options chosen \(choose at most 2\)$/,
    ],
    [
      "a row with too few cells",
      "bad,5,1,4",
      /^rows\.csv:3: this row has 4 cells where the header has 11 \(a line break or a separator in a cell without quotes\?\)$/,
    ],
    [
      "a second answer sheet of the same person",
      GOOD("ann"),
      /^rows\.csv:3: participant "ann" appears more than once: first at rows\.csv:2 \(keep one of their answer sheets, or use --keep latest\)$/,
    ],
  ];
  for (const [what, row, message] of cases) {
    it(`reports ${what} once, with its line, and scores the other rows`, async () => {
      const dir = folderWith({ "rows.csv": [HEADER, GOOD("ann"), row, GOOD("cy")].join("\n") });
      const r = await run(dir, ["rows.csv"]);
      expect(r.code).toBe(1);
      const problems = r.stderr.split("\n").filter((l) => l.startsWith("rows.csv"));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(message);
      expect(r.scored).toEqual(["ann", "cy"]);
      expect(r.stderr).toContain("2 scored, 1 rejected, 0 flagged");
      expect(r.errors).toEqual([
        expect.objectContaining({ severity: "error", file: "rows.csv", line: 3 }),
      ]);
    });
  }

  it("counts every bad cell of a row in its one line", async () => {
    const dir = folderWith({ "rows.csv": [HEADER, "bad,9,9,9,2,5,1,4,listen,break,"].join("\n") });
    const r = await run(dir, ["rows.csv"]);
    expect(r.stderr).toMatch(
      /^rows\.csv:2: column "c1" \(c1\): "9" is not an answer to this question \(and 2 more\)/m,
    );
  });
});

describe("files a batch rejects", () => {
  it("reports each bad file and still scores the good ones", async () => {
    const dir = folderWith({
      "good.yaml": "questionnaire: equipe\nanswers: {c1: 4, c2: 2}\n",
      "other.yaml": "questionnaire: mini\nanswers: {c1: 4}\n",
      "broken.yaml": "questionnaire: equipe\nanswers: {c1: [4\n",
      "unknown.yaml": "questionnaire: equipe\nanswers:\n  c1: 4\n  zz: 1\n  c2: 2\n",
      "noitems.csv": "Horodateur,Adresse e-mail\n2024,a@b.c\n",
      "empty.csv": "",
    });
    mkdirSync(join(dir, "nothing"));
    const r = await run(dir, [
      "good.yaml",
      "other.yaml",
      "broken.yaml",
      "unknown.yaml",
      "noitems.csv",
      "empty.csv",
      "missing.csv",
      "nothing",
    ]);
    expect(r.code).toBe(1);
    expect(r.scored).toEqual(["good", "unknown"]);
    expect(r.stderr).toMatch(/^other\.yaml:1:\d+: these answers are for "mini", not "equipe"/m);
    expect(r.stderr).toMatch(/^broken\.yaml:\d+:\d+: /m);
    expect(r.stderr).toMatch(
      /^unknown\.yaml:4:3: warning: no question "zz" in this questionnaire: this answer is left out/m,
    );
    expect(r.stderr).toMatch(/^noitems\.csv:1: no column is a question of "equipe"/m);
    expect(r.stderr).toMatch(/^empty\.csv: the file is empty/m);
    expect(r.stderr).toMatch(/^missing\.csv: file not found \(check the path\)$/m);
    expect(r.stderr).toMatch(/^nothing: no answers files in this folder/m);
    expect(r.stderr).toContain("2 scored, 6 rejected, 0 flagged");
    expect([...new Set(r.errors.map((e) => e.file))].sort()).toEqual(
      [
        "broken.yaml",
        "empty.csv",
        "missing.csv",
        "noitems.csv",
        "nothing",
        "other.yaml",
        "unknown.yaml",
      ].sort(),
    );
  });

  it("reports the rows lost to a quote that is never closed", async () => {
    const rows = [
      HEADER,
      GOOD("ann"),
      GOOD("bo"),
      'cy,5,1,4,2,5,1,4,listen,break,"never closed',
      GOOD("di"),
      GOOD("ed"),
    ];
    const dir = folderWith({ "cut.csv": `${rows.join("\n")}\n` });
    const r = await run(dir, ["cut.csv"]);
    expect(r.code).toBe(1);
    expect(r.scored).toEqual(["ann", "bo"]);
    expect(r.stderr).toMatch(
      /^cut\.csv:4: lines 4-6 not read: a quote opened on line 4 is never closed/m,
    );
    expect(r.stderr).toContain("2 scored, 3 rejected");
    expect(r.errors).toEqual([expect.objectContaining({ file: "cut.csv", line: 4 })]);
  });

  it("reads a file that is not UTF-8 as Windows-1252, with a warning and exit 0", async () => {
    const latin = Buffer.from(
      `participant;c1;Je m'\xe9nerve vite.;c3;c4;a1;a2;a3;s1;m1;n1\nzo\xe9;5;1;4;2;5;1;4;listen;break;\n`,
      "latin1",
    );
    const dir = folderWith({ "excel.csv": latin });
    const r = await run(dir, ["excel.csv"]);
    expect(r.code).toBe(0);
    expect(r.scored).toEqual(["zoé"]);
    expect(r.stderr).toMatch(/^excel\.csv: warning: not valid UTF-8: read as Windows-1252/m);
    expect(r.errors).toEqual([expect.objectContaining({ severity: "warning", file: "excel.csv" })]);
  });

  it("lists the columns it does not read once, as a warning", async () => {
    const dir = folderWith({
      "forms.csv": `Timestamp,Email,${HEADER}\n2024,a@b.c,${GOOD("ann")}\n2024,d@e.f,${GOOD("bo")}\n`,
    });
    const r = await run(dir, ["forms.csv"]);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/columns not read/g)).toHaveLength(1);
    // The timestamp is read: it dates each report.
    expect(r.stderr).toMatch(/^forms\.csv:1: warning: columns not read: "Email"$/m);
  });
});

describe("--fail-fast", () => {
  it("stops at the first rejection and writes no results file", async () => {
    const dir = folderWith({
      "rows.csv": [HEADER, GOOD("ann"), "bad,9", GOOD("cy"), "bad2,9"].join("\n"),
    });
    const r = await run(dir, ["rows.csv"], "--fail-fast", "--output", "results.jsonl");
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("rows.csv"))).toHaveLength(1);
    expect(r.stderr).toMatch(/--fail-fast/);
    expect(existsSync(join(dir, "results.jsonl"))).toBe(false);
    expect(r.errors).toHaveLength(1);
  });
});

describe("a large CSV", () => {
  it("scores 995 of 1,000 rows and reports the 5 bad ones with their lines", async () => {
    const bad = new Set([17, 250, 251, 600, 999]);
    const rows = [HEADER];
    for (let i = 1; i <= 1000; i++)
      rows.push(bad.has(i) ? `p${i},7,1,4,2,5,1,4,listen,break,` : GOOD(`p${i}`));
    const dir = folderWith({ "big.csv": rows.join("\r\n") });
    const r = await run(dir, ["big.csv"]);
    expect(r.code).toBe(1);
    expect(r.scored).toHaveLength(995);
    // Data row i is on line i + 1, after the header.
    const lines = r.errors.map((e) => e.line);
    expect(lines).toEqual([...bad].map((i) => i + 1));
    expect(r.stderr).toContain("995 scored, 5 rejected, 0 flagged");
    for (const i of bad) expect(r.stderr).toContain(`big.csv:${i + 1}: column "c1" (c1): "7"`);
  });
});
