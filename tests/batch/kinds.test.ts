// "Does not apply" and best–worst answers end to end, through the built binary: score,
// batch from answers files and from a form's CSV, records, reports and templates; and
// validate refusing an order that asks an item before the one its condition reads.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { folderWith, jsonLines, root, tempDir } from "./helpers.ts";

const KINDS = join(root, "tests/fixtures/kinds/kinds.yaml");
const SHEET = [
  "questionnaire: kinds",
  "participant: alice",
  "answers:",
  "  c1: 4",
  "  c2: na",
  "  c3: 4",
  "  c4: 4",
  "  a1: 2",
  "  a2: na",
  "  bw: {best: greet, worst: ignore}",
  "",
].join("\n");

interface TargetLine {
  id: string;
  status: string;
  score: number | null;
  percent: number | null;
  band: string | null;
}
interface RecordLine {
  participant: string;
  answered: number;
  notApplicable: number;
  targets: TargetLine[];
}

describe("score", () => {
  it("leaves na out of the scores, counts it as answered, and lists it", async () => {
    const dir = folderWith({ "alice.yaml": SHEET });
    const r = await runCli([
      "score",
      KINDS,
      "--answers",
      join(dir, "alice.yaml"),
      "--format",
      "json",
    ]);
    expect(r.stderr).toBe("");
    const result = JSON.parse(r.stdout);
    expect(result.answered).toBe(7);
    expect(result.notApplicable).toEqual(["c2", "a2"]);
    const [calm, care] = result.dimensions;
    // calm: c1, c3, c4 = 4 each (c2 does not apply): sum 12 of 12 possible, no prorating.
    expect(calm).toMatchObject({ answered: 3, expected: 3, raw: 12, sum: 12, percent: 100 });
    // care: a1 = 2, best greet +2, worst ignore −(−2) = +2: raw 6 between −3 and 8.
    expect(care).toMatchObject({ answered: 2, expected: 2, raw: 6 });
    expect(care.percent).toBeCloseTo((9 / 11) * 100, 12);
  });

  it("shows the N/A answers in the profile, counted and named", async () => {
    const dir = folderWith({ "alice.yaml": SHEET });
    const r = await runCli(["score", KINDS, "--answers", join(dir, "alice.yaml")]);
    expect(r.stdout).toContain("2 questions answered “does not apply” (N/A)");
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "left out of the scores: I breathe. · On the phone?",
    );
  });

  it("refuses the same option as most and least likely, at its line", async () => {
    const dir = folderWith({
      "bad.yaml": SHEET.replace("{best: greet, worst: ignore}", "{best: greet, worst: greet}"),
    });
    const r = await runCli(["score", KINDS, "--answers", join(dir, "bad.yaml")]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      /bad\.yaml:10:\d+: bw: the same option is picked as most and least likely/,
    );
  });

  it("refuses na on an item that does not allow it", async () => {
    const dir = folderWith({ "bad.yaml": SHEET.replace("c4: 4", "c4: na") });
    const r = await runCli(["score", KINDS, "--answers", join(dir, "bad.yaml")]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('c4: "na" is not on the scale');
  });
});

describe("batch", () => {
  const csv = [
    "participant,Je reste calme.,c2,c3,c4,a1,a2,Un client attend depuis vingt minutes. Que faites-vous ? [le plus probable],bw [least likely],a3",
    "alice,4,NE S'APPLIQUE PAS,4,4,2,does not apply,Je le salue,I carry on,",
    "bob,1,2,n/a,3,4,I do not answer the phone,explain,greet,",
    "carol,1,2,3,4,4,y,greet,greet,",
    "dave,1,2,3,4,4,y,greet,,",
    "",
  ].join("\n");

  it("reads N/A cells in any language, case and accents, and two best–worst columns", async () => {
    const dir = folderWith({ "team.csv": csv, "alice.yaml": SHEET });
    const fromCsv = await runCli(["batch", KINDS, join(dir, "team.csv"), "--format", "jsonl"]);
    const records = jsonLines(fromCsv.stdout) as RecordLine[];
    expect(records.map((r) => [r.participant, r.answered, r.notApplicable])).toEqual([
      ["alice", 7, 2],
      ["bob", 7, 2],
    ]);
    // carol picks greet twice; dave gives no least likely option.
    expect(fromCsv.code).toBe(1);
    expect(fromCsv.stderr).toContain("team.csv:4: bw: the same option is picked");
    expect(fromCsv.stderr).toMatch(/team\.csv:5: bw: /);
    // The same answers from an answers file give the same record.
    const fromFile = await runCli(["batch", KINDS, join(dir, "alice.yaml"), "--format", "jsonl"]);
    const [alice] = jsonLines(fromFile.stdout) as RecordLine[];
    expect(alice?.targets).toEqual(records[0]?.targets);
    expect(alice?.notApplicable).toBe(2);
  });

  it("writes the N/A count as the last CSV column, and in each report", async () => {
    const dir = folderWith({ "team.csv": csv });
    const out = tempDir();
    const r = await runCli([
      "batch",
      KINDS,
      join(dir, "team.csv"),
      "--format",
      "csv",
      "--reports",
      join(out, "reports"),
      "--report-format",
      "markdown",
    ]);
    const lines = r.stdout.trim().split(/\r?\n/);
    expect(lines[0]?.endsWith(",line,lowInformation,notApplicable")).toBe(true);
    expect(lines[1]?.endsWith(",2")).toBe(true);
    const report = readFileSync(join(out, "reports", "bob.md"), "utf8");
    expect(report).toContain("2 questions answered “does not apply” (N/A)");
  });
});

describe("template", () => {
  it("offers na and the two picks in the YAML, and two columns in the CSV", async () => {
    const yaml = (await runCli(["template", KINDS])).stdout;
    expect(yaml).toContain("na = Does not apply");
    expect(yaml).toContain("na = I do not answer the phone");
    expect(yaml).toContain("the most likely and the least likely, two different ones");
    expect(yaml).toMatch(
      /# I wait\.\n {2}# one of: 1 = Never · 2 = Sometimes · 3 = Often · 4 = Always\n/,
    );
    const header = (await runCli(["template", KINDS, "--format", "csv"])).stdout.trim();
    expect(header).toBe("participant,c1,c2,c3,c4,a1,a2,bw.best,bw.worst,a3");
  });

  it("gives a CSV header that batch reads back", async () => {
    const header = (await runCli(["template", KINDS, "--format", "csv"])).stdout.trim();
    const dir = tempDir();
    writeFileSync(join(dir, "t.csv"), `${header}\nzoe,4,na,4,4,2,na,greet,ignore,\n`);
    const r = await runCli(["batch", KINDS, join(dir, "t.csv"), "--format", "jsonl"]);
    expect(r.code).toBe(0);
    const [zoe] = jsonLines(r.stdout) as RecordLine[];
    expect(zoe?.notApplicable).toBe(2);
  });
});

describe("validate", () => {
  it("refuses an order that asks an item before the one its condition reads, at its place", async () => {
    const text = readFileSync(KINDS, "utf8").replace(
      "order: interleave",
      "order: [c1, c2, c3, c4, a3, a1, a2, bw]",
    );
    const dir = folderWith({ "q.yaml": text });
    const r = await runCli(["validate", join(dir, "q.yaml")]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      `q.yaml:6:${"order: [c1, c2, c3, c4, ".length + 1}: this order asks "a3" before "a1", which its condition reads`,
    );
  });
});
