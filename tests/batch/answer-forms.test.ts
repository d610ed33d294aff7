// One set of rules for every input: an answers file takes every form of answer a CSV cell
// takes (numbers, numbers in quotes, option ids, labels in any language, case and accents
// aside), with the same messages, in `batch` and in `score`.
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith, jsonLines } from "./helpers.ts";

const team = fixture("team.yaml");

/** The same answers as the CSV row below, written the ways a person types them in YAML. */
const YAML_SHEET = `questionnaire: equipe
participant: ana
answers:
  c1: Tout à fait d'accord
  c2: "1"
  c3: AGREE
  c4: plutot pas d'accord
  a1: " 5 "
  a2: strongly disagree
  a3: 4
  s1: j ecoute jusqu au bout
  m1: "A break, a coffee; en parler"
  n1: Je souffle.
`;
const CSV_SHEET = `participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1
ana,5,1,4,2,5,1,4,listen,"break,talk",Je souffle.
`;

/** The records of a batch, without where each came from. */
function records(stdout: string): unknown[] {
  return jsonLines(stdout).map((r) => ({ ...(r as object), source: null }));
}

describe("answers files read answers as CSV cells are read", () => {
  it("gives the same records for the same answers in YAML (labels, numbers in quotes) and in CSV", async () => {
    const dir = folderWith({ "ana.yaml": YAML_SHEET, "team.csv": CSV_SHEET });
    const yaml = await runCli(["batch", team, "ana.yaml", "--format", "jsonl"], { cwd: dir });
    const csv = await runCli(["batch", team, "team.csv", "--format", "jsonl"], { cwd: dir });
    expect(yaml.stderr).toBe("1 scored, 0 rejected, 0 flagged\n");
    expect(yaml.code).toBe(0);
    expect(csv.code).toBe(0);
    expect(records(yaml.stdout)).toEqual(records(csv.stdout));
    expect(records(yaml.stdout)).toHaveLength(1);
  });

  it("scores the same YAML sheet with reflet score as batch does", async () => {
    const dir = folderWith({ "ana.yaml": YAML_SHEET, "team.csv": CSV_SHEET });
    const score = await runCli(["score", team, "--answers", "ana.yaml", "--format", "json"], {
      cwd: dir,
    });
    expect(score.code).toBe(0);
    const batch = jsonLines(
      (await runCli(["batch", team, "team.csv", "--format", "jsonl"], { cwd: dir })).stdout,
    )[0] as { answered: number; targets: { id: string; kind: string; percent: number }[] };
    const result = JSON.parse(score.stdout) as {
      answered: number;
      dimensions: { id: string; percent: number }[];
    };
    expect(result.answered).toBe(batch.answered);
    const dimensions = batch.targets.filter((t) => t.kind === "dimension");
    expect(result.dimensions.map((d) => [d.id, d.percent])).toEqual(
      dimensions.map((t) => [t.id, t.percent]),
    );
  });

  it("says which labels an answer may be, in YAML and in CSV alike", async () => {
    const labels =
      '(use one of 1, 2, 3, 4, 5, or their labels: "Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree")';
    const dir = folderWith({
      "ana.yaml": YAML_SHEET.replace("c3: AGREE", "c3: Often"),
      "team.csv": CSV_SHEET.replace("ana,5,1,4", "ana,5,1,Often"),
    });
    const yaml = await runCli(["batch", team, "ana.yaml", "--format", "jsonl"], { cwd: dir });
    expect(yaml.code).toBe(1);
    expect(yaml.stderr).toContain(`ana.yaml:6:7: c3: "Often" is not on the scale ${labels}\n`);
    const csv = await runCli(["batch", team, "team.csv", "--format", "jsonl"], { cwd: dir });
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain(
      `team.csv:2: column "c3" (c3): "Often" is not an answer to this question ${labels}\n`,
    );
    const score = await runCli(["score", team, "--answers", "ana.yaml"], { cwd: dir });
    expect(score.code).toBe(1);
    expect(score.stderr).toBe(`ana.yaml:6:7: c3: "Often" is not on the scale ${labels}\n`);
  });

  it("gives the most options that may be chosen", async () => {
    const dir = folderWith({
      "ana.yaml": YAML_SHEET.replace('"A break, a coffee; en parler"', "[break, talk, walk]"),
    });
    const r = await runCli(["batch", team, "ana.yaml", "--format", "jsonl", "--lang", "fr"], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "ana.yaml:12:7: m1 : trop d’options choisies (choisissez-en au plus 2)\n",
    );
  });
});

describe("an unknown item id in an answers file", () => {
  const typo = YAML_SHEET.replace("  a3: 4", "  a33: 4");

  it("is a warning naming the id and the closest one; the other answers are scored", async () => {
    const dir = folderWith({ "ana.yaml": typo });
    const r = await runCli(["batch", team, "ana.yaml", "--format", "jsonl"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'ana.yaml:10:3: warning: no question "a33" in this questionnaire: this answer is left out (did you mean "a3"?)\n' +
        "1 scored, 0 rejected, 0 flagged\n",
    );
    const [record] = jsonLines(r.stdout) as { participant: string; answered: number }[];
    expect(record).toMatchObject({ participant: "ana", answered: 9 });
  });

  it("is the same warning in reflet score, in French too", async () => {
    const dir = folderWith({ "ana.yaml": typo });
    const r = await runCli(["score", team, "--answers", "ana.yaml", "--lang", "fr"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "ana.yaml:10:3: attention : pas de question « a33 » dans ce questionnaire : cette réponse est laissée de côté (vouliez-vous dire « a3 » ?)\n",
    );
    expect(r.stdout).toContain("ana");
  });

  it("still leaves a sheet with nothing else to score unscored", async () => {
    const dir = folderWith({ "ana.yaml": "questionnaire: equipe\nanswers:\n  zz: 4\n" });
    const r = await runCli(["batch", team, "ana.yaml", "--format", "jsonl"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ana.yaml:3:3: warning: no question "zz" in this questionnaire');
    expect(r.stderr).toContain("ana.yaml: no answers: this sheet is not scored");
  });
});
