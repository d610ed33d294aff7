// The declarative condition language: evaluation and a neutral trace of what held.
import type { Condition } from "../model/types.ts";

type Comparison = {
  eq?: number;
  ne?: number;
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
};

/** What a condition can look at. Functions, so that item conditions need no scores. */
export interface ConditionContext {
  answer(itemId: string): number | string | string[] | undefined;
  band(targetId: string): string | null;
  percent(targetId: string): number | null;
  score(targetId: string): number | null;
  hasFlag(flagId: string): boolean;
}

const OPS: [keyof Comparison, string, (a: number, b: number) => boolean][] = [
  ["eq", "=", (a, b) => a === b],
  ["ne", "!=", (a, b) => a !== b],
  ["gt", ">", (a, b) => a > b],
  ["gte", ">=", (a, b) => a >= b],
  ["lt", "<", (a, b) => a < b],
  ["lte", "<=", (a, b) => a <= b],
];

function compare(value: number | null | undefined, c: Comparison): boolean {
  if (typeof value !== "number") return false;
  return OPS.every(([key, , test]) => c[key] === undefined || test(value, c[key] as number));
}

function describeComparison(c: Comparison): string {
  return OPS.filter(([key]) => c[key] !== undefined)
    .map(([key, sign]) => `${sign} ${c[key]}`)
    .join(" and ");
}

function isComparison(t: object): t is Comparison {
  return OPS.some(([key]) => key in t);
}

function answerMatches(answer: number | string | string[] | undefined, test: unknown): boolean {
  if (answer === undefined) return false;
  const list = Array.isArray(answer) ? answer : [answer];
  if (typeof test === "number" || typeof test === "string") return list.includes(test as never);
  if (test && typeof test === "object") {
    if ("in" in test) return list.some((a) => (test.in as unknown[]).includes(a));
    if ("has" in test) return list.includes((test as { has: string }).has);
    if (isComparison(test)) return typeof answer === "number" && compare(answer, test);
  }
  return false;
}

function entries<T>(rec: Record<string, T> | undefined): [string, T][] {
  return rec ? Object.entries(rec) : [];
}

/**
 * Evaluates a condition; when `trace` is given, appends the leaves that held
 * (only meaningful when the whole condition holds).
 */
export function holds(c: Condition, ctx: ConditionContext, trace?: string[]): boolean {
  if (c.all) return c.all.every((x) => holds(x, ctx, trace));
  if (c.any) {
    for (const x of c.any) {
      const local: string[] = [];
      if (holds(x, ctx, local)) {
        trace?.push(...local);
        return true;
      }
    }
    return false;
  }
  if (c.not) {
    const ok = !holds(c.not, ctx);
    if (ok) trace?.push(`not (${describe(c.not)})`);
    return ok;
  }
  const leaf = describe(c);
  let ok = false;
  if (c.band) {
    ok = entries(c.band).every(([id, want]) => {
      const band = ctx.band(id);
      return band !== null && (Array.isArray(want) ? want.includes(band) : want === band);
    });
  } else if (c.percent) ok = entries(c.percent).every(([id, cmp]) => compare(ctx.percent(id), cmp));
  else if (c.score) ok = entries(c.score).every(([id, cmp]) => compare(ctx.score(id), cmp));
  else if (c.answer) ok = entries(c.answer).every(([id, t]) => answerMatches(ctx.answer(id), t));
  else if (c.answered !== undefined) {
    const ids = Array.isArray(c.answered) ? c.answered : [c.answered];
    ok = ids.every((id) => ctx.answer(id) !== undefined);
  } else if (c.flag !== undefined) ok = ctx.hasFlag(c.flag);
  if (ok) trace?.push(leaf);
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
