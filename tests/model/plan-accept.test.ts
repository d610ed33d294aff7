// The acceptor (src/model/plan.ts) says what zod says: on every questionnaire the project
// ships or tests with, and on thousands of mutations of them, a value is accepted exactly
// when the schema finds it valid, and zod then returns the very value it was given.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceptor } from "../../src/model/plan.ts";
import { QUESTIONNAIRE_PLAN } from "../../src/model/questionnaire-plan.ts";
import { Questionnaire } from "../../src/model/schema.ts";
import { runs, seedOptions } from "../fuzz/helpers.ts";
import { bases, mutant } from "./values.ts";

const accepts = acceptor(QUESTIONNAIRE_PLAN);

function agrees(value: unknown): void {
  const zod = Questionnaire.safeParse(value);
  expect(accepts(value)).toBe(zod.success);
  // Nothing transformed, nothing defaulted: the value read is the data.
  if (zod.success) expect(zod.data).toStrictEqual(value);
}

describe("the questionnaire acceptor", () => {
  it("accepts the built-ins, and every fixture exactly when zod does", () => {
    const valid = bases.filter((b) => Questionnaire.safeParse(b.value).success);
    expect(valid.map((b) => b.name)).toEqual(
      expect.arrayContaining([
        "questionnaires/clients-exigeants.yaml",
        "questionnaires/defauts-acceptables.yaml",
        "questionnaires/reclamations.yaml",
      ]),
    );
    // Both kinds are there: valid fixtures, and fixtures broken after the YAML.
    expect(bases.length - valid.length).toBeGreaterThan(10);
    for (const { name, value } of bases) {
      const zod = Questionnaire.safeParse(value);
      expect(accepts(value), name).toBe(zod.success);
      if (zod.success) expect(zod.data, name).toStrictEqual(value);
    }
  });

  it("agrees with zod on thousands of mutations", () => {
    fc.assert(fc.property(mutant, agrees), { ...seedOptions(), numRuns: runs(2000) });
  });

  it("agrees on strings as zod counts them: in code points", () => {
    const base = bases.find((b) => b.name === "questionnaires/reclamations.yaml")?.value as object;
    for (const id of ["\u{1F600}".repeat(200), "\u{1F600}".repeat(201), "\ud83d".repeat(200)])
      agrees({ ...base, id });
  });

  it("agrees on symbol keys in a record: an enumerable one is refused, a hidden one ignored", () => {
    const base = bases.find((b) => b.name === "questionnaires/reclamations.yaml")?.value as {
      scales: object;
    };
    const shown = { ...base.scales, [Symbol("x")]: 1 };
    const hidden = Object.defineProperty({ ...base.scales }, Symbol("x"), { value: 1 });
    expect(Questionnaire.safeParse({ ...base, scales: shown }).success).toBe(false);
    agrees({ ...base, scales: shown });
    agrees({ ...base, scales: hidden });
  });

  it("refuses an own __proto__ key in a record, which zod would drop from its data", () => {
    const base = bases.find((b) => b.name === "questionnaires/reclamations.yaml")?.value as {
      scales: object;
    };
    const scales = JSON.parse(`{"__proto__": 1}`) as object;
    Object.assign(scales, base.scales);
    const value = { ...base, scales };
    expect(Questionnaire.safeParse(value).success).toBe(true);
    expect(accepts(value)).toBe(false);
  });
});
