// The outputs around a batch a coach works with: the summary as CSV, --excel results in the
// coach's language, and what each report says about the answers behind it.
import { readFileSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith, jsonLines, tempDir } from "./helpers.ts";

const team = fixture("team.yaml");
const teams = fixture("teams.csv");
const read = (dir: string, f: string) => readFileSync(join(dir, f), "utf8");

describe("--summary team.csv", () => {
  it("writes the figures per dimension and per group, with its JSON twin", async () => {
    const dir = tempDir();
    const r = await runCli(
      ["batch", team, teams, "--group-by", "Équipe", "--summary", "team.csv"],
      {
        cwd: dir,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("written: team.csv, team.json");
    const lines = read(dir, "team.csv").trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "scope,group,target,kind,parent,name,scored,n,insufficient,withheld,score.mean,score.sd,score.min,score.max,percent.mean,percent.sd,percent.min,percent.max,alpha,bands",
    );
    // 4 targets for the team, then 4 for each of the 5 groups.
    expect(lines).toHaveLength(1 + 4 + 5 * 4);
    const json = JSON.parse(read(dir, "team.json"));
    const calm = json.targets.find((t: { id: string }) => t.id === "calm");
    const teamCalm = lines[1]?.split(",") ?? [];
    expect(teamCalm.slice(0, 10)).toEqual([
      "team",
      "",
      "calm",
      "dimension",
      "",
      "Calm",
      "21",
      "21",
      "0",
      "no",
    ]);
    expect(Number(teamCalm[14])).toBe(Math.round(calm.percent.mean * 100) / 100);
    const est = lines.find((l) => l.startsWith("group,Est,calm,"))?.split(",") ?? [];
    expect(est[9]).toBe("yes");
    expect(est.slice(10, 19).every((c) => c === "")).toBe(true);
    expect(lines.some((l) => l.startsWith("group,Nord,calm,dimension,,Calm,6,6,0,no,"))).toBe(true);
  });

  it("with --excel: BOM, ';' and decimal comma; a group name cannot become a formula", async () => {
    const csv = readFileSync(teams, "utf8").replace(/,Nord,/g, ",=HYPERLINK(1),");
    const dir = folderWith({ "in.csv": csv });
    const r = await runCli(
      ["batch", team, "in.csv", "--group-by", "Équipe", "--summary", "s.csv", "--excel"],
      { cwd: dir, env: { REFLET_LANG: "fr" } },
    );
    expect(r.code, r.stderr).toBe(0);
    const text = read(dir, "s.csv");
    expect(text.startsWith("\uFEFFscope;group;")).toBe(true);
    expect(text).toMatch(/^team;;calm;dimension;;Calme;21;21;0;no;\d+,\d+;/m);
    expect(text).toContain("group;'=HYPERLINK(1);calm;");
  });

  it("a name the summary cannot be written as still ends with exit 2", async () => {
    const r = await runCli(["batch", team, teams, "--summary", "team.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the summary is written as .html, .md, .csv or .json");
  });
});

describe("--excel results in the chosen language", () => {
  it("bands, statuses and profiles by their labels; JSON keeps the ids", async () => {
    const csv = `${readFileSync(teams, "utf8").trimEnd()}\n2026/11/30 10:00:00,Zoé Blanc,Nord,Plutôt d'accord,Plutôt pas d'accord,Plutôt d'accord,Plutôt pas d'accord,,,,,,\n`;
    const dir = folderWith({ "in.csv": csv });
    const fr = { env: { REFLET_LANG: "fr" }, cwd: dir };
    await runCli(["batch", team, "in.csv", "--output", "x.csv", "--excel"], fr);
    await runCli(["batch", team, "in.csv", "--output", "en.csv", "--excel", "--lang", "en"], fr);
    await runCli(["batch", team, "in.csv", "--output", "plain.csv"], fr);
    await runCli(["batch", team, "in.csv", "--output", "r.jsonl", "--excel"], fr);
    const x = read(dir, "x.csv");
    expect(x).toMatch(/;(bas|moyen|haut);ok;/);
    expect(x).toContain(";En chemin;");
    expect(x).toContain(";pas assez de réponses;");
    expect(x).not.toMatch(/;(low|middle|high|insufficient|everyone);/);
    const en = read(dir, "en.csv");
    expect(en).toContain(";On the way;");
    expect(en).toContain(";not enough answers;");
    const plain = read(dir, "plain.csv");
    expect(plain).toMatch(/,(low|middle|high),ok,/);
    expect(plain).toContain(",everyone,");
    const json = jsonLines(read(dir, "r.jsonl")) as {
      archetype: string;
      targets: { band: string }[];
    }[];
    expect(json[0]?.archetype).toBe("everyone");
    expect(["low", "middle", "high"]).toContain(json[0]?.targets[0]?.band);
  });
});

describe("--excel results read by reflet compare", () => {
  it("band labels are read back as ids: band moves are counted", async () => {
    const dir = tempDir();
    for (const wave of ["a", "b"])
      await runCli(
        ["batch", team, teams, "--id-column", "Nom", "--output", `${wave}.csv`, "--excel"],
        {
          cwd: dir,
          env: { REFLET_LANG: "fr" },
        },
      );
    const r = await runCli(["compare", "a.csv", "b.csv", "--questionnaire", team], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Calm .* 0% \/ 100% \/ 0%/m);
  });
});

describe("reports say when the answers were given and how many were left blank", () => {
  it("from the timestamp column of a Forms export", async () => {
    const dir = tempDir();
    const r = await runCli(
      [
        "batch",
        team,
        teams,
        "--id-column",
        "Nom",
        "--reports",
        "out",
        "--report-format",
        "markdown",
      ],
      { cwd: dir, env: { REFLET_LANG: "fr" } },
    );
    expect(r.code, r.stderr).toBe(0);
    const md = read(dir, "out/Amandine_Martin.md");
    expect(md).toContain("réponses du 2026/11/03 09:00:00 · 1 question sans réponse");
  });

  it("from the file's date for an answers file, in HTML too", async () => {
    const dir = folderWith({
      "alice.yaml": readFileSync(fixture("answers/alice.yaml"), "utf8"),
    });
    utimesSync(
      join(dir, "alice.yaml"),
      new Date("2026-03-14T12:00:00Z"),
      new Date("2026-03-14T12:00:00Z"),
    );
    const r = await runCli(["batch", team, "alice.yaml", "--reports", "out"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const html = read(dir, "out/alice.html");
    expect(html).toMatch(/(answers of 2026-03-14|réponses du 2026-03-14)/);
    expect(html).toMatch(/(every question answered|toutes les questions ont une réponse)/);
  });
});

describe("the summary explains itself", () => {
  it("scenarios by their scene, and a word next to a negative item-total correlation", async () => {
    // c2 answered against c1 for some and with it for others: its item-total turns negative.
    const rows = ["participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1"];
    const sheets = [
      "5,5,5,1,4,2,4,listen,break,",
      "1,1,1,5,2,4,2,shout,walk,",
      "4,5,4,2,5,1,5,listen,talk,",
      "2,1,2,4,2,5,1,shout,walk,",
      "5,4,4,1,4,2,4,listen,break,",
      "1,2,2,5,1,4,2,shout,walk,",
    ];
    for (const [i, s] of sheets.entries()) rows.push(`p${i},${s}`);
    const dir = folderWith({ "in.csv": rows.join("\n") });
    const r = await runCli(["batch", team, "in.csv", "--summary", "s.md", "--min-group", "3"], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const md = read(dir, "s.md");
    expect(md).toContain("s1: A client shouts on the phone. What do you do?");
    expect(md).toMatch(
      /c2: I get angry fast\. \| -\d\.\d\d \(negative: this item goes against the others/,
    );
  });
});
