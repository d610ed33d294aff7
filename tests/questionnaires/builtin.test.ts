// The three built-in questionnaires: they load, follow the content rules, pass their own
// test cases, reach every band, profile and piece of advice, and their example answer
// files score into at least three different profiles.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isAlias, parseDocument, visit } from "yaml";
import { checkAnswers } from "../../src/engine/answers.ts";
import { describe as describeCondition } from "../../src/engine/conditions.ts";
import { score, shownItems } from "../../src/engine/score.ts";
import type { Result } from "../../src/engine/types.ts";
import { formatProblem } from "../../src/load/problem.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { Model } from "../../src/model/model.ts";
import { AnswersFile } from "../../src/model/schema.ts";
import type {
  AnswerValue,
  Condition,
  QuestionnaireFile,
  TestCase,
  Text,
} from "../../src/model/types.ts";

const ROOT = new URL("../../", import.meta.url);
const BUILTIN = ["defauts-acceptables", "reclamations", "clients-exigeants"] as const;
const LANGS = ["fr", "en"];
const BAND_IDS = ["low", "middle", "high"];
const RANGES = ["[0, 40)", "[40, 70)", "[70, 100]"];
const SETTINGS = ["guichet", "telephone", "ecrit", "entreprises"];
const MODELINE = "# yaml-language-server: $schema=../schema/questionnaire.schema.json";

function load(id: string): { text: string; model: Model; file: QuestionnaireFile } {
  const path = `questionnaires/${id}.yaml`;
  const text = readFileSync(new URL(path, ROOT), "utf8");
  const outcome = checkQuestionnaire(text, path, "en");
  if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
  return { text, model: outcome.model, file: outcome.model.file };
}

/** Every text of a questionnaire, with where it is, for the language check. */
function texts(q: QuestionnaireFile): [string, Text | undefined][] {
  const out: [string, Text | undefined][] = [
    ["title", q.title],
    ["description", q.description],
  ];
  for (const [i, c] of (q.credits ?? []).entries()) out.push([`credits.${i}`, c]);
  for (const [name, s] of Object.entries(q.scales))
    for (const [i, p] of s.points.entries()) out.push([`scales.${name}.${i}`, p.label]);
  for (const d of q.dimensions) {
    for (const key of ["name", "description", "bright", "shadow"] as const)
      out.push([`${d.id}.${key}`, d[key]]);
    if (Array.isArray(d.bands))
      for (const b of d.bands) {
        out.push([`${d.id}.${b.id}.label`, b.label]);
        out.push([`${d.id}.${b.id}.text`, b.text]);
      }
  }
  for (const it of q.items) {
    out.push([`${it.id}.text`, it.text]);
    if (it.help) out.push([`${it.id}.help`, it.help]);
    if (it.type === "scenario") out.push([`${it.id}.scene`, it.scene]);
    if (it.type === "scenario" || it.type === "choice" || it.type === "multi")
      for (const o of it.options) out.push([`${it.id}.${o.value}`, o.label]);
  }
  for (const p of q.profiles ?? []) {
    out.push([`profile ${p.id}.name`, p.name]);
    out.push([`profile ${p.id}.text`, p.text]);
  }
  for (const a of q.advice ?? []) out.push([`advice ${a.id}`, a.text]);
  return out;
}

/** Dimensions a condition looks at. */
function dimensionsIn(c: Condition): Set<string> {
  const out = new Set<string>();
  const walk = (x: Condition) => {
    for (const k of Object.keys(x.band ?? {})) out.add(k);
    for (const k of Object.keys(x.percent ?? {})) out.add(k);
    for (const k of Object.keys(x.score ?? {})) out.add(k);
    x.all?.forEach(walk);
    x.any?.forEach(walk);
    if (x.not) walk(x.not);
  };
  walk(c);
  return out;
}

/** A case's answers: its own, and `fill` for every Likert item it leaves out. */
function caseAnswers(model: Model, c: TestCase): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  if (c.fill !== undefined)
    for (const it of model.items) if (it.type === "likert") answers[it.id] = c.fill;
  return { ...answers, ...c.answers };
}

/** What a case expects and did not get, one line each. */
function mismatches(c: TestCase, r: Result): string[] {
  const out: string[] = [];
  const bands = new Map(r.dimensions.map((d) => [d.id, d.band]));
  for (const [id, want] of Object.entries(c.expect.bands ?? {}))
    if (bands.get(id) !== want) out.push(`band(${id}): expected ${want}, got ${bands.get(id)}`);
  if (c.expect.profile !== undefined && (r.profile?.id ?? null) !== c.expect.profile)
    out.push(`profile: expected ${c.expect.profile}, got ${r.profile?.id ?? null}`);
  const fired = new Set(r.advice.map((a) => a.id));
  for (const id of c.expect.advice ?? []) if (!fired.has(id)) out.push(`advice ${id} did not fire`);
  for (const id of c.expect.noAdvice ?? []) if (fired.has(id)) out.push(`advice ${id} fired`);
  if (c.expect.flags !== undefined) {
    const got = r.flags.map((f) => f.id).sort();
    const want = [...c.expect.flags].sort();
    if (got.join() !== want.join()) out.push(`flags: expected [${want}], got [${got}]`);
  }
  return out;
}

for (const id of BUILTIN) {
  describe(`built-in questionnaire ${id}`, () => {
    const { text, model, file: q } = load(id);

    it("loads and validates, with the schema modeline first", () => {
      expect(q.id).toBe(id);
      expect(text.split("\n")[0]).toBe(MODELINE);
      expect(q.languages).toEqual(LANGS);
      expect(q.credits?.length ?? 0).toBeGreaterThan(0);
      expect(q.minutes).toBeGreaterThanOrEqual(5);
      expect(q.minutes).toBeLessThanOrEqual(10);
    });

    it("reuses scales by name, never by YAML anchor or alias", () => {
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

    it("has every text in French and in English", () => {
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

    it("asks the work setting first and shows 15 to 30 items in each setting", () => {
      const first = q.items[0];
      expect(first?.id).toBe("contexte");
      if (first?.type !== "choice") throw new Error("contexte is a choice");
      expect(first.options.map((o) => o.value)).toEqual(SETTINGS);
      for (const setting of SETTINGS) {
        const shown = q.items.filter((it) => {
          const w = it.when?.answer?.contexte;
          if (w === undefined) return true;
          return typeof w === "string"
            ? w === setting
            : (w as { in: string[] }).in.includes(setting);
        });
        expect(shown.length, setting).toBeGreaterThanOrEqual(15);
        expect(shown.length, setting).toBeLessThanOrEqual(30);
      }
    });

    it("has at least 4 items per dimension, and 4 Likert items with 2 reverse-keyed", () => {
      for (const d of model.dimensions) {
        expect(d.reach.length, d.id).toBeGreaterThanOrEqual(4);
        const likert = q.items.filter((it) => it.type === "likert" && it.dimension === d.id);
        expect(likert.length, d.id).toBeGreaterThanOrEqual(4);
        const reversed = likert.filter((it) => it.type === "likert" && it.reverse);
        expect(reversed.length, `${d.id} has two reverse-keyed items`).toBeGreaterThanOrEqual(2);
      }
    });

    it("keeps the contradiction-check pairs apart in the order asked", () => {
      const at = (itemId: string) => q.items.findIndex((it) => it.id === itemId);
      for (const p of q.quality?.pairs ?? []) {
        const [a, b] = p.items;
        expect(Math.abs(at(a as string) - at(b as string)), p.id).toBeGreaterThanOrEqual(8);
      }
    });

    it("gives scenario options of similar length, each with a one-line rationale", () => {
      for (const s of q.items) {
        if (s.type !== "scenario") continue;
        for (const lang of LANGS) {
          const lengths = s.options.map(
            (o) => (o.label as Record<string, string>)[lang]?.length ?? 0,
          );
          const ratio = Math.max(...lengths) / Math.min(...lengths);
          expect(ratio, `${s.id} in ${lang}`).toBeLessThanOrEqual(1.5);
        }
        for (const o of s.options) {
          const rationale = new RegExp(`- value: ${o.value}\\n\\s+# why: \\S`);
          expect(text.slice(text.indexOf(`id: ${s.id}\n`)), `${s.id}.${o.value}`).toMatch(
            rationale,
          );
        }
      }
    });

    it("has at least 4 scenarios of 3 to 5 options, each option scoring a dimension", () => {
      const dims = new Set(q.dimensions.map((d) => d.id));
      const scenarios = q.items.filter((it) => it.type === "scenario");
      expect(scenarios.length).toBeGreaterThanOrEqual(4);
      for (const s of scenarios) {
        if (s.type !== "scenario") continue;
        expect(s.options.length, s.id).toBeGreaterThanOrEqual(3);
        expect(s.options.length, s.id).toBeLessThanOrEqual(5);
        const touched = new Set(s.options.flatMap((o) => Object.keys(o.scores ?? {})));
        for (const o of s.options) {
          const keys = Object.keys(o.scores ?? {});
          expect(keys.length, `${s.id}.${o.value}`).toBeGreaterThan(0);
          for (const k of keys) expect(dims.has(k), `${s.id}.${o.value} → ${k}`).toBe(true);
          // Every option says where it stands on every dimension the scene touches.
          expect(keys.sort(), `${s.id}.${o.value}`).toEqual([...touched].sort());
        }
        // The options differ on every dimension the scene measures.
        for (const k of touched) {
          const points = new Set(s.options.map((o) => o.scores?.[k]));
          expect(points.size, `${s.id} on ${k}`).toBeGreaterThan(1);
        }
      }
    });

    it("ends with one or two free-text reflection prompts", () => {
      const kinds = q.items.map((it) => it.type);
      const count = kinds.filter((k) => k === "text").length;
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(2);
      expect(kinds.slice(-count)).toEqual(Array(count).fill("text"));
    });

    it("has low, middle and high bands with texts, a bright side on the top band only", () => {
      for (const d of q.dimensions) {
        expect(d.bright, d.id).toBeDefined();
        expect(d.shadow, d.id).toBeDefined();
        expect(Array.isArray(d.bands), d.id).toBe(true);
        if (!Array.isArray(d.bands)) continue;
        expect(d.bands.map((b) => b.id)).toEqual(BAND_IDS);
        expect(d.bands.map((b) => b.range)).toEqual(RANGES);
        for (const b of d.bands) expect(b.text, `${d.id}.${b.id}`).toBeDefined();
        // A watch point comes from a rule on the person's answers, never from a band alone.
        expect(d.bands.map((b) => b.side ?? null)).toEqual([null, null, "bright"]);
      }
    });

    it("names every band of every dimension in an action rule", () => {
      const named = new Set<string>();
      for (const a of q.advice ?? []) {
        if (a.kind !== "action") continue;
        const walk = (c: Condition) => {
          for (const [dim, band] of Object.entries(c.band ?? {}))
            for (const b of [band].flat()) named.add(`${dim}:${b}`);
          c.all?.forEach(walk);
          c.any?.forEach(walk);
        };
        walk(a.when);
      }
      const want = q.dimensions.flatMap((d) => BAND_IDS.map((b) => `${d.id}:${b}`));
      expect(want.filter((b) => !named.has(b))).toEqual([]);
    });

    it("gives strengths from top bands only, and watch points from answers only", () => {
      for (const a of q.advice ?? []) {
        if (a.kind === "strength") {
          const bands = JSON.stringify(a.when).match(/"band":\{[^}]*\}/g) ?? [];
          expect(bands.length, a.id).toBeGreaterThan(0);
          for (const b of bands)
            for (const v of Object.values(JSON.parse(b.slice(7)) as Record<string, unknown>))
              expect(v, a.id).toBe("high");
          expect(JSON.stringify(a.when), a.id).not.toMatch(/"not"|"any"/);
        }
        if (a.kind === "watch") expect(JSON.stringify(a.when), a.id).toMatch(/"answer"/);
      }
    });

    it("has at least 8 ranked advice rules, combinations and support among them", () => {
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

    it("has at least 3 archetypes and one fallback profile", () => {
      const profiles = q.profiles ?? [];
      expect(profiles.filter((p) => p.when).length).toBeGreaterThanOrEqual(3);
      expect(profiles.filter((p) => !p.when).length).toBe(1);
    });

    it("checks response quality with a pair of Likert items on the same dimension", () => {
      const pairs = q.quality?.pairs ?? [];
      expect(pairs.length).toBeGreaterThanOrEqual(1);
      for (const p of pairs) {
        const [a, b] = p.items.map((itemId) => q.items.find((it) => it.id === itemId));
        expect(a?.type).toBe("likert");
        expect(b?.type).toBe("likert");
        if (a?.type === "likert" && b?.type === "likert") expect(a.dimension).toBe(b.dimension);
      }
    });

    it("speaks of itself alone", () => {
      expect(text).not.toMatch(/\bTODO\b|FIXME|XXX|the issue|l’issue|l'issue/i);
    });

    const cases = q.tests ?? [];
    it("has author test cases", () => {
      expect(cases.length).toBeGreaterThanOrEqual(3);
    });

    for (const c of cases) {
      it(`test case passes: ${c.name}`, () => {
        const answers = caseAnswers(model, c);
        expect(checkAnswers(model, answers)).toEqual([]);
        expect(mismatches(c, score(model, answers))).toEqual([]);
      });
    }

    it("test cases reach every band of every dimension, every profile and every advice", () => {
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

    it("example answer files score without problems into at least 3 profiles", () => {
      const dir = new URL(`docs/examples/${id}/`, ROOT);
      const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
      expect(files.length).toBeGreaterThanOrEqual(5);
      const profiles = new Set<string>();
      const settings = new Set<string>();
      let uniform = 0;
      const fallback = (q.profiles ?? []).find((p) => !p.when)?.id;
      for (const f of files) {
        const data = AnswersFile.parse(parseDocument(readFileSync(new URL(f, dir), "utf8")).toJS());
        expect(data.questionnaire, f).toBe(id);
        expect(data.lang, f).toBe("fr");
        const answers: Record<string, AnswerValue> = {};
        for (const [k, v] of Object.entries(data.answers)) if (v !== null) answers[k] = v;
        expect(checkAnswers(model, answers), f).toEqual([]);
        const r = score(model, answers, { participant: data.participant ?? null });
        const shown = new Set(shownItems(model, answers).shown.map((it) => it.id));
        expect(
          q.items
            .filter((it) => shown.has(it.id) && answers[it.id] === undefined)
            .map((it) => it.id),
          `${f} answers every question shown`,
        ).toEqual([]);
        expect(
          r.dimensions.filter((d) => d.status !== "ok").map((d) => d.id),
          f,
        ).toEqual([]);
        expect(
          r.advice.some((a) => a.kind === "action"),
          `${f} gets an action`,
        ).toBe(true);
        settings.add(String(answers.contexte));
        const likert = q.items.flatMap((it) =>
          it.type === "likert" && answers[it.id] !== undefined ? [answers[it.id]] : [],
        );
        if (new Set(likert).size === 1) {
          // A sheet with the same box everywhere says little: no portrait is drawn.
          uniform++;
          expect(
            r.flags.map((fl) => fl.id),
            f,
          ).toEqual(["straight-lining"]);
          expect(r.profile?.id, f).toBe("reponses-uniformes");
          continue;
        }
        expect(r.flags, f).toEqual([]);
        expect(r.profile?.id, f).toBeDefined();
        expect(r.profile?.id, `${f} has an archetype`).not.toBe(fallback);
        profiles.add(r.profile?.id ?? "");
      }
      expect(uniform, "an all-middle sheet").toBeGreaterThanOrEqual(1);
      expect(settings.has("telephone"), "a phone worker's sheet").toBe(true);
      expect(profiles.size).toBeGreaterThanOrEqual(3);
    });
  });
}
