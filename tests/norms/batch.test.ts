// batch --norms on the built binary: the percentiles in the records are the standing that
// `score --norms` states for the same sheet, reports carry that standing, and norms of another
// version are refused before any row is read. Run `node scripts/build.mjs` first.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, jsonLines, tempDir } from "../batch/helpers.ts";
import { runCli } from "../cli/in-process.ts";
import { teamCsv } from "./helpers.ts";

const team = fixture("team.yaml");
const alice = fixture("answers/alice.yaml");

interface NormedRecord {
  participant: string;
  targets: { id: string; kind: string }[];
  percentiles: Record<string, number | null>;
}

/** A folder with team.csv and norms.json built from its batch results. */
async function withNorms(): Promise<string> {
  const dir = tempDir();
  writeFileSync(join(dir, "team.csv"), teamCsv());
  expect(
    (await runCli(["batch", team, "team.csv", "--output", "team.jsonl"], { cwd: dir })).code,
  ).toBe(0);
  const built = await runCli(["norms", "build", "team.jsonl", "--output", "norms.json"], {
    cwd: dir,
  });
  expect(built.code, built.stderr).toBe(0);
  return dir;
}

/** The "higher than N people in 10" of each dimension `score --norms` prints, as N × 10. */
async function statedPercentiles(dir: string): Promise<(number | null)[]> {
  const r = await runCli(["score", team, "--answers", alice, "--norms", "norms.json"], {
    cwd: dir,
  });
  expect(r.code, r.stderr).toBe(0);
  const block = r.stdout.slice(r.stdout.indexOf("Where you stand"));
  const lines = block.trim().split("\n").slice(1);
  expect(lines.length).toBeGreaterThan(0);
  return lines.map((l) => {
    const n = /higher than (\d+) people in 10/.exec(l);
    return n ? Number(n[1]) * 10 : null;
  });
}

describe("batch --norms", () => {
  it("adds to each record the percentile score --norms states for the same sheet", async () => {
    const dir = await withNorms();
    const stated = await statedPercentiles(dir);
    expect(stated.some((p) => p !== null)).toBe(true);
    const args = ["batch", team, alice, "team.csv", "--norms", "norms.json"];
    const jsonl = await runCli([...args, "--format", "jsonl"], { cwd: dir });
    expect(jsonl.code, jsonl.stderr).toBe(0);
    const records = jsonLines(jsonl.stdout) as NormedRecord[];
    expect(records).toHaveLength(41);
    const mine = records.find((r) => r.participant === "alice") as NormedRecord;
    const dims = mine.targets.filter((t) => t.kind === "dimension").map((t) => t.id);
    expect(dims.map((id) => mine.percentiles[id])).toEqual(stated);
    // Every target has its percentile, dimensions and facets alike.
    for (const r of records) expect(Object.keys(r.percentiles)).toEqual(r.targets.map((t) => t.id));

    const json = await runCli([...args, "--format", "json"], { cwd: dir });
    expect(JSON.parse(json.stdout)).toEqual(records);

    const csv = await runCli([...args, "--format", "csv"], { cwd: dir });
    expect(csv.code, csv.stderr).toBe(0);
    const [header, ...rows] = csv.stdout
      .trim()
      .split("\r\n")
      .map((l) => l.split(","));
    const ids = mine.targets.map((t) => t.id);
    expect(header?.slice(-ids.length)).toEqual(ids.map((id) => `${id}.percentile`));
    const row = rows.find((r) => r[0] === "alice") as string[];
    expect(row.slice(-ids.length)).toEqual(ids.map((id) => String(mine.percentiles[id] ?? "")));
  });

  it("reports show where the person stands, as score --norms says it", async () => {
    const dir = await withNorms();
    const md = await runCli(
      [
        "batch",
        team,
        alice,
        "--norms",
        "norms.json",
        "--reports",
        "md",
        "--report-format",
        "markdown",
      ],
      { cwd: dir },
    );
    expect(md.code, md.stderr).toBe(0);
    const score = await runCli(
      [
        ...["score", team, "--answers", alice, "--format", "markdown", "--norms", "norms.json"],
        // alice's answers file asks for French, which her report follows.
        ...["--lang", "fr"],
      ],
      { cwd: dir },
    );
    // The report adds one line under the participant's: the answers' date, the blanks.
    const report = readFileSync(join(dir, "md", "alice.md"), "utf8").split("\n");
    expect(report[4]).toMatch(/^réponses du \d{4}-\d\d-\d\d · /);
    expect([...report.slice(0, 4), ...report.slice(6)].join("\n")).toBe(score.stdout);

    const html = await runCli(
      ["batch", team, alice, "--norms", "norms.json", "--reports", "html"],
      {
        cwd: dir,
      },
    );
    expect(html.code, html.stderr).toBe(0);
    const page = readFileSync(join(dir, "html", "alice.html"), "utf8");
    expect(page).toMatch(/<h2>Où vous vous situez \(normes, n = 40\)[^<]*<\/h2>/);
    const standing =
      /<li>Calme[^<]*plus haut que (\d+) personnes sur 10 de votre équipe, n = 40<\/li>/;
    expect(Number(standing.exec(page)?.[1]) * 10).toBe((await statedPercentiles(dir))[0]);
  });

  it("refuses norms of another version before any row is read: one line, exit 2", async () => {
    const dir = await withNorms();
    const other = JSON.parse(readFileSync(join(dir, "norms.json"), "utf8"));
    other.questionnaire.version = "1";
    writeFileSync(join(dir, "n1.json"), JSON.stringify(other));
    const r = await runCli(
      ["batch", team, "team.csv", "--norms", "n1.json", "--output", "out.csv", "--reports", "rep"],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "reflet: n1.json: norms of equipe version 1, not of equipe version 2 (build norms from results of this version)\n",
    );
    expect(existsSync(join(dir, "out.csv"))).toBe(false);
    expect(existsSync(join(dir, "rep")) && readdirSync(join(dir, "rep")).length > 0).toBe(false);
  });
});
