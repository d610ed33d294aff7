// Norms: percentiles against R, the standing of a score, and the round trip through the
// built binary (batch → norms build → score --norms). Run `node scripts/build.mjs` first.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildNorms, NORM_LEVELS, type NormTarget, tenthsBelow } from "../../src/norms/norms.ts";
import { fixture, tempDir } from "../batch/helpers.ts";
import { runCli } from "../cli/in-process.ts";
import { teamCsv } from "./helpers.ts";

describe("percentiles and standing", () => {
  it("keeps R's quantile(type = 7) every 5 %, and leaves out a target with too few people", () => {
    // R: quantile(1:40, c(0.05, 0.5, 0.95)) = 2.95 20.50 38.05
    const { targets, tooFew } = buildNorms(
      new Map([
        ["calm", Array.from({ length: 40 }, (_, i) => 40 - i)],
        ["care", [1, 2, 3]],
      ]),
      30,
    );
    expect(tooFew).toEqual([{ id: "care", n: 3 }]);
    const calm = targets[0] as NormTarget;
    expect(calm.n).toBe(40);
    expect(calm.percentiles).toHaveLength(NORM_LEVELS.length);
    expect(calm.percentiles[0]).toBeCloseTo(2.95, 10);
    expect(calm.percentiles[9]).toBeCloseTo(20.5, 10);
    expect(calm.percentiles[18]).toBeCloseTo(38.05, 10);
  });

  it("says how many people in 10 score lower, from the 19 cut points", () => {
    // Cut points 5, 10, ... 95: a score of 72 has 14 below it (5 to 70), so it is in the 15th
    // twentieth, whose middle is 14.5 / 20 = 0.725: 7 in 10 (hand).
    const norm = { id: "calm", n: 100, percentiles: NORM_LEVELS.map((p) => p) };
    expect(tenthsBelow(norm, 72)).toBe(7);
    expect(tenthsBelow(norm, 0)).toBe(0);
    expect(tenthsBelow(norm, 100)).toBe(10);
  });
});

const team = fixture("team.yaml");

describe("norms build, then score --norms", () => {
  it("round trip: the standing a person reads is the share of the team below them", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "team.csv"), teamCsv());
    expect(
      (await runCli(["batch", team, "team.csv", "--output", "team.jsonl"], { cwd: dir })).code,
    ).toBe(0);
    const built = await runCli(["norms", "build", "team.jsonl", "--output", "norms.json"], {
      cwd: dir,
    });
    expect(built.code, built.stderr).toBe(0);
    const text = readFileSync(join(dir, "norms.json"), "utf8");
    const norms = JSON.parse(text);
    expect(Object.keys(norms).sort()).toEqual([
      "dates",
      "kind",
      "questionnaire",
      "schemaVersion",
      "targets",
    ]);
    expect(norms.questionnaire).toEqual({ id: "equipe", version: "2" });
    for (const t of norms.targets)
      expect(Object.keys(t).sort()).toEqual(["id", "n", "percentiles"]);
    // No participant in the file.
    expect(text).not.toMatch(/"p\d+"/);

    const records = readFileSync(join(dir, "team.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const calmOf = (r: { targets: { id: string; percent: number }[] }) =>
      r.targets.find((t) => t.id === "calm")?.percent as number;
    const r = await runCli(
      ["score", team, "--answers", fixture("answers/alice.yaml"), "--norms", "norms.json"],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const stated = /Calm: higher than (\d+) people in 10 of your team, n = 40/.exec(r.stdout);
    expect(stated, r.stdout).not.toBeNull();
    const json = await runCli(
      ["score", team, "--answers", fixture("answers/alice.yaml"), "--format", "json"],
      { cwd: dir },
    );
    const mine = JSON.parse(json.stdout).dimensions.find(
      (d: { id: string }) => d.id === "calm",
    ).percent;
    const lower = records.filter((x) => calmOf(x) < mine).length / records.length;
    // An estimate from 19 cut points: within one person in 10 of the true share.
    expect(Math.abs(Number(stated?.[1]) - lower * 10)).toBeLessThanOrEqual(1);
  });

  it("refuses too few people, a foreign file, and norms of another version", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "team.csv"), teamCsv());
    await runCli(["batch", team, "team.csv", "--output", "team.jsonl"], { cwd: dir });
    const few = await runCli(
      ["norms", "build", "team.jsonl", "--output", "n.json", "--min-size", "50"],
      {
        cwd: dir,
      },
    );
    expect(few.code).toBe(1);
    expect(few.stderr.trim()).toBe(
      "reflet: 40 people scored, norms need at least 50 (give more results, or a smaller --min-size if you accept less precise norms)",
    );
    writeFileSync(join(dir, "bad.json"), '{"kind": "something"}');
    const bad = await runCli(
      ["score", team, "--answers", fixture("answers/alice.yaml"), "--norms", "bad.json"],
      { cwd: dir },
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim()).toBe(
      "reflet: bad.json: not a norm file (no kind: reflet-norms; make one with reflet norms build)",
    );
    await runCli(["norms", "build", "team.jsonl", "--output", "n.json"], { cwd: dir });
    const other = JSON.parse(readFileSync(join(dir, "n.json"), "utf8"));
    other.questionnaire.version = "1";
    writeFileSync(join(dir, "n1.json"), JSON.stringify(other));
    const old = await runCli(
      ["score", team, "--answers", fixture("answers/alice.yaml"), "--norms", "n1.json"],
      { cwd: dir },
    );
    expect(old.code).toBe(1);
    expect(old.stderr).toContain("norms of equipe version 1, not of equipe version 2");
  });
});
