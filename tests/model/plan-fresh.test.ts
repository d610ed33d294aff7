// The committed plan (src/model/questionnaire-plan.ts) is what the schema gives now, and
// the derivation refuses what the acceptor could not mirror.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { derivePlan } from "../../src/model/plan-derive.ts";
import { QUESTIONNAIRE_PLAN } from "../../src/model/questionnaire-plan.ts";
import { Questionnaire, Text } from "../../src/model/schema.ts";

const REGENERATE =
  "out of date: run `npm run schema` to regenerate src/model/questionnaire-plan.ts";

describe("the schema's plan", () => {
  it("is what the schema gives now", () => {
    expect(derivePlan(Questionnaire, { Text }), REGENERATE).toEqual(QUESTIONNAIRE_PLAN);
  });

  it("names the schema's refinements and its Text", () => {
    const refined = QUESTIONNAIRE_PLAN.nodes.flatMap((n) => (n.refine ? [n.refine] : []));
    expect(new Set(refined)).toEqual(new Set(["comparison", "condition"]));
    expect(QUESTIONNAIRE_PLAN.nodes[QUESTIONNAIRE_PLAN.named.Text as number]?.k).toBe("union");
  });

  it.each([
    ["a default", z.strictObject({ a: z.string().default("x") })],
    ["a transform", z.string().transform((s) => s.length)],
    ["an object that strips unknown keys", z.object({ a: z.string() })],
    ["a refinement without a name", z.strictObject({ a: z.string() }).refine(() => true)],
    ["a string format", z.strictObject({ a: z.email() })],
    ["a nullable", z.strictObject({ a: z.string().nullable() })],
  ])("refuses %s", (_, schema) => {
    expect(() => derivePlan(schema, {})).toThrow(/has no plan/);
  });
});
