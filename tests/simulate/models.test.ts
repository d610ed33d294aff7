// Each model of simulated respondents on questionnaires small enough to work the shares
// out by hand. Draws are seeded, so these tests give the same numbers on every run; the
// tolerances say how far a fair draw may stray, so a change of seed keeps them true.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { Model } from "../../src/model/model.ts";
import { simulate } from "../../src/simulate/simulate.ts";
import type { RunReport } from "../../src/simulate/types.ts";
import { root } from "../security/helpers.ts";

function fixture(name: string): Model {
  const file = join(root, "tests/fixtures/simulate", name);
  const outcome = checkQuestionnaire(readFileSync(file, "utf8"), file, "en");
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("; "));
  return outcome.model;
}

const N = 2000;
/**
 * Four standard deviations of a share p estimated from N independent draws:
 * sd = sqrt(p(1 − p)/N), at most 0.0112 for N = 2000. A fair draw strays further about
 * once in 16,000 tries.
 */
const tolerance = (p: number) => 4 * Math.sqrt((p * (1 - p)) / N);

const run = (model: Model, name: RunReport["model"], seed = 1) =>
  simulate(model, { respondents: N, seed, models: [name] }).runs[0] as RunReport;
const bands = (r: RunReport, target = "calm") =>
  r.targets.find((t) => t.id === target)?.bands ?? {};

function near(got: Record<string, number>, want: Record<string, number>): void {
  for (const [id, p] of Object.entries(want)) {
    expect(Math.abs((got[id] ?? 0) - p), `${id}: ${got[id]} vs ${p}`).toBeLessThanOrEqual(
      tolerance(p),
    );
  }
}

describe("one 5-point item (bands take answers 1-2, 3 and 4-5)", () => {
  const model = fixture("one-item.yaml");

  it("uniform: each band holds its share of the five answers, within four standard deviations", () => {
    const r = run(model, "uniform");
    near(bands(r), { low: 0.4, middle: 0.2, high: 0.4 });
    near(r.profiles, { steady: 0.4, everyone: 0.6 });
    expect(r.advice.breathe).toBe(bands(r).low);
    expect(r.noAction).toBeCloseTo(1 - (bands(r).low ?? 0), 12);
  });

  it("latent: answers cut at equal-probability points are uniform over the scale too", () => {
    near(bands(run(model, "latent")), { low: 0.4, middle: 0.2, high: 0.4 });
  });

  it("middle: everyone answers 3, exactly", () => {
    const r = run(model, "middle");
    expect(bands(r)).toEqual({ low: 0, middle: 1, high: 0 });
    expect(r.profiles).toEqual({ steady: 0, everyone: 1 });
  });

  it("straight: respondent i holds answer i mod 5, so each answer is exactly a fifth", () => {
    expect(bands(run(model, "straight"))).toEqual({ low: 0.4, middle: 0.2, high: 0.4 });
  });

  it("acquiescent: only 4 or 5, so everyone is high", () => {
    expect(bands(run(model, "acquiescent"))).toEqual({ low: 0, middle: 0, high: 1 });
  });

  it("desirable: the two answers that score most, so everyone is high", () => {
    const r = run(model, "desirable");
    expect(bands(r)).toEqual({ low: 0, middle: 0, high: 1 });
    expect(r.advice["keep-it"]).toBe(1);
  });
});

describe("two items, the second reverse-keyed", () => {
  const model = fixture("balanced.yaml");

  it("acquiescent: 4 or 5 to both; keyed, a quarter is low (4 then 5) and none is high", () => {
    const r = run(model, "acquiescent");
    near(bands(r), { low: 0.25, middle: 0.75 });
    expect(bands(r).high).toBe(0);
  });

  it("latent: the reverse key is honoured, so the two keyed answers agree (alpha well above 0)", () => {
    const alpha = run(model, "latent").alpha?.calm ?? null;
    // Loading 0.6: inter-item correlation about 0.36 before cutting into 5 answers, so
    // alpha = 2r / (1 + r) is about 0.5. Ignoring the key would make it negative.
    expect(alpha).not.toBeNull();
    expect(alpha as number).toBeGreaterThan(0.35);
    expect(alpha as number).toBeLessThan(0.65);
  });

  it("middle: 3 and 3, so everyone is in the middle band", () => {
    expect(bands(run(model, "middle"))).toEqual({ low: 0, middle: 1, high: 0 });
  });
});

describe("a context question", () => {
  const model = fixture("context.yaml");

  it("runs each of its answers on its own, under the first model asked for", () => {
    const report = simulate(model, { respondents: 100, models: ["latent", "uniform"] });
    expect(report.runs.map((r) => r.id)).toEqual([
      "latent",
      "uniform",
      "latent channel=counter",
      "latent channel=phone",
    ]);
  });

  it("answers only the items shown: p1 never on the counter, always on the phone", () => {
    const answeredP1 = (_r: unknown, answers: Record<string, unknown>) =>
      answers.p1 === undefined ? [] : ["p1 answered"];
    const report = simulate(model, { respondents: 300, models: ["uniform"], checks: [answeredP1] });
    const [all, counter, phone] = report.runs as [RunReport, RunReport, RunReport];
    expect(counter.violations).toEqual({});
    expect(counter.advice.silence).toBe(0);
    expect(phone.violations).toEqual({ "p1 answered": 300 });
    expect(phone.advice.silence).toBe(1);
    near({ silence: all.advice.silence ?? 0 }, { silence: 0.5 });
  });
});

describe("seeds", () => {
  const model = fixture("one-item.yaml");

  it("the same seed gives the same report; another seed gives another", () => {
    const a = simulate(model, { respondents: 300, seed: 42 });
    expect(simulate(model, { respondents: 300, seed: 42 })).toEqual(a);
    expect(simulate(model, { respondents: 300, seed: 43 }).runs[0]).not.toEqual(a.runs[0]);
  });

  it("a run draws the same sheets alone or among the others", () => {
    const all = simulate(model, { respondents: 300, seed: 5 });
    const alone = simulate(model, { respondents: 300, seed: 5, models: ["latent"] });
    expect(alone.runs[0]).toEqual(all.runs.find((r) => r.model === "latent"));
  });

  it("reports what no run reached", () => {
    const report = simulate(model, { respondents: 50, models: ["middle"] });
    expect(report.unreached).toEqual({
      profiles: ["steady"],
      advice: ["breathe", "keep-it"],
      bands: [
        { target: "calm", band: "low" },
        { target: "calm", band: "high" },
      ],
    });
  });
});

describe("a best-worst item", () => {
  const model = fixture("best-worst.yaml");

  it("uniform: every pair of a most and a least likely option is drawn, so half are high", () => {
    const r = run(model, "uniform");
    near(bands(r, "care"), { low: 0.5, high: 0.5 });
  });

  it("desirable: the three pairs that score most, so everyone is high", () => {
    expect(bands(run(model, "desirable"), "care")).toEqual({ low: 0, high: 1 });
  });
});
