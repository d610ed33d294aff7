// Excel workbooks in: a Microsoft Forms export read as its CSV twin is, problems at sheet rows,
// the sheet chosen by name, and hostile files refused with one line.
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith, jsonLines, reflet } from "./helpers.ts";
import { brokenSheet, manyEntries, workbook, zipBomb } from "./workbooks.ts";

const team = fixture("team.yaml");

interface Rec {
  participant: string;
  source: { file: string; line: number | null } | null;
}
const withoutSource = (r: Rec) => ({ ...r, source: null });

/** A folder holding the questionnaire and `files`. */
function dirWith(files: Record<string, string | Uint8Array>): string {
  const dir = folderWith(files);
  copyFileSync(team, join(dir, "team.yaml"));
  return dir;
}

const HEADER = ["participant", "c1", "c2", "c3", "c4", "a1", "a2", "a3", "s1", "m1", "n1"];
const row = (id: string, c1: string | number = 5) => [
  id,
  c1,
  1,
  4,
  2,
  5,
  1,
  4,
  "listen",
  "break",
  "",
];

describe("batch reads an Excel workbook", () => {
  it("a Microsoft Forms export (.xlsx) gives the records of the same answers in CSV", async () => {
    const csv = await runCli([
      "batch",
      team,
      fixture("forms.csv"),
      "--id-column",
      "Nom",
      "--format",
      "jsonl",
    ]);
    const xlsx = await runCli([
      "batch",
      team,
      fixture("xlsx/forms.xlsx"),
      "--id-column",
      "Nom",
      "--format",
      "jsonl",
    ]);
    expect(xlsx.code).toBe(0);
    expect(xlsx.stderr).toMatch(/\b3 scored, 0 rejected\b/);
    const fromCsv = jsonLines(csv.stdout) as Rec[];
    const fromXlsx = jsonLines(xlsx.stdout) as Rec[];
    expect(fromXlsx.map((r) => r.participant)).toEqual(["alice", "bob", "carol"]);
    expect(fromXlsx.map(withoutSource)).toEqual(fromCsv.map(withoutSource));
    // Each record names the sheet and its row.
    expect(fromXlsx.map((r) => r.source?.line)).toEqual([2, 3, 4]);
    expect(fromXlsx[0]?.source?.file).toMatch(/forms\.xlsx:Form1$/);
    // The identity columns and the start time are named as ignored, at the header's row (the
    // end time is read: it dates the answers).
    expect(xlsx.stderr).toMatch(
      /forms\.xlsx:Form1:1: warning: columns not read: "ID", "Heure de début", "Adresse de messagerie"/,
    );
  });

  it("a bad cell is reported at its sheet row, the other rows scored", async () => {
    const dir = dirWith({
      "team.xlsx": await workbook([HEADER, row("ann"), row("bo", 9), row("cy")], "Réponses"),
    });
    const r = await runCli(["batch", "team.yaml", "team.xlsx", "--format", "jsonl"], { cwd: dir });
    expect(r.stderr).toContain(
      'team.xlsx:Réponses:3: column "c1" (c1): "9" is not an answer to this question (use one of 1, 2, 3, 4, 5, or their labels: "Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree")',
    );
    expect((jsonLines(r.stdout) as Rec[]).map((x) => x.participant)).toEqual(["ann", "cy"]);
    expect(r.stderr).toMatch(/2 scored, 1 rejected/);
    expect(r.code).toBe(1);
  });

  it("a sheet broken further down: the rows before the break are scored, then the break is said", async () => {
    const rows = [HEADER, row("ann"), row("bo"), row("cy")].map((r) => r.map(String));
    const dir = dirWith({ "team.xlsx": brokenSheet(rows) });
    const r = await runCli(["batch", "team.yaml", "team.xlsx", "--format", "jsonl"], { cwd: dir });
    expect((jsonLines(r.stdout) as Rec[]).map((x) => x.participant)).toEqual(["ann", "bo", "cy"]);
    expect(r.stderr).toMatch(/^team\.xlsx:Sheet1:5: /m);
    expect(r.stderr).toMatch(/3 scored, 1 rejected/);
  });

  it("--sheet reads the sheet named; a sheet not there is one line listing the sheets", async () => {
    const dir = dirWith({ "team.xlsx": await workbook([HEADER, row("ann")], "Équipe A") });
    const ok = await runCli(["batch", "team.yaml", "team.xlsx", "--sheet", "Équipe A"], {
      cwd: dir,
    });
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/1 scored, 0 rejected/);
    const r = await runCli(["batch", "team.yaml", "team.xlsx", "--sheet", "Feuil2"], { cwd: dir });
    expect(r.stderr).toBe(
      'team.xlsx: no sheet "Feuil2" in this workbook (its sheets: "Équipe A")\n0 scored, 1 rejected, 0 flagged\n',
    );
    expect(r.code).toBe(1);
  });

  it("--check shows how a workbook's columns are matched, by its sheet's name", async () => {
    const dir = dirWith({
      "team.xlsx": await workbook(
        [["Horodateur", ...HEADER.slice(0, -1), "Je reste calme !"], row("ann")],
        "Form1",
      ),
    });
    const r = await runCli(["batch", "team.yaml", "team.xlsx", "--check"], { cwd: dir });
    expect(r.stdout).toContain("team.xlsx:Form1: 9 of 10 questions have a column\n");
    expect(r.stdout).toContain('  1  -  unmatched  "Horodateur"\n');
    expect(r.code).toBe(1);
    const missing = await runCli(
      ["batch", "team.yaml", "team.xlsx", "--check", "--sheet", "Feuil1"],
      {
        cwd: dir,
      },
    );
    expect(missing.stderr).toBe(
      'team.xlsx: no sheet "Feuil1" in this workbook (its sheets: "Form1")\n',
    );
    expect(missing.code).toBe(1);
  });

  it("a folder's workbooks are read, Excel's ~$ lock files are not", async () => {
    const dir = dirWith({});
    const answers = join(dir, "answers");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(answers);
    writeFileSync(join(answers, "team.xlsx"), await workbook([HEADER, row("ann"), row("bo")]));
    writeFileSync(join(answers, "~$team.xlsx"), "locked by someone");
    const r = await runCli(["batch", "team.yaml", "answers", "--format", "jsonl"], { cwd: dir });
    expect((jsonLines(r.stdout) as Rec[]).map((x) => x.participant)).toEqual(["ann", "bo"]);
    expect(r.code).toBe(0);
  });

  it("a file that is not a workbook, or one without a sheet, is one line and exit 1", async () => {
    const dir = dirWith({
      "notes.xlsx": "participant,c1\nann,5\n",
      "empty.xlsx": manyEntries(0),
    });
    const r = await runCli(["batch", "team.yaml", "notes.xlsx", "empty.xlsx"], { cwd: dir });
    expect(r.stderr).toBe(
      "notes.xlsx: not an Excel workbook (.xlsx): it cannot be opened as one (a password-protected or old .xls workbook? save it as .xlsx, or as CSV UTF-8)\n" +
        "empty.xlsx: a workbook without a sheet (export the answers again)\n" +
        "0 scored, 2 rejected, 0 flagged\n",
    );
    expect(r.code).toBe(1);
  });

  it("an old .xls workbook (a compound file) is one line, not a CSV of garbage", async () => {
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    const dir = dirWith({ "export.xls": xls });
    const r = await runCli(["batch", "team.yaml", "export.xls"], { cwd: dir });
    expect(r.stderr).toMatch(
      /^export\.xls: not an Excel workbook \(\.xlsx\): it cannot be opened as one \(a password-protected or old \.xls workbook\?/,
    );
    expect(r.code).toBe(1);
  });

  it("a workbook on standard input is one line: it needs its file", async () => {
    const r = await runCli(["batch", team, "-"], { stdin: await workbook([HEADER, row("ann")]) });
    expect(r.stderr).toMatch(/^-: a workbook \(\.xlsx\) cannot be read from standard input/);
    expect(r.code).toBe(1);
  });

  it("in French, the problems of a workbook are in French", async () => {
    const dir = dirWith({ "notes.xlsx": "pas un classeur" });
    const r = await runCli(["batch", "team.yaml", "notes.xlsx"], {
      cwd: dir,
      env: { REFLET_LANG: "fr" },
    });
    expect(r.stderr).toMatch(
      /^notes\.xlsx: pas un classeur Excel \(\.xlsx\) : il ne s.ouvre pas comme tel/,
    );
    expect(r.code).toBe(1);
  });
});

describe("a hostile workbook", () => {
  for (const lie of [false, true]) {
    it(`a zip bomb of 2 GB disguised as .xlsx is refused in one line, in little memory${lie ? ", its sizes lying" : ""}`, () => {
      const dir = dirWith({ "bomb.xlsx": zipBomb(2, lie) });
      const r = reflet(["batch", "team.yaml", "bomb.xlsx", "--format", "jsonl"], {
        cwd: dir,
        measure: true,
      });
      expect(r.stderr).toMatch(
        /^bomb\.xlsx:Sheet1(:1)?: the workbook unpacks to more than reflet reads \(256 MB for a sheet\)/,
      );
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(2);
      expect(r.stdout).toBe("");
      expect(r.code).toBe(1);
      expect(r.maxRssMb).toBeLessThan(120);
    });
  }

  it("a zip that lists more than 10,000 entries is refused before any is read", async () => {
    const dir = dirWith({ "many.xlsx": manyEntries(60_000) });
    const r = await runCli(["batch", "team.yaml", "many.xlsx"], { cwd: dir });
    expect(r.stderr).toMatch(/^many\.xlsx: the workbook holds more than 10,000 parts: not read/);
    expect(r.code).toBe(1);
  });
});
