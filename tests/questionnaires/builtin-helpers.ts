// Shared by the tests of the three built-in questionnaires: loading, their texts, and
// how an author test case is answered and checked.
import { readFileSync } from "node:fs";
import type { Result } from "../../src/engine/types.ts";
import { formatProblem } from "../../src/load/problem.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { Model } from "../../src/model/model.ts";
import type {
  AnswerValue,
  Condition,
  QuestionnaireFile,
  TestCase,
  Text,
} from "../../src/model/types.ts";

export const ROOT = new URL("../../", import.meta.url);
export const BUILTIN = ["defauts-acceptables", "reclamations", "clients-exigeants"] as const;
export const LANGS = ["fr", "en"];
export const BAND_IDS = ["low", "middle", "high"];
export const RANGES = ["[0, 40)", "[40, 70)", "[70, 100]"];
export const SETTINGS = ["guichet", "telephone", "ecrit", "entreprises"];
export const MODELINE = "# yaml-language-server: $schema=../schema/questionnaire.schema.json";

export function load(id: string): { text: string; model: Model; file: QuestionnaireFile } {
  const path = `questionnaires/${id}.yaml`;
  const text = readFileSync(new URL(path, ROOT), "utf8");
  const outcome = checkQuestionnaire(text, path, "en");
  if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
  return { text, model: outcome.model, file: outcome.model.file };
}

/** Every text of a questionnaire, with where it is, for the language check. */
export function texts(q: QuestionnaireFile): [string, Text | undefined][] {
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
    if (it.type === "scenario" || it.type === "best-worst") out.push([`${it.id}.scene`, it.scene]);
    if (it.type !== "likert" && it.type !== "text")
      for (const o of it.options) out.push([`${it.id}.${o.value}`, o.label]);
  }
  for (const p of q.profiles ?? []) {
    out.push([`profile ${p.id}.name`, p.name]);
    out.push([`profile ${p.id}.text`, p.text]);
  }
  for (const a of q.advice ?? []) {
    out.push([`advice ${a.id}`, a.text]);
    if (a.plan) {
      out.push([`advice ${a.id}.plan.situation`, a.plan.situation]);
      out.push([`advice ${a.id}.plan.action`, a.plan.action]);
    }
  }
  return out;
}

/** Dimensions a condition looks at. */
export function dimensionsIn(c: Condition): Set<string> {
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
export function caseAnswers(model: Model, c: TestCase): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  if (c.fill !== undefined)
    for (const it of model.items) if (it.type === "likert") answers[it.id] = c.fill;
  return { ...answers, ...c.answers };
}

/** What a case expects and did not get, one line each. */
export function mismatches(c: TestCase, r: Result): string[] {
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
