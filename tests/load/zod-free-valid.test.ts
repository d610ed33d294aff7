// A valid questionnaire is checked without zod's schema: the module that builds it
// (src/model/schema.ts) is replaced here by one that throws when loaded, so any path from a
// valid file's check (warnings included, as validate asks) to the schema fails this test.
// A file the plan does not accept loads the schema, for zod to say what is wrong.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { checkLazily } from "../../src/load/check.ts";
import { root } from "../security/helpers.ts";

const schema = vi.hoisted(() => ({ loads: 0 }));
vi.mock("../../src/model/schema.ts", () => {
  schema.loads++;
  throw new Error("the schema module was loaded");
});

const BUILTIN = ["clients-exigeants", "defauts-acceptables", "reclamations"];
const text = (name: string) => readFileSync(join(root, "questionnaires", `${name}.yaml`), "utf8");

describe("checking a valid questionnaire", () => {
  it.each(BUILTIN)("checks %s, warnings included, without the schema module", async (name) => {
    const outcome = await checkLazily(text(name), `${name}.yaml`, "en", `${name}.yaml`, {
      warnings: true,
    });
    expect(outcome.ok).toBe(true);
    expect(schema.loads).toBe(0);
  });

  it("runs simulated respondents and selftest without the schema module", async () => {
    const { SIMULATION_MODELS } = await import("../../src/simulate/simulate.ts").then(
      () => import("../../src/model/simulation-models.ts"),
    );
    await import("../../src/commands/selftest/simulation.ts");
    expect(SIMULATION_MODELS).toContain("uniform");
    expect(schema.loads).toBe(0);
  });

  it("loads the schema module for a file the plan does not accept", async () => {
    const broken = text("reclamations").replace(/^id: .*$/m, "id: 12");
    await expect(checkLazily(broken, "broken.yaml", "en")).rejects.toThrow();
    expect(schema.loads).toBe(1);
  });
});
