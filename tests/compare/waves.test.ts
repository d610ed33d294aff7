// reflet compare on two waves scored by reflet batch: what a coach runs after a training.
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { read, scoreWaves, team, write } from "./helpers.ts";

const names = [
  "ana",
  "bruno",
  "chloe",
  "david",
  "emma",
  "farid",
  "gael",
  "hana",
  "ines",
  "jules",
  "karim",
  "lea",
  "zoe",
];

describe("compare two waves", () => {
  it("matches people by id and shows the change per dimension, in JSON Lines, JSON and CSV alike", async () => {
    const runs: { ext: "jsonl" | "json" | "csv"; extra?: string[] }[] = [
      { ext: "jsonl" },
      { ext: "json" },
      { ext: "csv" },
      // Excel's French CSV: a byte order mark, ";" between cells, decimal commas.
      { ext: "csv", extra: ["--excel"] },
    ];
    const outputs = [];
    for (const { ext, extra } of runs) {
      const dir = await scoreWaves({ ext, ...(extra ? { extra } : {}) });
      const r = await runCli(
        ["compare", `before.${ext}`, `after.${ext}`, "-q", team, "--summary", "impact.json"],
        { cwd: dir },
      );
      expect(r.code, r.stderr).toBe(0);
      outputs.push(JSON.parse(read(dir, "impact.json")));
    }
    const [jsonl, json, csv, excel] = outputs;
    // 12 before, 12 after (ana left, zoe came): 11 matched.
    expect(jsonl.participants).toEqual({ before: 12, after: 12, matched: 11 });
    expect(jsonl.targets.map((t: { id: string }) => t.id)).toEqual([
      "calm",
      "breath",
      "pause",
      "care",
    ]);
    expect(jsonl.targets[0]).toMatchObject({
      nBefore: 12,
      nAfter: 12,
      nMatched: 11,
      withheld: false,
    });
    expect(json).toEqual(jsonl);
    // CSV rounds percents to 2 decimals: the same figures to that precision.
    for (const [i, t] of csv.targets.entries())
      expect(t.change.mean).toBeCloseTo(jsonl.targets[i].change.mean, 1);
    expect(excel).toEqual(csv);
  });

  it("prints the table on the terminal, writes the summary without names and each person's change apart", async () => {
    const dir = await scoreWaves();
    const r = await runCli(
      [
        "compare",
        "before.jsonl",
        "after.jsonl",
        "-q",
        team,
        "--reliability",
        "before-team.json",
        "--summary",
        "impact.html",
        "--output",
        "changes.csv",
      ],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("n matched");
    expect(r.stdout).toMatch(/Calm\s+12\s+12\s+11\s/);
    expect(r.stderr).toContain("written: changes.csv, impact.html, impact.json");
    for (const file of ["impact.html", "impact.json"]) {
      const text = read(dir, file);
      for (const who of names)
        expect(text, `${who} in ${file}`).not.toMatch(new RegExp(`\\b${who}\\b`));
    }
    expect(r.stdout).not.toMatch(/\bbruno\b/);
    const rows = read(dir, "changes.csv").trim().split("\r\n");
    expect(rows[0]).toMatch(
      /^participant,calm\.before,calm\.after,calm\.change,calm\.bandBefore,calm\.bandAfter,calm\.rci,calm\.reliable,/,
    );
    expect(rows.slice(1).map((l) => l.split(",")[0])).toEqual(names.slice(1, 12));
    // The RCI of each person from the first wave's alpha (before-team.json).
    const summary = JSON.parse(read(dir, "before-team.json"));
    expect(summary.targets[0].reliability.alpha).toBeGreaterThan(0);
    const impact = JSON.parse(read(dir, "impact.json"));
    expect(impact.reliability[0]).toEqual({
      id: "calm",
      value: summary.targets[0].reliability.alpha,
      source: "alpha",
      n: null,
    });
    expect(r.stdout).toMatch(/Calm: Cronbach's alpha of the first wave = 0\.\d\d\n/);
    // The per-person CSV gives the reliability each index rests on, on every row.
    const head = (rows[0] as string).split(",");
    const column = head.indexOf("calm.reliability");
    expect(column).toBeGreaterThan(0);
    for (const row of rows.slice(1))
      expect(Number(row.split(",")[column])).toBeCloseTo(summary.targets[0].reliability.alpha, 4);
    const reliable = impact.targets[0].reliable;
    expect(reliable.up + reliable.none + reliable.down).toBe(11);
  });

  it("matches pseudonyms made with the same key, and refuses with a hint when ids cannot match", async () => {
    const same = await scoreWaves({ extra: ["--key-file", "team.key"] });
    const r = await runCli(
      ["compare", "before.jsonl", "after.jsonl", "-q", team, "--format", "json"],
      {
        cwd: same,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const people = JSON.parse(r.stdout).people as { participant: string }[];
    expect(people).toHaveLength(11);
    for (const p of people) expect(p.participant).toMatch(/^p-[0-9a-f]{16}$/);

    // Each wave pseudonymised with its own key (each run's own data folder): nobody matches.
    const other = await scoreWaves({ extra: ["--pseudonymize"] });
    const refused = await runCli(["compare", "before.jsonl", "after.jsonl", "-q", team], {
      cwd: other,
    });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toContain("no participant is in both before.jsonl and after.jsonl");
    expect(refused.stderr).toContain("--pseudonymize and the same key");
    expect(refused.stderr).toContain("--unpaired");
    const unpaired = await runCli(
      ["compare", "before.jsonl", "after.jsonl", "-q", team, "--unpaired", "--summary", "u.json"],
      { cwd: other },
    );
    expect(unpaired.code, unpaired.stderr).toBe(0);
    expect(JSON.parse(read(other, "u.json")).targets[0].change.kind).toBe("welch");
  });

  it("refuses results of different versions, naming both", async () => {
    const dir = await scoreWaves();
    write(
      dir,
      "after.jsonl",
      read(dir, "after.jsonl").replaceAll('"version":"2"', '"version":"3"'),
    );
    const r = await runCli(
      ["compare", "before.jsonl", "after.jsonl", "-q", team, "--summary", "x.html"],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      "reflet: before.jsonl holds results of equipe version 2, after.jsonl of equipe version 3: only results of the same questionnaire and version can be compared (score both waves with one version)",
    );
    expect(() => read(dir, "x.html")).toThrow();
  });

  it("shows no figure below --min-group, and per group only the groups large enough", async () => {
    const dir = await scoreWaves({ ext: "csv" });
    const small = await runCli(
      [
        "compare",
        "before.csv",
        "after.csv",
        "-q",
        team,
        "--min-group",
        "12",
        "--summary",
        "s.html",
      ],
      { cwd: dir },
    );
    expect(small.code, small.stderr).toBe(0);
    const json = JSON.parse(read(dir, "s.json"));
    for (const t of json.targets)
      expect(t).toMatchObject({ withheld: true, change: null, before: null, bands: null });
    expect(read(dir, "s.html")).not.toContain("d_z =");
    expect(read(dir, "s.html")).toContain("Fewer than 12 people");
    expect(small.stdout).toMatch(/Calm\s+12\s+12\s+11\s+—\s+—\s+—/);

    // A group column in the results (as batch --group-by writes one). A pair's group is its
    // second wave's: north has 5 matched, south 3, east 3. South and east are under 5, and
    // withheld together they rest on 6: north can be shown without giving them away.
    const withTeam = (name: string) => {
      const lines = read(dir, name).trimEnd().split("\r\n");
      const team = (i: number) => (i === 0 ? "team" : i <= 5 ? "north" : i <= 8 ? "south" : "east");
      write(dir, name, lines.map((l, i) => `${l},${team(i)}`).join("\r\n"));
    };
    withTeam("before.csv");
    withTeam("after.csv");
    const grouped = await runCli(
      [
        "compare",
        "before.csv",
        "after.csv",
        "-q",
        team,
        "--group-by",
        "team",
        "--summary",
        "g.json",
      ],
      { cwd: dir },
    );
    expect(grouped.code, grouped.stderr).toBe(0);
    const groups = JSON.parse(read(dir, "g.json")).groups as {
      name: string;
      targets: { withheld: boolean; nMatched: number }[];
    }[];
    expect(groups.map((g) => [g.name, g.targets[0]?.nMatched, g.targets[0]?.withheld])).toEqual([
      ["east", 3, true],
      ["north", 5, false],
      ["south", 3, true],
    ]);
  });

  it("says what is wrong with a file that is not batch results, in one line", async () => {
    const dir = await scoreWaves();
    write(dir, "bad.jsonl", `${read(dir, "before.jsonl").split("\n")[0]}\n{"participant": 3}\n`);
    const r = await runCli(["compare", "before.jsonl", "bad.jsonl", "-q", team], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      "bad.jsonl:2: not a batch record (give a file written by reflet batch --output)",
    );
    const missing = await runCli(["compare", "before.jsonl", "nothing.jsonl", "-q", team], {
      cwd: dir,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe("reflet: nothing.jsonl: cannot be read (ENOENT)");
    // A participant id that carries a terminal escape is shown escaped, never raw.
    const first = JSON.parse(read(dir, "before.jsonl").split("\n")[0] as string);
    first.participant = "\u001b]0;owned\u0007";
    write(dir, "twice.jsonl", `${JSON.stringify(first)}\n${JSON.stringify(first)}\n`);
    const twice = await runCli(["compare", "twice.jsonl", "after.jsonl", "-q", team], { cwd: dir });
    expect(twice.code).toBe(1);
    expect(twice.stderr).not.toContain("\u001b");
    expect(twice.stderr.trim()).toBe(
      'twice.jsonl:2: participant "\\u001B]0;owned\\u0007" appears more than once (keep one record per person)',
    );
    const over = await runCli(
      ["compare", "before.jsonl", "after.jsonl", "-q", team, "--output", "before.jsonl"],
      { cwd: dir },
    );
    expect(over.code).toBe(2);
  });
});
