// The worked examples of "Does not apply", "Best–worst scenarios" and "Item order" in
// docs/questionnaire-format.md: each validates, passes its own test cases, and does what
// the text around it says.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { interleaved } from "../../src/engine/order.ts";
import { score } from "../../src/engine/score.ts";
import { runCases } from "../../src/engine/testcases.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { Model } from "../../src/model/model.ts";
import { root } from "../security/helpers.ts";

const doc = readFileSync(join(root, "docs/questionnaire-format.md"), "utf8");
const examples = new Map(
  [...doc.matchAll(/^```yaml\n# worked example: ([^\n]+)\n([\s\S]*?)^```$/gm)].map((m) => [
    m[1] as string,
    m[2] as string,
  ]),
);

function load(name: string, text = examples.get(name)): Model {
  if (text === undefined) throw new Error(`no worked example "${name}"`);
  const outcome = checkQuestionnaire(text, `${name}.yaml`, "en");
  if (!outcome.ok)
    throw new Error(outcome.problems.map((p) => `${p.line}:${p.col}: ${p.message}`).join("\n"));
  return outcome.model;
}

describe("the worked examples of the answer kinds and item order", () => {
  it("are all found", () => {
    expect([...examples.keys()]).toEqual(["does not apply", "best-worst", "interleave"]);
  });

  for (const name of ["does not apply", "best-worst", "interleave"]) {
    it(`${name}: validates and passes its own test cases`, () => {
      const failures = runCases(load(name)).filter((c) => c.mismatches.length > 0);
      expect(failures.map((c) => ({ name: c.name, mismatches: c.mismatches }))).toEqual([]);
    });
  }

  it("does not apply: an item's own false wins over its scale, and na leaves the scores", () => {
    const model = load("does not apply");
    expect([...model.notApplicable.keys()]).toEqual(["c1", "c3"]);
    expect(model.notApplicable.get("c3")).toEqual({
      fr: "Je ne traite pas le courrier",
      en: "I do not handle mail",
    });
    const r = score(model, { c1: "na", c2: 4, c3: "na" });
    expect(r.notApplicable).toEqual(["c1", "c3"]);
    expect(r.answered).toBe(3);
    expect(r.dimensions[0]).toMatchObject({ answered: 1, expected: 1, raw: 4, percent: 100 });
  });

  it("interleave: asks c1, a1, c2, a2, c3, a3 as the comment says", () => {
    expect(interleaved(load("interleave"))).toEqual(["c1", "a1", "c2", "a2", "c3", "a3"]);
  });

  it("refuses a list that asks an item before the one its condition reads, at its place", () => {
    const text = (examples.get("interleave") as string).replace(
      "order: interleave ",
      "order: [c1, c2, c3, a3, a1, a2]",
    );
    const outcome = checkQuestionnaire(text, "my.yaml", "en");
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const line = text.split("\n").findIndex((l) => l.startsWith("order:")) + 1;
    expect(outcome.problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual([
      `${line}:${"order: [c1, c2, c3, ".length + 1}: this order asks "a3" before "a1", which its condition reads`,
    ]);
  });
});
