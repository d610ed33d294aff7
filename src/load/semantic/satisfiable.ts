// Can a condition ever hold? Pure. Conditions are put in negation normal form
// (normal-form.ts), then a bounded search looks for one consistent way through their `all`
// and `any`: every leaf narrows the possible values of one variable (a target's percent,
// mean or sum, an answer, a flag), and a variable with no value left is a contradiction. When
// the search runs out of budget the condition is taken as satisfiable: only sure
// impossibilities are reported.
import { describe as describeCondition } from "../../engine/conditions.ts";
import type { Condition } from "../../model/types.ts";
import {
  type Atom,
  type Domain,
  domainOf,
  isEmptyDomain,
  meet,
  type Node,
  type Path,
} from "./domains.ts";
import { formatInterval } from "./intervals.ts";
import { build, leafKey, type Universe } from "./normal-form.ts";

export type { Path };

export type Impossibility =
  /** This leaf can never hold, whatever else holds. `range` is what the value can be. */
  | { reason: "impossible"; path: Path; leaf: string; range?: string }
  /** This leaf contradicts another one that must hold with it. */
  | { reason: "conflict"; path: Path; leaf: string; other: Path; otherLeaf: string }
  /** Every way through the condition's `any` and `not` contradicts itself. */
  | { reason: "no-way"; path: Path };

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
