// Runs an author's test cases: answers → expected bands, profile, advice and flags. Pure.
// Mismatches are data; the `test` command words them in the user's language.
import type { Model } from "../model/model.ts";
import type { AnswerValue, TestCase } from "../model/types.ts";
import { score } from "./score.ts";
import type { Result } from "./types.ts";

/** One expectation that did not hold. null stands for "none" (no band, no profile). */
export type Mismatch =
  | { kind: "band"; target: string; expected: string | null; got: string | null }
  | { kind: "profile"; expected: string | null; got: string | null }
  | { kind: "advice"; id: string; expected: "fires" | "silent"; fired: string[] }
  | { kind: "flags"; expected: string[]; got: string[] };

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

export function runCase(model: Model, c: TestCase, index: number): CaseOutcome {
  const result = score(model, caseAnswers(model, c));
  const mismatches: Mismatch[] = [];
  const bands = new Map<string, string | null>();
  for (const d of result.dimensions) {
    bands.set(d.id, d.band);
    for (const f of d.facets) bands.set(f.id, f.band);
  }
  for (const [target, expected] of Object.entries(c.expect.bands ?? {})) {
    const got = bands.get(target) ?? null;
    if (got !== expected) mismatches.push({ kind: "band", target, expected, got });
  }
  const profile = result.profile?.id ?? null;
  if (c.expect.profile !== undefined && profile !== c.expect.profile) {
    mismatches.push({ kind: "profile", expected: c.expect.profile, got: profile });
  }
  const fired = result.advice.map((a) => a.id);
  for (const id of c.expect.advice ?? []) {
    if (!fired.includes(id)) mismatches.push({ kind: "advice", id, expected: "fires", fired });
  }
  for (const id of c.expect.noAdvice ?? []) {
    if (fired.includes(id)) mismatches.push({ kind: "advice", id, expected: "silent", fired });
  }
  if (c.expect.flags !== undefined) {
    const got = result.flags.map((f) => f.id).sort();
    const expected = [...c.expect.flags].sort();
    if (got.join("\0") !== expected.join("\0")) mismatches.push({ kind: "flags", expected, got });
  }
  return { name: c.name, index, mismatches, result };
}

export function runCases(model: Model): CaseOutcome[] {
  return (model.file.tests ?? []).map((c, i) => runCase(model, c, i));
}
