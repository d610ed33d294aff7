// --keep latest|first: one answer sheet per person, chosen by the timestamp column forms
// add, every other one reported with the line of the one kept.
import { describe, expect, it } from "vitest";
import { parseTime } from "../../src/batch/input/timestamp.ts";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith, jsonLines } from "./helpers.ts";

const team = fixture("team.yaml");
const ITEMS = "c1,c2,c3,c4,a1,a2,a3,s1,m1,n1";
/** Answers told apart by c1, which becomes the record's first answer. */
const answers = (c1: number) => `${c1},1,4,2,5,1,4,listen,break,`;

/** Google Forms in French: day first. Ana sent it three times, not in time order. */
const GOOGLE_FR = [
  `Horodateur,Nom,${ITEMS}`,
  `02/03/2024 10:00:00,ana,${answers(2)}`,
  `13/02/2024 09:00:00,ana,${answers(1)}`,
  `03/03/2024 09:00:00,bo,${answers(4)}`,
  `05/03/2024 08:30:00,ana,${answers(3)}`,
].join("\n");

/** Microsoft Forms in English: month first, with AM and PM. */
const MS_EN = [
  `ID,Start time,Completion time,Email,${ITEMS}`,
  `1,3/2/24 1:00:00 PM,3/2/24 1:05:00 PM,ana@x.org,${answers(2)}`,
  `2,3/2/24 9:00:00 AM,3/2/24 9:05:00 AM,ana@x.org,${answers(1)}`,
].join("\n");

async function run(dir: string, args: string[], input?: string) {
  const r = await runCli(
    ["batch", team, ...args, "--format", "jsonl", "--id-column", "Nom,Email"],
    {
      cwd: dir,
      ...(input ? { stdin: input } : {}),
    },
  );
  const kept = (jsonLines(r.stdout) as { participant: string; source: { line: number } }[]).map(
    (x) => `${x.participant}@${x.source.line}`,
  );
  const warnings = r.stderr.split("\n").filter((l) => /left out|laissée de côté/.test(l));
  return { ...r, kept, warnings };
}

describe("--keep", () => {
  it("latest: keeps each person's latest sheet by the Horodateur, day first, and reports the others", async () => {
    const dir = folderWith({ "g.csv": GOOGLE_FR });
    const r = await run(dir, ["g.csv", "--keep", "latest"]);
    expect(r.code).toBe(0);
    expect(r.kept).toEqual(["bo@4", "ana@5"]);
    expect(r.warnings).toEqual([
      'g.csv:2: warning: answer sheet of "ana" left out: the latest one is kept, at g.csv:5 (2024-03-05 08:30:00) (--keep first keeps the first one instead)',
      'g.csv:3: warning: answer sheet of "ana" left out: the latest one is kept, at g.csv:5 (2024-03-05 08:30:00) (--keep first keeps the first one instead)',
    ]);
    expect(r.stderr).toContain("2 scored, 0 rejected");
  });

  it("first: keeps the first sheet sent, in French, from standard input too", async () => {
    const dir = folderWith({});
    const r = await run(dir, ["-", "--keep", "first", "--lang", "fr"], GOOGLE_FR);
    expect(r.code).toBe(0);
    expect(r.kept).toEqual(["ana@3", "bo@4"]);
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toBe(
      "-:2: attention : feuille de réponses de « ana » laissée de côté : la première est gardée, en -:3 (2024-02-13 09:00:00) (--keep latest garde plutôt la plus récente)",
    );
  });

  it("reads Microsoft's Completion time month first, with PM", async () => {
    const dir = folderWith({ "m.csv": MS_EN });
    expect((await run(dir, ["m.csv", "--keep", "latest"])).kept).toEqual(["ana@x.org@2"]);
    expect((await run(dir, ["m.csv", "--keep", "first"])).kept).toEqual(["ana@x.org@3"]);
  });

  it("without --keep, a second sheet is still a rejected duplicate", async () => {
    const dir = folderWith({ "m.csv": MS_EN });
    const r = await run(dir, ["m.csv"]);
    expect(r.code).toBe(1);
    expect(r.kept).toEqual(["ana@x.org@2"]);
  });
});

describe("timestamps", () => {
  it("are read in the formats forms export", () => {
    const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) =>
      Date.UTC(y, mo - 1, d, h, mi, s);
    expect(parseTime("2024/03/01 10:02:11", true)).toBe(at(2024, 3, 1, 10, 2, 11));
    expect(parseTime("2024-03-01T10:02:11.5Z", false)).toBe(at(2024, 3, 1, 10, 2, 11));
    expect(parseTime("02/03/2024 10:00", true)).toBe(at(2024, 3, 2, 10));
    expect(parseTime("02/03/2024 10:00", false)).toBe(at(2024, 2, 3, 10));
    expect(parseTime("13/02/2024", false)).toBe(at(2024, 2, 13));
    expect(parseTime("3/2/24 12:15:00 AM", false)).toBe(at(2024, 3, 2, 0, 15));
    expect(parseTime("02.03.2024 14h05", true)).toBe(at(2024, 3, 2, 14, 5));
    expect(parseTime("31/02/2024", true)).toBeNull();
    expect(parseTime("yesterday", true)).toBeNull();
  });
});
