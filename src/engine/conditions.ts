// The declarative condition language: evaluation and a neutral trace of what held.

import { cmp, type Exact, exact } from "../core/exact.ts";
import { isBestWorst } from "../model/kinds.ts";
import type { AnswerValue, Condition } from "../model/types.ts";

/** A numeric test on a score, a percent or an answer: the schema's, so the two cannot drift. */
export type Comparison = NonNullable<Condition["percent"]>[string];

/**
 * What a condition can look at. Functions, so that item conditions need no scores.
 * Scores are exact (core/exact.ts): `percent: {gte: 70}` holds at exactly 70.
 */
export interface ConditionContext {
  answer(itemId: string): AnswerValue | undefined;
  band(targetId: string): string | null;
  percent(targetId: string): Exact | null;
  score(targetId: string): Exact | null;
  hasFlag(flagId: string): boolean;
}

/** Each operator as a test on the sign of value compared with the threshold. */
const OPS: [keyof Comparison, string, (sign: number) => boolean][] = [
  ["eq", "=", (s) => s === 0],
  ["ne", "!=", (s) => s !== 0],
  ["gt", ">", (s) => s > 0],
  ["gte", ">=", (s) => s >= 0],
  ["lt", "<", (s) => s < 0],
  ["lte", "<=", (s) => s <= 0],
];

function compare(value: Exact | null, c: Comparison): boolean {
  if (value === null) return false;
  return OPS.every(([key, , test]) => {
    const threshold = c[key];
    return threshold === undefined || test(cmp(value, exact(threshold)));
  });
}

function describeComparison(c: Comparison): string {
  return OPS.filter(([key]) => c[key] !== undefined)
    .map(([key, sign]) => `${sign} ${c[key]}`)
    .join(" and ");
}

function isComparison(t: object): t is Comparison {
  return OPS.some(([key]) => key in t);
}

/** Option values are text, but a condition may write the option "1" as the number 1. */
const same = (a: unknown, b: unknown) => a === b || String(a) === String(b);

function answerMatches(answer: AnswerValue | undefined, test: unknown): boolean {
  if (answer === undefined) return false;
  // A best–worst answer is tested by the option picked as the most likely.
  const one = isBestWorst(answer) ? answer.best : answer;
  const list: (number | string)[] = Array.isArray(one) ? one : [one];
  if (typeof test === "number" || typeof test === "string") return list.some((a) => same(a, test));
  if (test && typeof test === "object") {
    if ("in" in test) return list.some((a) => (test.in as unknown[]).some((t) => same(a, t)));
    if ("has" in test) return list.some((a) => same(a, (test as { has: string }).has));
    if (isComparison(test)) return typeof one === "number" && compare(exact(one), test);
  }
  return false;
}

function entries<T>(rec: Record<string, T> | undefined): [string, T][] {
  return rec ? Object.entries(rec) : [];
}

/**
 * Evaluates a condition. When it holds and `trace` is given, appends the leaves that
 * made it hold: every leaf of an `all`, the first branch of an `any` that held.
 */
export function holds(c: Condition, ctx: ConditionContext, trace?: string[]): boolean {
  const local: string[] = [];
  const ok = evaluate(c, ctx, local);
  if (ok) trace?.push(...local);
  return ok;
}

// Recursive along the nesting of all, any and not: a questionnaire is loaded only if each
// condition nests at most LIMITS.maxConditionDepth levels and holds at most
// LIMITS.maxConditionTests tests (src/load/limits.ts), so the depth and the work stay small.
function evaluate(c: Condition, ctx: ConditionContext, trace: string[]): boolean {
  if (c.all) return c.all.every((x) => holds(x, ctx, trace));
  if (c.any) return c.any.some((x) => holds(x, ctx, trace));
  if (c.not) {
    const ok = !holds(c.not, ctx);
    if (ok) trace.push(describe(c));
    return ok;
  }
  let ok = false;
  if (c.band) {
    ok = entries(c.band).every(([id, want]) => {
      const band = ctx.band(id);
      return band !== null && (Array.isArray(want) ? want.includes(band) : want === band);
    });
  } else if (c.percent)
    ok = entries(c.percent).every(([id, test]) => compare(ctx.percent(id), test));
  else if (c.score) ok = entries(c.score).every(([id, test]) => compare(ctx.score(id), test));
  else if (c.answer) ok = entries(c.answer).every(([id, t]) => answerMatches(ctx.answer(id), t));
  else if (c.answered !== undefined) {
    const ids = Array.isArray(c.answered) ? c.answered : [c.answered];
    ok = ids.every((id) => ctx.answer(id) !== undefined);
  } else if (c.flag !== undefined) ok = ctx.hasFlag(c.flag);
  if (ok) trace.push(describe(c));
  return ok;
}

/** A neutral, language-free notation of a condition, for explanations. */
export function describe(c: Condition): string {
  if (c.all) return c.all.map(describe).join(" and ");
  if (c.any) return `(${c.any.map(describe).join(" or ")})`;
  if (c.not) return `not (${describe(c.not)})`;
  if (c.band)
    return entries(c.band)
      .map(([id, w]) => `band(${id}) in [${(Array.isArray(w) ? w : [w]).join(", ")}]`)
      .join(" and ");
  if (c.percent)
    return entries(c.percent)
      .map(([id, cmp]) => `percent(${id}) ${describeComparison(cmp)}`)
      .join(" and ");
  if (c.score)
    return entries(c.score)
      .map(([id, cmp]) => `score(${id}) ${describeComparison(cmp)}`)
      .join(" and ");
  if (c.answer)
    return entries(c.answer)
      .map(([id, t]) => `answer(${id}) ${describeAnswerTest(t)}`)
      .join(" and ");
  if (c.answered !== undefined)
    return `answered(${(Array.isArray(c.answered) ? c.answered : [c.answered]).join(", ")})`;
  if (c.flag !== undefined) return `flag(${c.flag})`;
  return "?";
}

function describeAnswerTest(t: unknown): string {
  if (typeof t === "number" || typeof t === "string") return `= ${t}`;
  if (t && typeof t === "object") {
    if ("in" in t) return `in [${(t.in as unknown[]).join(", ")}]`;
    if ("has" in t) return `has ${(t as { has: string }).has}`;
    if (isComparison(t)) return describeComparison(t);
  }
  return "?";
}
