// A sheet without enough answers for any dimension is not a result: batch and score reject it
// with its place and reason (exit 1), and it never counts toward the summary's group size.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith, jsonLines } from "./helpers.ts";

const team = fixture("team.yaml");
const HEADER = "participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1";
const FULL = (id: string) => `${id},5,1,4,2,5,1,4,listen,break,`;
/** Calm answered, care not: a partly answered sheet. */
const PARTLY = (id: string) => `${id},5,1,4,2,,,,,,`;

interface Record {
  participant: string;
  targets: { id: string; status: string }[];
}

describe("blank answer sheets", () => {
  it("rejects a CSV row with a name and no answers, or too few for any dimension", async () => {
    const dir = folderWith({
      "rows.csv": [HEADER, FULL("ann"), "bob,,,,,,,,,,", "cy,5,,,,,,,,,", PARTLY("dee")].join("\n"),
    });
    const r = await runCli(["batch", team, "rows.csv", "--format", "jsonl", "--lang", "en"], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const problems = r.stderr.split("\n").filter((l) => l.startsWith("rows.csv"));
    expect(problems).toEqual([
      "rows.csv:3: no answers: this sheet is not scored (fill it in, or leave it out)",
      "rows.csv:4: only 1 answer: too few for any dimension, this sheet is not scored (fill it in, or leave it out)",
    ]);
    expect(r.stderr).toContain("2 scored, 2 rejected, 0 flagged");
    const records = jsonLines(r.stdout) as Record[];
    expect(records.map((x) => x.participant)).toEqual(["ann", "dee"]);
    // The partly answered sheet is scored, its dimension without answers marked.
    const dee = records[1] as Record;
    expect(dee.targets.find((t) => t.id === "calm")?.status).toBe("ok");
    expect(dee.targets.find((t) => t.id === "care")?.status).toBe("insufficient");
  });

  it("rejects a blank template given to batch, and to score, in French", async () => {
    const dir = folderWith({});
    const template = await runCli(["template", team], { cwd: dir });
    expect(template.code).toBe(0);
    const blank = folderWith({ "blank.yaml": template.stdout });
    const batch = await runCli(["batch", team, "blank.yaml", "--format", "jsonl", "--lang", "fr"], {
      cwd: blank,
    });
    expect(batch.code).toBe(1);
    expect(batch.stdout).toBe("");
    expect(batch.stderr).toContain(
      "blank.yaml: aucune réponse : cette feuille n’est pas évaluée (faites-la remplir, ou laissez-la de côté)",
    );
    expect(batch.stderr).toContain("0 évalué, 1 rejeté");
    const score = await runCli(["score", team, "--answers", "blank.yaml", "--lang", "en"], {
      cwd: blank,
    });
    expect(score.code).toBe(1);
    expect(score.stdout).toBe("");
    expect(score.stderr.trim()).toBe(
      "blank.yaml: no answers: this sheet is not scored (fill it in, or leave it out)",
    );
  });

  it("counts only fully answered sheets toward --min-group", async () => {
    const rows = (partly: number, full: number) =>
      [
        HEADER,
        ...Array.from({ length: partly }, (_, i) => PARTLY(`p${i}`)),
        ...Array.from({ length: full }, (_, i) => FULL(`f${i}`)),
        ...Array.from({ length: 6 }, (_, i) => `b${i},,,,,,,,,,`),
      ].join("\n");
    const summary = async (partly: number, full: number) => {
      const dir = folderWith({ "rows.csv": rows(partly, full) });
      const r = await runCli(
        ["batch", team, "rows.csv", "--summary", "team.json", "--min-group", "3"],
        {
          cwd: dir,
        },
      );
      expect(r.code).toBe(1);
      return JSON.parse(readFileSync(join(dir, "team.json"), "utf8")) as {
        participants: { scored: number; rejected: number };
        withheld: boolean;
      };
    };
    // Six blank and three partly answered sheets: not a group of three.
    const hidden = await summary(3, 0);
    expect(hidden.participants).toMatchObject({ scored: 3, rejected: 6 });
    expect(hidden.withheld).toBe(true);
    expect((await summary(2, 3)).withheld).toBe(false);
  });
});
