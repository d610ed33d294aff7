// Can a condition ever hold? Pure. Conditions are put in negation normal form, then a
// bounded search looks for one consistent way through their `all` and `any`: every leaf
// narrows the possible values of one variable (a target's percent, mean or sum, an answer,
// a flag), and a variable with no value left is a contradiction. When the search runs out
// of budget the condition is taken as satisfiable: only sure impossibilities are reported.
import { describe as describeCondition } from "../../engine/conditions.ts";
import { inInterval } from "../../model/compile.ts";
import type { Interval } from "../../model/model.ts";
import type { Condition } from "../../model/types.ts";
import {
  type Atom,
  comparisonSet,
  type Domain,
  domainOf,
  finite,
  isComparison,
  isEmptyDomain,
  meet,
  type Node,
  numeric,
  type Path,
} from "./domains.ts";
import { formatInterval } from "./intervals.ts";

export type { Path };

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

export type Impossibility =
  /** This leaf can never hold, whatever else holds. `range` is what the value can be. */
  | { reason: "impossible"; path: Path; leaf: string; range?: string }
  /** This leaf contradicts another one that must hold with it. */
  | { reason: "conflict"; path: Path; leaf: string; other: Path; otherLeaf: string }
  /** Every way through the condition's `any` and `not` contradicts itself. */
  | { reason: "no-way"; path: Path };

const TRUE: Node = { kind: "true" };
const ANSWERED = "answered";

const NUMERIC_TESTS = ["percent", "score"] as const;
const NO_TESTS: never[] = [];

/** The tests of one kind in a leaf, by id; a leaf without any makes nothing. */
const testsOf = <T>(tests: Record<string, T> | undefined): [string, T][] =>
  tests ? Object.entries(tests) : NO_TESTS;

/** Builds the negation normal form of `c`; leaves about unknown things always hold. */
function build(c: Condition, u: Universe, path: Path, negated: boolean): Node {
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
function leafKey(leaf: Condition): Path {
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

/** Where an atom's leaf is: at the id it tests (`percent: {calm: …}`), else at its key. */
const pathOf = (a: Atom): Path => [...a.under, ...leafKey(a.test)];

/** How an atom's leaf reads in a message. */
function leafOf(a: Atom): string {
  const text = describeCondition(a.test);
  return a.negated ? `not (${text})` : text;
}

const BUDGET = 20_000;

interface Search {
  steps: number;
  firstFailure?: Impossibility;
}

/**
 * What the atoms met so far allow, newest first: each step adds one entry in front of
 * a store the other ways may share, so a step copies nothing.
 */
type Store = { variable: string; domain: Domain; by: Atom; older: Store } | null;

/** The newest entry of `variable`. */
function latest(store: Store, variable: string): Store {
  let entry = store;
  while (entry && entry.variable !== variable) entry = entry.older;
  return entry;
}

/** What is left to satisfy, first node first: shared tails, so a step copies nothing. */
type Agenda = { node: Node; rest: Agenda } | null;

/**
 * Depth first through the agenda, one way of each `or` at a time; a loop over an explicit
 * stack of ways still to try, so a condition's size never deepens the call stack.
 */
function solve(root: Node, s: Search): boolean {
  const ways: { agenda: Agenda; store: Store }[] = [
    { agenda: { node: root, rest: null }, store: null },
  ];
  for (let way = ways.pop(); way; way = ways.pop()) {
    let { agenda, store } = way;
    for (;;) {
      if (++s.steps > BUDGET || !agenda) return true;
      const { node, rest } = agenda;
      if (node.kind === "true") {
        agenda = rest;
        continue;
      }
      if (node.kind === "and") {
        agenda = rest;
        for (let i = node.children.length - 1; i >= 0; i--)
          agenda = { node: node.children[i] as Node, rest: agenda };
        continue;
      }
      if (node.kind === "or") {
        // The first child is tried first: pushed last.
        for (let i = node.children.length - 1; i >= 0; i--)
          ways.push({ agenda: { node: node.children[i] as Node, rest }, store });
        break;
      }
      const next = step(node, store, s);
      if (!next) break;
      store = next;
      agenda = rest;
    }
  }
  return false;
}

/** The store with `atom` added, or null (and the first failure noted) when it cannot hold. */
function step(atom: Atom, store: Store, s: Search): Store {
  const own = domainOf(atom);
  if (isEmptyDomain(own)) {
    s.firstFailure ??= {
      reason: "impossible",
      path: pathOf(atom),
      leaf: leafOf(atom),
      ...(atom.base.kind === "numeric" && atom.base.set.length > 0
        ? { range: atom.base.set.map(formatInterval).join(" ∪ ") }
        : {}),
    };
    return null;
  }
  const before = latest(store, atom.variable);
  const domain = before ? meet(before.domain, own) : own;
  if (isEmptyDomain(domain)) {
    if (before)
      s.firstFailure ??= {
        reason: "conflict",
        path: pathOf(atom),
        leaf: leafOf(atom),
        other: pathOf(before.by),
        otherLeaf: leafOf(before.by),
      };
    return null;
  }
  return { variable: atom.variable, domain, by: before?.by ?? atom, older: store };
}

const hasChoice = (n: Node): boolean =>
  n.kind === "or" ? n.children.length > 1 : n.kind === "and" && n.children.some(hasChoice);

/** Why `c` can never hold, or null when it can (or when that cannot be decided quickly). */
export function impossibility(c: Condition, u: Universe): Impossibility | null {
  const root = build(c, u, [], false);
  const search: Search = { steps: 0 };
  if (solve(root, search)) return null;
  // Through a single path the first contradiction met is the reason; with choices, none is.
  if (!hasChoice(root) && search.firstFailure) return search.firstFailure;
  return { reason: "no-way", path: [] };
}
