// The built-ins under simulated respondents, as `reflet test --simulate` runs them on the
// built binary (300 respondents per model here; the published figures use 2,000): their
// declared expectations hold, and each is also checked here so that dropping one fails.
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { root } from "../security/helpers.ts";
import { BUILTIN, load } from "./builtin-helpers.ts";

type Run = {
  id: string;
  model: string;
  noAction: number;
  lowInformation: number;
  noProfile: number;
  profiles: Record<string, number>;
  alpha: Record<string, number | null> | null;
};
type FileReport = { file: string; simulation: { runs: Run[] } };

// One run for every check below, made while the file is collected (the checks are per file).
const files = BUILTIN.map((id) => `questionnaires/${id}.yaml`);
const r = await runCli(["test", ...files, "--simulate", "--respondents", "300", "--json"], {
  cwd: root,
});
const report = JSON.parse(r.stdout) as {
  failed: number;
  expectationsNotMet: number;
  files: FileReport[];
};

describe("the built-ins under reflet test --simulate", () => {
  it("pass their test cases and declared expectations (exit 0)", async () => {
    expect(r.stderr).toBe("");
    expect(report.failed).toBe(0);
    expect(report.expectationsNotMet).toBe(0);
    expect(r.code).toBe(0);
  });

  BUILTIN.forEach((id, i) => {
    const runs = report.files[i]?.simulation.runs ?? [];
    const dimensions = load(id).model.dimensions.map((d) => d.id);

    it(`${id}: declares the expectations the simulation must meet`, async () => {
      expect(load(id).file.expectations).toMatchObject({
        maxProfileShare: 0.35,
        maxFallbackShare: 0.2,
        minActionShare: { share: 1 },
        reachable: "all",
      });
    });

    it(`${id}: an action for everyone under every model, every work setting`, async () => {
      expect(runs.length).toBeGreaterThanOrEqual(6);
      expect(runs.filter((run) => run.noAction > 0).map((run) => run.id)).toEqual([]);
    });

    it(`${id}: all-middle and straight-lined sheets are all told they say too little, with no portrait`, async () => {
      for (const model of ["middle", "straight"]) {
        const run = runs.find((x) => x.id === model);
        expect(run?.lowInformation).toBe(1);
        expect(run?.noProfile).toBe(1);
      }
      for (const run of runs.filter((x) => x.model === "uniform"))
        expect(Math.max(...Object.values(run.profiles))).toBeLessThanOrEqual(0.35);
    });

    it(`${id}: alpha under the latent model for every dimension, despite branched items`, async () => {
      const alpha = runs.find((x) => x.id === "latent")?.alpha ?? {};
      expect(Object.keys(alpha)).toEqual(dimensions);
      for (const d of dimensions) expect(alpha[d]).toBeGreaterThan(0.5);
    });
  });
});
