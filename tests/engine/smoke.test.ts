import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";

const text = readFileSync(new URL("../fixtures/mini.yaml", import.meta.url), "utf8");

describe("mini questionnaire", () => {
  it("a reverse-keyed answer of 1 scores like a 5", () => {
    const outcome = checkQuestionnaire(text, "mini.yaml", "en");
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const r = score(outcome.model, { c1: 5, c2: 1, c3: 5, s1: "a" });
    const calm = r.dimensions[0]!;
    expect(calm.percent).toBe(100);
    expect(calm.band).toBe("high");
    expect(r.profile?.id).toBe("steady");
  });
});
