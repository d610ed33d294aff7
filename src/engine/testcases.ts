// Runs an author's test cases: answers → expected bands, profile, advice and flags. Pure.
// Mismatches are data; the `test` command words them in the user's language.
import type { Model } from "../model/model.ts";
import type { AnswerValue, TestCase } from "../model/types.ts";
import { score } from "./score.ts";
import type { Result, TargetResult } from "./types.ts";

/** One expectation that did not hold. null stands for "none" (no band, no profile). */
export type Mismatch =
  | { kind: "band"; target: string; expected: string | null; got: string | null }
  | { kind: "profile"; expected: string | null; got: string | null }
  | { kind: "advice"; id: string; expected: "fires" | "silent"; fired: string[] }
  | { kind: "flags"; expected: string[]; got: string[] }
  | {
      kind: "figure";
      target: string;
      figure: Figure;
      expected: number;
      tolerance: number;
      got: number | null;
    };

export type Figure = "score" | "sum" | "mean" | "percent";
const FIGURES: readonly Figure[] = ["score", "sum", "mean", "percent"];

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
  const targets = new Map<string, TargetResult>();
  for (const d of result.dimensions) {
    targets.set(d.id, d);
    for (const f of d.facets) targets.set(f.id, f);
  }
  for (const [target, expected] of Object.entries(c.expect.bands ?? {})) {
    const got = targets.get(target)?.band ?? null;
    if (got !== expected) mismatches.push({ kind: "band", target, expected, got });
  }
  for (const [target, figures] of Object.entries(c.expect.scores ?? {})) {
    for (const figure of FIGURES) {
      const want = figures[figure];
      if (want === undefined) continue;
      const { value: expected, tolerance } =
        typeof want === "number" ? { value: want, tolerance: 0 } : want;
      const got = targets.get(target)?.[figure] ?? null;
      // A pinned figure is the number the JSON result shows, within the tolerance given.
      if (got === null || Math.abs(got - expected) > tolerance)
        mismatches.push({ kind: "figure", target, figure, expected, tolerance, got });
    }
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
