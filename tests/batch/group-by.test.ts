// --group-by COLUMN: per-group figures in the team summary, each hidden below --min-group and
// where it could be worked out from the team's figures less the groups shown; a `group` in
// each result record, which `reflet compare --group-by group` reads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sheetRows } from "../../src/xlsx/sheet-read.ts";
import { openWorkbook } from "../../src/xlsx/workbook.ts";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith, jsonLines, tempDir } from "./helpers.ts";

const team = fixture("team.yaml");
const teams = fixture("teams.csv");
const read = (dir: string, f: string) => readFileSync(join(dir, f), "utf8");

interface Group {
  name: string | null;
  scored: number;
  targets: { id: string; withheld: boolean; n: number; percent: { mean: number } | null }[];
}

const byName = (groups: Group[]) => new Map(groups.map((g) => [g.name, g]));

describe("--group-by in the team summary", () => {
  it("shows each team of 5 or more and hides the others (HTML and its JSON)", async () => {
    const dir = tempDir();
    const r = await runCli(
      ["batch", team, teams, "--group-by", "Équipe", "--summary", "team.html"],
      {
        cwd: dir,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(read(dir, "team.json"));
    expect(json.groupBy).toBe("Équipe");
    const groups = byName(json.groups);
    expect([...groups.keys()]).toEqual(["Centre", "Est", "Nord", "Ouest", "Sud"]);
    for (const [name, size] of [
      ["Nord", 6],
      ["Sud", 5],
      ["Ouest", 5],
    ] as const) {
      const g = groups.get(name) as Group;
      expect(g.scored).toBe(size);
      for (const t of g.targets) expect(t.withheld, `${name} ${t.id}`).toBe(false);
    }
    for (const name of ["Est", "Centre"])
      for (const t of (groups.get(name) as Group).targets) {
        expect(t.withheld).toBe(true);
        expect(t.percent).toBeNull();
      }
    const html = read(dir, "team.html");
    expect(html).toContain("By Équipe");
    expect(html).toContain('<th class="num">Est (n = 2)</th>');
    expect(html).toMatch(/<td class="num">hidden<\/td>/);
  });

  it("a group's figures are those of its people in the results", async () => {
    const dir = tempDir();
    await runCli(
      [
        "batch",
        team,
        teams,
        "--group-by",
        "Équipe",
        "--summary",
        "s.json",
        "--format",
        "jsonl",
        "--output",
        "r.jsonl",
      ],
      { cwd: dir },
    );
    const records = jsonLines(read(dir, "r.jsonl")) as {
      group: string;
      targets: { id: string; percent: number }[];
    }[];
    const nord = records.filter((r) => r.group === "Nord");
    expect(nord).toHaveLength(6);
    const calm = nord.map((r) => r.targets.find((t) => t.id === "calm")?.percent as number);
    const mean = calm.reduce((a, b) => a + b, 0) / calm.length;
    const g = byName(JSON.parse(read(dir, "s.json")).groups).get("Nord") as Group;
    expect(g.targets.find((t) => t.id === "calm")?.percent?.mean).toBeCloseTo(mean, 10);
  });

  it("hides a shown group too when the hidden ones could be worked out from the rest", async () => {
    // Nord 6, Sud 5, Est 2: the team less Nord and Sud would give Est's two people away.
    const lines = readFileSync(teams, "utf8").trimEnd().split("\n");
    const kept = [lines[0], ...lines.slice(1).filter((l) => /,(Nord|Sud|Est),/.test(l))];
    const dir = folderWith({ "three.csv": kept.join("\n") });
    const r = await runCli(
      ["batch", team, "three.csv", "--group-by", "équipe", "--summary", "s.json"],
      {
        cwd: dir,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const groups = byName(JSON.parse(read(dir, "s.json")).groups);
    const hidden = (name: string) =>
      (groups.get(name) as Group).targets.every((t) => t.withheld && t.percent === null);
    expect(hidden("Est")).toBe(true);
    expect(hidden("Sud")).toBe(true);
    expect(hidden("Nord")).toBe(false);
  });

  it("a column that is not there: the file is rejected, naming the columns there are", async () => {
    const dir = tempDir();
    const r = await runCli(["batch", team, teams, "--group-by", "Site", "--summary", "s.json"], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('teams.csv:1: no column "Site" to group by');
    expect(r.stderr).toContain('the columns are "Horodateur", "Nom", "Équipe"');
  });
});

describe("--group-by in the results", () => {
  it("JSON records have a group, CSV a group column after participant; neither without it", async () => {
    const dir = tempDir();
    await runCli(["batch", team, teams, "--group-by", "Équipe", "--output", "r.jsonl"], {
      cwd: dir,
    });
    await runCli(["batch", team, teams, "--group-by", "Équipe", "--output", "r.csv"], { cwd: dir });
    await runCli(["batch", team, teams, "--output", "plain.csv"], { cwd: dir });
    await runCli(["batch", team, teams, "--output", "plain.jsonl"], { cwd: dir });
    const first = jsonLines(read(dir, "r.jsonl"))[0] as Record<string, unknown>;
    expect(Object.keys(first).slice(0, 3)).toEqual(["schemaVersion", "participant", "group"]);
    expect(first.group).toBe("Nord");
    const csv = read(dir, "r.csv").split("\r\n");
    expect(csv[0]?.split(",").slice(0, 3)).toEqual(["participant", "group", "questionnaire"]);
    expect(csv[1]?.split(",")[1]).toBe("Nord");
    expect(read(dir, "plain.csv").split("\r\n")[0]).not.toContain("group");
    expect(jsonLines(read(dir, "plain.jsonl"))[0]).not.toHaveProperty("group");
  });

  it("a workbook has the group column after participant too", async () => {
    const dir = tempDir();
    const r = await runCli(["batch", team, teams, "--group-by", "Équipe", "--output", "r.xlsx"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const book = await openWorkbook(join(dir, "r.xlsx"));
    const rows: string[][] = [];
    for await (const row of sheetRows(book)) rows.push(row.cells);
    expect(rows[0]?.slice(0, 3)).toEqual(["participant", "group", "questionnaire"]);
    expect(rows[1]?.[1]).toBe("Nord");
  });

  it.each(["r.jsonl", "r.csv"])("reflet compare --group-by group reads them (%s)", async (out) => {
    const dir = tempDir();
    for (const wave of ["a", "b"])
      await runCli(
        [
          "batch",
          team,
          teams,
          "--id-column",
          "Nom",
          "--group-by",
          "Équipe",
          "--output",
          `${wave}-${out}`,
        ],
        { cwd: dir },
      );
    const r = await runCli(
      ["compare", `a-${out}`, `b-${out}`, "--group-by", "group", "--questionnaire", team],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Group: Nord");
    expect(r.stdout).toContain("Group: Est");
  });
});
