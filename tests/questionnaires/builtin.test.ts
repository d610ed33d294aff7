// The three built-in questionnaires: they load, follow the content rules, pass their own
// test cases and reach every band, profile and piece of advice.

import { describe, expect, it } from "vitest";
import { isAlias, parseDocument, visit } from "yaml";
import { checkAnswers } from "../../src/engine/answers.ts";
import { describe as describeCondition } from "../../src/engine/conditions.ts";
import { score } from "../../src/engine/score.ts";
import { runCli } from "../cli/in-process.ts";
import { root } from "../security/helpers.ts";
import {
  BUILTIN,
  caseAnswers,
  dimensionsIn,
  LANGS,
  load,
  MODELINE,
  mismatches,
  texts,
} from "./builtin-helpers.ts";

describe("the built-in questionnaire files", () => {
  it("pass validate --strict: no claim the answers do not back, no uneven options", async () => {
    const files = BUILTIN.map((id) => `questionnaires/${id}.yaml`);
    const r = await runCli(["validate", "--strict", ...files], { cwd: root });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});

for (const id of BUILTIN) {
  describe(`built-in questionnaire ${id}`, () => {
    const { text, model, file: q } = load(id);

    it("loads and validates, with the schema modeline first", async () => {
      expect(q.id).toBe(id);
      expect(text.split("\n")[0]).toBe(MODELINE);
      expect(q.languages).toEqual(LANGS);
      expect(q.credits?.length ?? 0).toBeGreaterThan(0);
      expect(q.minutes).toBeGreaterThanOrEqual(5);
      expect(q.minutes).toBeLessThanOrEqual(10);
    });

    it("reuses scales by name, never by YAML anchor or alias", async () => {
      const doc = parseDocument(text);
      let aliases = 0;
      visit(doc, {
        Node(_key, node) {
          if (isAlias(node) || (node as { anchor?: string }).anchor) aliases++;
        },
      });
      expect(aliases).toBe(0);
      const used = new Set(q.items.flatMap((it) => (it.type === "likert" ? [it.scale] : [])));
      expect([...used].sort()).toEqual(Object.keys(q.scales).sort());
    });

    it("has every text in French and in English", async () => {
      const missing: string[] = [];
      for (const [where, t] of texts(q)) {
        if (t === undefined) {
          if (!where.endsWith(".help")) missing.push(`${where}: missing`);
          continue;
        }
        if (typeof t === "string") {
          missing.push(`${where}: one text for every language`);
          continue;
        }
        for (const lang of LANGS) if (!t[lang]?.trim()) missing.push(`${where}: no ${lang}`);
        if (Object.keys(t).length !== LANGS.length) missing.push(`${where}: other languages`);
      }
      expect(missing).toEqual([]);
    });

    it("ends with one or two free-text reflection prompts", async () => {
      const kinds = q.items.map((it) => it.type);
      const count = kinds.filter((k) => k === "text").length;
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(2);
      expect(kinds.slice(-count)).toEqual(Array(count).fill("text"));
    });

    it("has at least 8 ranked advice rules, combinations and support among them", async () => {
      const advice = q.advice ?? [];
      expect(advice.length).toBeGreaterThanOrEqual(8);
      for (const a of advice) {
        expect(a.kind, a.id).toBeDefined();
        expect(a.priority, a.id).toBeDefined();
      }
      const combinations = advice.filter((a) => dimensionsIn(a.when).size >= 2);
      expect(combinations.length).toBeGreaterThanOrEqual(2);
      expect(advice.some((a) => a.kind === "support")).toBe(true);
      expect(advice.some((a) => a.kind === "action")).toBe(true);
    });

    it("has at least 3 archetypes and one fallback profile", async () => {
      const profiles = q.profiles ?? [];
      expect(profiles.filter((p) => p.when).length).toBeGreaterThanOrEqual(3);
      expect(profiles.filter((p) => !p.when).length).toBe(1);
    });

    it("checks response quality with a pair of Likert items on the same dimension", async () => {
      const pairs = q.quality?.pairs ?? [];
      expect(pairs.length).toBeGreaterThanOrEqual(1);
      for (const p of pairs) {
        const [a, b] = p.items.map((itemId) => q.items.find((it) => it.id === itemId));
        expect(a?.type).toBe("likert");
        expect(b?.type).toBe("likert");
        if (a?.type === "likert" && b?.type === "likert") expect(a.dimension).toBe(b.dimension);
      }
    });

    it("speaks of itself alone", async () => {
      expect(text).not.toMatch(/\bTODO\b|FIXME|XXX|the issue|l’issue|l'issue/i);
    });

    it("never reads a watch point back to someone who answered « Jamais » to its behaviour", async () => {
      const named = (q.tests ?? []).filter((c) => c.name.includes("« Jamais »"));
      expect(named.length, "a named « Jamais » case").toBeGreaterThanOrEqual(1);
      for (const a of q.advice ?? []) {
        if (a.kind !== "watch") continue;
        const items = Object.keys(a.when.answer ?? {});
        for (const itemId of items) {
          const item = q.items.find((it) => it.id === itemId);
          if (item?.type !== "likert") continue;
          const answers = caseAnswers(model, { name: "", fill: 5, answers: {}, expect: {} });
          answers[itemId] = 1;
          const fired = score(model, answers).advice.map((x) => x.id);
          expect(fired, `${a.id} after « Jamais » to ${itemId}`).not.toContain(a.id);
        }
      }
    });

    const cases = q.tests ?? [];
    it("has author test cases", async () => {
      expect(cases.length).toBeGreaterThanOrEqual(3);
    });

    for (const c of cases) {
      it(`test case passes: ${c.name}`, async () => {
        const answers = caseAnswers(model, c);
        expect(checkAnswers(model, answers)).toEqual([]);
        expect(mismatches(c, score(model, answers))).toEqual([]);
      });
    }

    it("test cases reach every band of every dimension, every profile and every advice", async () => {
      const bands = new Set<string>();
      const profiles = new Set<string>();
      const advice = new Set<string>();
      for (const c of cases) {
        const r = score(model, caseAnswers(model, c));
        for (const d of r.dimensions) if (d.band) bands.add(`${d.id}:${d.band}`);
        if (r.profile) profiles.add(r.profile.id);
        for (const a of r.advice) advice.add(a.id);
      }
      const wantBands = model.dimensions.flatMap((d) => d.bands.map((b) => `${d.id}:${b.id}`));
      expect(wantBands.filter((b) => !bands.has(b))).toEqual([]);
      expect(model.profiles.map((p) => p.id).filter((p) => !profiles.has(p))).toEqual([]);
      const never = model.advice.filter((a) => !advice.has(a.id));
      expect(never.map((a) => `${a.id} when ${describeCondition(a.when)}`)).toEqual([]);
    });
  });
}
