// A condition in negation normal form (the `all`, `any` and atoms the satisfiability search of
// satisfiable.ts walks): every leaf becomes atoms, each narrowing one variable (a target's
// percent, mean or sum, an answer, a flag) to the values that make it hold. Pure.
import { inInterval } from "../../model/compile.ts";
import type { Interval } from "../../model/model.ts";
import type { Condition } from "../../model/types.ts";
import {
  type Atom,
  comparisonSet,
  type Domain,
  finite,
  isComparison,
  type Node,
  numeric,
  type Path,
} from "./domains.ts";

/** What a target looks like to conditions: its value ranges and its bands. */
export interface TargetShape {
  aggregate: "sum" | "mean";
  bandsOn: "percent" | "mean" | "sum";
  percent: Interval;
  mean: Interval | null;
  sum: Interval | null;
  bands: { id: string; range: Interval }[];
}

export interface ItemShape {
  kind: "single" | "multi" | "text";
  /** Values a single-answer item takes, or the options of a multiple-choice item. */
  values: readonly (string | number)[];
}

export interface Universe {
  target(id: string): TargetShape | undefined;
  /** undefined for an unknown item; `answerable: false` for one that has no answer yet. */
  item(id: string): (ItemShape & { answerable: boolean }) | undefined;
  /** False while the person answers: scores, bands and flags are not known then. */
  scored: boolean;
  flags: readonly string[];
}

const TRUE: Node = { kind: "true" };
const ANSWERED = "answered";

const NUMERIC_TESTS = ["percent", "score"] as const;
const NO_TESTS: never[] = [];

/** The tests of one kind in a leaf, by id; a leaf without any makes nothing. */
const testsOf = <T>(tests: Record<string, T> | undefined): [string, T][] =>
  tests ? Object.entries(tests) : NO_TESTS;

/** Builds the negation normal form of `c`; leaves about unknown things always hold. */
export function build(c: Condition, u: Universe, path: Path, negated: boolean): Node {
  const group = (kind: "and" | "or", children: Node[]): Node =>
    (kind === "and") !== negated ? { kind: "and", children } : { kind: "or", children };
  if (c.all)
    return group(
      "and",
      c.all.map((x, i) => build(x, u, [...path, "all", i], negated)),
    );
  if (c.any)
    return group(
      "or",
      c.any.map((x, i) => build(x, u, [...path, "any", i], negated)),
    );
  if (c.not) return build(c.not, u, [...path, "not"], !negated);
  const atoms: Node[] = [];
  // Where a leaf is and how it reads are only worked out for a leaf that is reported.
  const atom = (variable: string, base: Domain, holds: Domain, test: Condition): Atom => ({
    kind: "atom",
    variable,
    base,
    holds,
    negated,
    test,
    under: path,
  });
  const targetBase = (id: string, on: "percent" | "mean" | "sum"): Domain | undefined => {
    const t = u.target(id);
    if (!t) return undefined;
    const range = t[on];
    return numeric(u.scored && range ? [range] : [], true);
  };
  for (const [id, want] of testsOf(c.band)) {
    const t = u.target(id);
    const base = t && targetBase(id, t.bandsOn);
    if (!t || !base) continue;
    const ids = Array.isArray(want) ? want : [want];
    const set = t.bands.filter((b) => ids.includes(b.id)).map((b) => b.range);
    atoms.push(atom(`${t.bandsOn}:${id}`, base, numeric(set), { band: { [id]: want } }));
  }
  for (const kind of NUMERIC_TESTS) {
    for (const [id, cmp] of testsOf(c[kind])) {
      const on = kind === "percent" ? "percent" : (u.target(id)?.aggregate ?? "mean");
      const base = targetBase(id, on);
      if (!base) continue;
      const leaf = { [kind]: { [id]: cmp } };
      atoms.push(atom(`${on}:${id}`, base, numeric(comparisonSet(cmp)), leaf));
    }
  }
  for (const [id, test] of testsOf(c.answer)) {
    const item = u.item(id);
    if (!item || item.kind === "text") continue;
    const leaf = { answer: { [id]: test } };
    if (item.kind === "single") {
      const base = finite(item.answerable ? item.values : [], true);
      const passes = answerTest(test);
      const holds = finite(item.values.filter(passes));
      atoms.push(atom(`answer:${id}`, base, holds, leaf));
      continue;
    }
    // A multiple-choice answer is a list: each option is picked or not.
    const options = item.values.map(String);
    const picks = pickedBy(test).filter((p) => options.includes(p));
    const pickBase = finite(item.answerable ? [true, false] : [false]);
    const children = picks.map((o) => atom(`pick:${id}:${o}`, pickBase, finite([true]), leaf));
    if (children.length === 0) atoms.push(atom(`answer:${id}`, finite([]), finite([]), leaf));
    else atoms.push(children.length === 1 ? (children[0] as Node) : group("or", children));
  }
  if (c.answered !== undefined) {
    const ids = Array.isArray(c.answered) ? c.answered : [c.answered];
    for (const id of ids) {
      const item = u.item(id);
      if (!item) continue;
      // Single items share the answer's variable, so `answered` and `not answer` can meet.
      const values = item.kind === "single" ? item.values : [ANSWERED];
      const variable = item.kind === "single" ? `answer:${id}` : `answered:${id}`;
      const base = finite(item.answerable ? values : [], true);
      atoms.push(atom(variable, base, finite(values), { answered: id }));
    }
  }
  if (c.flag !== undefined) {
    const known = u.scored && u.flags.includes(c.flag);
    const base = finite(known ? [true, false] : [false]);
    atoms.push(atom(`flag:${c.flag}`, base, finite([true]), { flag: c.flag }));
  }
  if (atoms.length === 0) return TRUE;
  return atoms.length === 1 ? (atoms[0] as Node) : group("and", atoms);
}

/** Where a one-test leaf points: at the id it tests (`percent: {calm: …}`), else at its key. */
export function leafKey(leaf: Condition): Path {
  const [kind, value] = Object.entries(leaf)[0] ?? [];
  if (kind === undefined) return [];
  const isMap = typeof value === "object" && value !== null && !Array.isArray(value);
  return isMap ? [kind, Object.keys(value)[0] ?? ""] : [kind];
}

/** The options a test on a multiple-choice answer asks for (any one of them). */
function pickedBy(test: unknown): string[] {
  if (typeof test === "string" || typeof test === "number") return [String(test)];
  if (typeof test !== "object" || test === null) return [];
  if ("has" in test) return [String(test.has)];
  if ("in" in test) return (test.in as unknown[]).map(String);
  return [];
}

/** Whether an answer passes `test`; values compare as text, as the engine compares them. */
function answerTest(test: unknown): (v: string | number) => boolean {
  if (typeof test === "number" || typeof test === "string")
    return (v) => String(test) === String(v);
  if (typeof test !== "object" || test === null) return () => false;
  if ("in" in test) {
    const listed = (test.in as unknown[]).map(String);
    return (v) => listed.includes(String(v));
  }
  if ("has" in test) return (v) => String(test.has) === String(v);
  if (!isComparison(test)) return () => false;
  const set = comparisonSet(test);
  return (v) => typeof v === "number" && set.some((r) => inInterval(v, r));
}
