// The checks of the schema that its definitions cannot show (zod's `.refine`), named so that
// the plan of the schema (model/plan.ts) can refer to them. Free of zod: the acceptor runs
// them without loading the schema.

/** The keys of a condition: it has exactly one of them. */
export const CONDITION_KEYS = [
  "all",
  "any",
  "not",
  "band",
  "percent",
  "score",
  "answer",
  "answered",
  "flag",
] as const;

/** A comparison has at least one of eq, ne, gt, gte, lt, lte. */
export const hasAComparison = (c: object): boolean => Object.keys(c).length > 0;

/** A condition has exactly one test. */
export function hasOneTest(c: Partial<Record<(typeof CONDITION_KEYS)[number], unknown>>): boolean {
  // Counted in a loop: every condition of a file passes here, before V8 optimises anything.
  let tests = 0;
  for (const k of CONDITION_KEYS) if (c[k] !== undefined) tests++;
  return tests === 1;
}

/** Every refinement by the name the plan gives it. */
export const REFINEMENTS: Readonly<Record<string, (value: never) => boolean>> = {
  comparison: hasAComparison,
  condition: hasOneTest,
};
