// The languages check finds every Text through the plan (findByPlan) where it used to walk
// zod's schema (findBySchema): the two find the same nodes at the same paths, on every
// questionnaire the project ships or tests with and on mutations of them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBySchema } from "../../src/load/semantic/schema-walk.ts";
import { acceptor } from "../../src/model/plan.ts";
import { findByPlan } from "../../src/model/plan-walk.ts";
import { QUESTIONNAIRE_PLAN } from "../../src/model/questionnaire-plan.ts";
import { Questionnaire, Text } from "../../src/model/schema.ts";
import { runs, seedOptions } from "../fuzz/helpers.ts";
import { bases, mutant } from "./values.ts";

const accepts = acceptor(QUESTIONNAIRE_PLAN);

type Found = { value: unknown; path: readonly (string | number)[] }[];

function bySchema(value: unknown): Found {
  const found: Found = [];
  findBySchema(Questionnaire, Text, value, (v, path) => found.push({ value: v, path }));
  return found;
}

function byPlan(value: unknown): Found {
  const found: Found = [];
  const text = QUESTIONNAIRE_PLAN.named.Text as number;
  findByPlan(QUESTIONNAIRE_PLAN, text, value, (v, path) => found.push({ value: v, path }));
  return found;
}

describe("finding the texts of a questionnaire", () => {
  it("finds what findBySchema finds, on the built-ins and every fixture", () => {
    for (const { name, value } of bases) {
      const found = byPlan(value);
      expect(found, name).toEqual(bySchema(value));
      if (name.startsWith("questionnaires/")) expect(found.length, name).toBeGreaterThan(100);
    }
  });

  it("reads a key named as an inherited property (`constructor`) as no field, in both walks", () => {
    const base = bases.find((b) => b.name.startsWith("questionnaires/"));
    const value = {
      ...(base?.value as object),
      constructor: { fr: "x" },
      toString: [{ en: "y" }],
    };
    expect(bySchema(value)).toEqual(bySchema(base?.value));
    expect(byPlan(value)).toEqual(bySchema(value));
  });

  // The languages check walks a questionnaire the schema accepted.
  it("finds what findBySchema finds, on valid mutations", () => {
    fc.assert(
      fc.property(mutant.filter(accepts), (value) => {
        expect(byPlan(value)).toEqual(bySchema(value));
      }),
      { ...seedOptions(), numRuns: runs(300) },
    );
  });
});
