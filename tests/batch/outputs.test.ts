import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith, jsonLines, tempDir } from "./helpers.ts";

const team = fixture("team.yaml");
const HEADER = "participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1";
const row = (id: string, note = "") => `${id},5,1,4,2,5,1,4,listen,break,${note}`;
const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");

describe("results as CSV", () => {
  it("makes formula cells inert and keeps numbers as numbers", async () => {
    const dir = folderWith({
      "t.csv": [
        HEADER,
        row('"=HYPERLINK(""http://x"",""y"")"'),
        row("+33612"),
        row("@SUM(A1)"),
        row("-1"),
      ].join("\n"),
    });
    const r = await runCli(["batch", team, "t.csv"], { cwd: dir });
    expect(r.code).toBe(0);
    const ids = r.stdout
      .trim()
      .split("\r\n")
      .slice(1)
      .map((l) => l.slice(0, l.indexOf(",equipe,")));
    expect(ids).toEqual(['"\'=HYPERLINK(""http://x"",""y"")"', "'+33612", "'@SUM(A1)", "'-1"]);
    // The score columns are plain numbers.
    expect(r.stdout.split("\r\n")[2]).toMatch(/^'\+33612,equipe,2,9,10,[\d.]+,[\d.]+,/);
  });

  it("--excel writes a byte order mark, semicolons and decimal commas", async () => {
    const dir = folderWith({ "t.csv": [HEADER, "zoé,4,2,3,3,4,2,5,listen,,"].join("\n") });
    const r = await runCli(["batch", team, "t.csv", "--excel", "--output", "out.csv"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const bytes = readFileSync(join(dir, "out.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, first] = bytes.toString("utf8").slice(1).split("\r\n");
    expect(header?.split(";").slice(0, 6)).toEqual([
      "participant",
      "questionnaire",
      "version",
      "answered",
      "shown",
      "calm.score",
    ]);
    expect(first).toMatch(/^zoé;equipe;2;\d+;10;\d+,\d+;\d+,\d+;/);
  });

  it("writes its columns in the documented order", async () => {
    const r = await runCli(["batch", team, fixture("ids.csv")]);
    const header = r.stdout.split("\r\n")[0]?.split(",");
    const targets = ["calm", "breath", "pause", "care"].flatMap((t) =>
      ["score", "percent", "band", "status"].map((f) => `${t}.${f}`),
    );
    expect(header).toEqual([
      "participant",
      "questionnaire",
      "version",
      "answered",
      "shown",
      ...targets,
      "archetype",
      "flags",
      "file",
      "line",
      "lowInformation",
      "notApplicable",
    ]);
  });
});

describe("where results go", () => {
  it("a batch with reports and a summary writes no results unless asked", async () => {
    const dir = tempDir();
    const r = await runCli(
      ["batch", team, fixture("answers"), "--reports", "out", "--summary", "team.md"],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["alice.html", "bob.html", "carol.html"]);
    expect(readdirSync(dir).sort()).toEqual(["out", "team.json", "team.md"]);
    expect(r.stderr).toContain("written: 3 reports in out");
    expect(r.stderr).toContain("written: team.md, team.json");
  });

  it("--output writes a complete file, private to its owner, and nothing on stdout", async () => {
    const dir = tempDir();
    const r = await runCli(["batch", team, fixture("ids.csv"), "--output", "results.jsonl"], {
      cwd: dir,
    });
    expect(r.stdout).toBe("");
    expect(jsonLines(read(dir, "results.jsonl"))).toHaveLength(3);
    expect(statSync(join(dir, "results.jsonl")).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(["results.jsonl"]);
  });

  it("Markdown reports say what the profile says", async () => {
    const dir = tempDir();
    const carol = fixture("answers/carol.yaml");
    await runCli(["batch", team, carol, "--reports", "out", "--report-format", "markdown"], {
      cwd: dir,
    });
    const profile = await runCli(["score", team, "--answers", carol, "--format", "markdown"]);
    // The report adds one line under the participant's: the answers' date, the blanks.
    const report = read(join(dir, "out"), "carol.md").split("\n");
    expect(report[4]).toMatch(/^answers of \d{4}-\d\d-\d\d · /);
    expect([...report.slice(0, 4), ...report.slice(6)].join("\n")).toBe(profile.stdout);
  });
});

describe("--pseudonymize", () => {
  it("gives the same pseudonyms on every run with the key kept private in the data folder", async () => {
    const home = join(tempDir(), "home");
    const once = async () =>
      await runCli(["batch", team, fixture("ids.csv"), "--format", "jsonl", "--pseudonymize"], {
        env: { REFLET_HOME: home },
      });
    const first = await once();
    expect(first.stderr).toMatch(/new pseudonym key in .*pseudonym\.key/);
    const second = await once();
    expect(second.stderr).not.toMatch(/new pseudonym key/);
    const ids = (run: { stdout: string }) =>
      (jsonLines(run.stdout) as { participant: string }[]).map((r) => r.participant);
    expect(ids(first)).toEqual(ids(second));
    expect(ids(first).every((id) => /^p-[0-9a-f]{16}$/.test(id))).toBe(true);
    expect(new Set(ids(first)).size).toBe(3);
    expect(first.stdout).not.toMatch(/alice|bob|carol|ids\.csv/);
    expect(statSync(join(home, "pseudonym.key")).mode & 0o777).toBe(0o600);
    expect(statSync(home).mode & 0o777).toBe(0o700);
    const other = await runCli([
      "batch",
      team,
      fixture("ids.csv"),
      "--format",
      "jsonl",
      "--pseudonymize",
    ]);
    expect(ids(other)).not.toEqual(ids(first));
  });

  it("uses the key given with --key-file, and names reports by pseudonym", async () => {
    const dir = folderWith({ "team.key": "a shared key, long enough to be one\n" });
    const args = [
      "batch",
      team,
      fixture("answers"),
      "--key-file",
      "team.key",
      "--reports",
      "out",
      "--format",
      "jsonl",
    ];
    const a = await runCli(args, { cwd: dir });
    // The second run writes into the first one's reports: --force says that is wanted.
    const b = await runCli([...args, "--force"], { cwd: dir });
    expect(a.stdout).toBe(b.stdout);
    const ids = (jsonLines(a.stdout) as { participant: string }[]).map((r) => r.participant);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(ids.map((id) => `${id}.html`).sort());
  });

  it("refuses a key that is too short", async () => {
    const dir = folderWith({ k: "short" });
    const r = await runCli(["batch", team, fixture("ids.csv"), "--key-file", "k"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the pseudonym key is too short/);
  });
});

describe("free-text notes", () => {
  const dir = () =>
    folderWith({
      "t.csv": [
        HEADER,
        ...["a", "b", "c", "d"].map((id) => row(id)),
        row("e", "Mon idée secrète"),
      ].join("\n"),
    });

  it("stay out of reports and summaries unless --include-notes", async () => {
    const without = dir();
    await runCli(["batch", team, "t.csv", "--reports", "out", "--summary", "s.html"], {
      cwd: without,
    });
    expect(read(join(without, "out"), "e.html")).not.toContain("secrète");
    expect(read(without, "s.html")).not.toContain("secrète");
    expect(JSON.parse(read(without, "s.json")).notes).toBeNull();
    const withNotes = dir();
    await runCli(
      ["batch", team, "t.csv", "--reports", "out", "--summary", "s.html", "--include-notes"],
      {
        cwd: withNotes,
      },
    );
    expect(read(join(withNotes, "out"), "e.html")).toContain("Mon idée secrète");
    expect(read(withNotes, "s.html")).toContain("Mon idée secrète");
  });
});

describe("the team summary", () => {
  it("shows no figures for fewer participants than --min-group", async () => {
    const dir = tempDir();
    const r = await runCli(
      ["batch", team, fixture("ids.csv"), "--summary", "s.md", "--include-notes"],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    const md = read(dir, "s.md");
    expect(md).toContain(
      "Fewer than 5 participants were scored: no per-dimension figures are shown",
    );
    expect(md).not.toMatch(/alpha|mean/i);
    const json = JSON.parse(read(dir, "s.json"));
    expect(json).toMatchObject({
      withheld: true,
      targets: [],
      notes: null,
      participants: { scored: 3 },
    });
  });

  it("gives the figures once the group is large enough", async () => {
    const dir = tempDir();
    await runCli(["batch", team, fixture("ids.csv"), "--summary", "s.json", "--min-group", "3"], {
      cwd: dir,
    });
    const json = JSON.parse(read(dir, "s.json"));
    expect(json.withheld).toBe(false);
    expect(json.targets.map((t: { id: string }) => t.id)).toEqual([
      "calm",
      "breath",
      "pause",
      "care",
    ]);
    expect(readdirSync(dir)).toEqual(["s.json"]);
  });

  it("gives Cronbach's alpha and item-total correlations matching the reference", async () => {
    const dir = tempDir();
    const r = await runCli(
      ["batch", fixture("alpha.yaml"), fixture("alpha.csv"), "--summary", "s.json"],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const [service] = JSON.parse(read(dir, "s.json")).targets;
    // Figures from NumPy: see tests/batch/alpha.test.ts. Two rows miss an answer: left out.
    expect(service.n).toBe(14);
    expect(service.reliability.n).toBe(12);
    expect(service.reliability.alpha).toBeCloseTo(0.9554240631163707, 12);
    const itemTotal = service.reliability.items.map((i: { itemTotal: number }) => i.itemTotal);
    for (const [i, expected] of [
      0.9285446710789566, 0.8488221488080419, 0.9488716853527946, 0.8510089491649817,
    ].entries())
      expect(itemTotal[i]).toBeCloseTo(expected, 12);
  });

  it("counts the participants flagged for response quality, per flag, without naming them", async () => {
    const dir = tempDir();
    await runCli(["batch", team, fixture("team.csv"), "--summary", "s.json"], { cwd: dir });
    const summary = JSON.parse(read(dir, "s.json"));
    expect(summary.flags).toEqual([
      { id: "straight-lining", count: 1 },
      { id: "calm-pair", count: 1 },
    ]);
    expect(summary).not.toHaveProperty("flagged");
    expect(read(dir, "s.json")).not.toMatch(/david|hugo/);
  });
});

describe("usage errors", () => {
  it.each([
    [["--min-group", "0"], /--min-group must be a whole number of 1 or more/],
    [["--summary", "team.txt"], /the summary is written as \.html, \.md, \.csv or \.json/],
    [["--format", "xml"], /invalid/i],
  ])("%s ends with exit 2", async (args, message) => {
    const r = await runCli(["batch", team, fixture("ids.csv"), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("an unknown questionnaire ends with exit 2", async () => {
    const r = await runCli(["batch", "no-such-questionnaire", fixture("ids.csv")]);
    expect(r.code).toBe(2);
  });

  it("standard input given twice ends with exit 2", async () => {
    const r = await runCli(["batch", team, "-", "-"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/can be given only once/);
  });
});

describe("standard error", () => {
  it("shows no progress line when it is not a terminal", async () => {
    const r = await runCli(["batch", team, fixture("team.csv")]);
    expect(r.stderr).not.toMatch(/scoring|\r/);
    expect(r.stderr.trim().split("\n").at(-1)).toBe("8 scored, 0 rejected, 2 flagged");
  });

  it("speaks French", async () => {
    const r = await runCli(["batch", team, fixture("team.csv"), "--lang", "fr"]);
    expect(r.stderr.trim().split("\n").at(-1)).toBe("8 évalués, 0 rejeté, 2 signalés");
  });
});
