// A coach's walk, on the built binary: two Google Forms exports of one team a month apart
// (French headers and labels, an e-mail column as the id, one person gone and one new),
// scored with batch --pseudonymize and the same key, then compared into one page. Run
// `node scripts/build.mjs` first.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliRun, runCli } from "../cli/in-process.ts";
import { read, tempDir } from "./helpers.ts";

const fixtures = fileURLToPath(new URL("../fixtures/compare/", import.meta.url));
const march = join(fixtures, "reclamations-mars.csv");
const april = join(fixtures, "reclamations-avril.csv");
const DIMENSIONS = ["prise-en-charge", "recul", "reflexes", "ecoute", "presence"];

interface Target {
  id: string;
  percent: number | null;
  status: string;
}
const records = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { participant: string; targets: Target[] });

let dir = "";
let compared: CliRun;
beforeAll(async () => {
  dir = tempDir("reflet-coach-");
  // One data folder for both runs: the same pseudonym key, as on the coach's own machine.
  const env = { REFLET_HOME: join(dir, "home") };
  for (const [input, output] of [
    [march, "before.jsonl"],
    [april, "after.jsonl"],
  ] as const) {
    const args = ["batch", "reclamations", input, "--id-column", "Adresse e-mail"];
    const r = await runCli([...args, "--pseudonymize", "--output", output], { cwd: dir, env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("15 scored, 0 rejected");
  }
  compared = await runCli(["compare", "before.jsonl", "after.jsonl", "--summary", "impact.html"], {
    cwd: dir,
  });
});

describe("a coach compares two waves of the team", () => {
  it("matches the pseudonyms of the 14 people in both waves and writes the page and its twin", () => {
    expect(compared.code, compared.stderr).toBe(0);
    expect(compared.stderr.trim()).toBe("written: impact.html, impact.json");
    const impact = JSON.parse(read(dir, "impact.json"));
    expect(impact.participants).toEqual({ before: 15, after: 15, matched: 14 });
    expect(impact.targets.map((t: { id: string }) => t.id)).toEqual(DIMENSIONS);
  });

  it("gives the mean change with its interval and the count of reliable changes per dimension", () => {
    const impact = JSON.parse(read(dir, "impact.json"));
    const html = read(dir, "impact.html");
    for (const t of impact.targets) {
      expect(t.withheld).toBe(false);
      expect(t.change.kind).toBe("paired");
      expect(t.change.lo).toBeLessThan(t.change.mean);
      expect(t.change.hi).toBeGreaterThan(t.change.mean);
      expect(t.reliable.up + t.reliable.none + t.reliable.down).toBe(14);
    }
    // No --reliability: each index rests on the matched people's test-retest r, said so.
    expect(impact.reliability.map((r: { source: string; n: number }) => [r.source, r.n])).toEqual(
      DIMENSIONS.map(() => ["retest", 14]),
    );
    expect(html.match(/Mean change: [+−]\d+\.\d points \(95% confidence interval/g)).toHaveLength(
      5,
    );
    expect(
      html.match(/Reliable change \(test-retest r of the 14 matched people = 0\.\d\d\)/g),
    ).toHaveLength(5);
    expect(html).toContain("Test-retest r (Pearson");
    expect(compared.stdout).toContain("The reliable change index rests on:");
    expect(compared.stdout).toMatch(
      /Keeping some distance: test-retest r of the 14 matched people = 0\.\d\d/,
    );
  });

  it("counts reliable changes as Jacobson & Truax do with r, recomputed here from the records", () => {
    const before = records(read(dir, "before.jsonl"));
    const after = new Map(records(read(dir, "after.jsonl")).map((r) => [r.participant, r]));
    const impact = JSON.parse(read(dir, "impact.json"));
    for (const [k, id] of DIMENSIONS.entries()) {
      const pct = (r: { targets: Target[] } | undefined) =>
        r?.targets.find((t) => t.id === id)?.percent ?? null;
      const all = before.map(pct).filter((v): v is number => v !== null);
      const pairs = before
        .map((r) => [pct(r), pct(after.get(r.participant))] as const)
        .filter((p): p is readonly [number, number] => p[0] !== null && p[1] !== null);
      // Textbook formulas, one pass each, away from src/stats.
      const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
      const s1 = Math.sqrt(all.reduce((s, x) => s + (x - mean(all)) ** 2, 0) / (all.length - 1));
      const xs = pairs.map((p) => p[0]);
      const ys = pairs.map((p) => p[1]);
      const mx = mean(xs);
      const my = mean(ys);
      const cov = pairs.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
      const r =
        cov /
        Math.sqrt(
          xs.reduce((s, x) => s + (x - mx) ** 2, 0) * ys.reduce((s, y) => s + (y - my) ** 2, 0),
        );
      expect(impact.reliability[k].value).toBeCloseTo(r, 10);
      const sDiff = Math.sqrt(2) * s1 * Math.sqrt(1 - r);
      const up = pairs.filter(([x, y]) => (y - x) / sDiff > 1.96).length;
      const down = pairs.filter(([x, y]) => (y - x) / sDiff < -1.96).length;
      expect(impact.targets[k].reliable).toEqual({ up, none: pairs.length - up - down, down });
    }
  });

  it("warns when the exports were scored without an id column: rows are not people", async () => {
    for (const [input, output] of [
      [march, "rows-before"],
      [april, "rows-after"],
    ] as const) {
      // The exports without their e-mail column (the second): people are known by their row.
      const lines = readFileSync(input, "utf8").split("\n");
      const noIds = lines.map((l) => l.replace(/^([^,]*),[^,]*,/, "$1,")).join("\n");
      writeFileSync(join(dir, `${output}.csv`), noIds);
      const r = await runCli(
        ["batch", "reclamations", `${output}.csv`, "--output", `${output}.jsonl`],
        {
          cwd: dir,
        },
      );
      expect(r.code, r.stderr).toBe(0);
    }
    const r = await runCli(["compare", "rows-before.jsonl", "rows-after.jsonl"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.trim()).toBe(
      "reflet: warning: the people matched are known by their row only (row-2, …): row 2 of one export need not be the person of row 2 of the other (score both waves with --id-column NAME, the column that says who answered)",
    );
  });

  it("names nobody in the page, its twin or the table", () => {
    const outputs = [read(dir, "impact.html"), read(dir, "impact.json"), compared.stdout];
    for (const text of outputs) {
      expect(text).not.toMatch(/@exemple\.fr/);
      expect(text).not.toMatch(/\bp-[0-9a-f]{16}\b/);
      for (const name of ["Camille", "Karim", "Martin", "Élodie"]) expect(text).not.toContain(name);
    }
  });
});
