// docs/questionnaire-format.md and schema/questionnaire.schema.json say what the code does:
// the complete example validates and passes its own tests, every key of the schema is
// explained, and the committed JSON Schema is the one the code generates.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCases } from "../../src/engine/testcases.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import { keysAt } from "../../src/load/semantic/schema-walk.ts";
import { parseYaml } from "../../src/load/yaml-library.ts";
import { Condition, questionnaireJsonSchema } from "../../src/model/schema.ts";
import { checkExpectations } from "../../src/simulate/expectations.ts";
import { simulate } from "../../src/simulate/simulate.ts";
import { root } from "../security/helpers.ts";

const docPath = join(root, "docs/questionnaire-format.md");
const doc = readFileSync(docPath, "utf8");
const schemaPath = join(root, "schema/questionnaire.schema.json");

const yamlBlocks = [...doc.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? "");
const MODELINE = /^# yaml-language-server: \$schema=(\S+)$/m;
const example = yamlBlocks.find((b) => b.startsWith("# yaml-language-server:") && /^id:/m.test(b));

describe("the complete example of docs/questionnaire-format.md", () => {
  const checked = () => {
    if (!example) throw new Error("no block starts with the yaml-language-server modeline");
    const outcome = checkQuestionnaire(example, "questionnaires/example.yaml", "en");
    if (!outcome.ok)
      throw new Error(outcome.problems.map((p) => `${p.line}:${p.col}: ${p.message}`).join("\n"));
    return outcome.model;
  };

  it("passes reflet validate", () => {
    expect(checked().id).toBe("patience-au-guichet");
  });

  it("passes its own test cases", () => {
    const failures = runCases(checked()).filter((c) => c.mismatches.length > 0);
    expect(failures.map((c) => ({ name: c.name, mismatches: c.mismatches }))).toEqual([]);
  });

  it("meets its own expectations when simulated (reflet test --simulate)", () => {
    const model = checked();
    expect(checkExpectations(model, simulate(model))).toEqual([]);
  });

  it("uses every kind of item, condition test, advice and expectation", () => {
    const keys = new Set<string>();
    const values = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        for (const [k, x] of Object.entries(v)) {
          keys.add(k);
          if ((k === "type" || k === "kind") && typeof x === "string") values.add(x);
          walk(x);
        }
      }
    };
    walk(checked().file);
    for (const type of ["likert", "choice", "scenario", "multi", "text"])
      expect(values).toContain(type);
    for (const kind of ["action", "strength", "watch", "reflect", "support"])
      expect(values).toContain(kind);
    for (const key of [
      ...keysAt(Condition, [], {}),
      ...["in", "has"],
      ...[
        "facets",
        "facet",
        "bandSets",
        "bandTexts",
        "bandsOn",
        "aggregate",
        "side",
        "reverse",
        "weight",
      ],
      ...[
        "when",
        "help",
        "scene",
        "scores",
        "min",
        "max",
        "journal",
        "priority",
        "credits",
        "settings",
      ],
      ...["straightLining", "pairs", "fill", "bands", "profile", "advice", "noAdvice", "flags"],
      ...["contradicts", "lowInformation", "maxMiddleShare", "display", "missing"],
    ]) {
      expect(keys, key).toContain(key);
    }
  });
});

describe("docs/questionnaire-format.md", () => {
  it("explains every key of the schema", () => {
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (o.properties && typeof o.properties === "object")
          for (const k of Object.keys(o.properties)) keys.add(k);
        Object.values(o).forEach(walk);
      }
    };
    walk(questionnaireJsonSchema());
    // Written as `key`, `key: ...`, `{key: ...}` or `expect.key` in the text.
    const explained = (k: string) =>
      [`\`${k}\``, `\`${k}:`, `\`{${k}:`, `.${k}\``].some((form) => doc.includes(form));
    const missing = [...keys].filter((k) => !explained(k));
    expect(missing).toEqual([]);
  });

  it("has only YAML blocks that parse", () => {
    expect(yamlBlocks.length).toBeGreaterThan(2);
    for (const block of yamlBlocks) {
      const y = parseYaml(block, "doc.yaml", "en");
      expect(y.ok ? [] : y.problems).toEqual([]);
    }
  });
});

describe("schema/questionnaire.schema.json", () => {
  const committed = () => JSON.parse(readFileSync(schemaPath, "utf8"));

  it("is the JSON Schema the code generates (run `npm run schema` after changing the schema)", () => {
    expect(committed()).toEqual(questionnaireJsonSchema());
  });

  it("is a draft-07 JSON Schema", () => {
    expect(committed().$schema).toBe("http://json-schema.org/draft-07/schema#");
  });

  it("is what the modeline of the example and of each built-in questionnaire points at", () => {
    const dir = join(root, "questionnaires");
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => [join(dir, f), readFileSync(join(dir, f), "utf8")] as const);
    for (const [file, text] of [[join(dir, "example.yaml"), example ?? ""] as const, ...files]) {
      const path = MODELINE.exec(text)?.[1];
      expect(path, file).toBe("../schema/questionnaire.schema.json");
      expect(resolve(dirname(file), path ?? "")).toBe(schemaPath);
    }
  });
});
