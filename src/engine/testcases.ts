// Runs an author's test cases: answers → expected bands, profile, advice and flags. Pure.
import type { Model } from "../model/model.ts";
import type { AnswerValue, TestCase } from "../model/types.ts";
import { score } from "./score.ts";
import type { Result } from "./types.ts";

export interface Mismatch {
  /** What was checked: "band(impatience)", "profile", "advice", "flags". */
  what: string;
  expected: string;
  got: string;
}

export interface CaseOutcome {
  name: string;
  index: number;
  mismatches: Mismatch[];
  result: Result;
}

/** The answers of a case: its own, plus `fill` for every Likert item it leaves out. */
export function caseAnswers(model: Model, c: TestCase): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  if (c.fill !== undefined) {
    for (const item of model.items) if (item.type === "likert") answers[item.id] = c.fill;
  }
  return { ...answers, ...c.answers };
}

const show = (x: string | null | undefined) => (x === null || x === undefined ? "none" : x);

export function runCase(model: Model, c: TestCase, index: number): CaseOutcome {
  const result = score(model, caseAnswers(model, c));
  const mismatches: Mismatch[] = [];
  const bands = new Map<string, string | null>();
  for (const d of result.dimensions) {
    bands.set(d.id, d.band);
    for (const f of d.facets) bands.set(f.id, f.band);
  }
  for (const [id, want] of Object.entries(c.expect.bands ?? {})) {
    const got = bands.get(id);
    if (got !== want)
      mismatches.push({ what: `band(${id})`, expected: show(want), got: show(got) });
  }
  if (c.expect.profile !== undefined && (result.profile?.id ?? null) !== c.expect.profile) {
    mismatches.push({
      what: "profile",
      expected: show(c.expect.profile),
      got: show(result.profile?.id),
    });
  }
  const fired = result.advice.map((a) => a.id);
  for (const id of c.expect.advice ?? []) {
    if (!fired.includes(id))
      mismatches.push({ what: "advice", expected: `${id} fires`, got: fired.join(", ") || "none" });
  }
  for (const id of c.expect.noAdvice ?? []) {
    if (fired.includes(id))
      mismatches.push({ what: "advice", expected: `${id} does not fire`, got: `${id} fires` });
  }
  if (c.expect.flags !== undefined) {
    const got = result.flags.map((f) => f.id).sort();
    const want = [...c.expect.flags].sort();
    if (got.join(",") !== want.join(",")) {
      mismatches.push({
        what: "flags",
        expected: want.join(", ") || "none",
        got: got.join(", ") || "none",
      });
    }
  }
  return { name: c.name, index, mismatches, result };
}

export function runCases(model: Model): CaseOutcome[] {
  return (model.file.tests ?? []).map((c, i) => runCase(model, c, i));
}
