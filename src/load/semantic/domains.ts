// The values a variable of a condition can take (a domain: numbers as interval sets, or a
// finite set of answers, either possibly null), the leaves that narrow them (atoms) and the
// negation normal form they make (nodes): the algebra satisfiable.ts searches with. Pure.
import type { Interval } from "../../model/model.ts";
import type { Condition } from "../../model/types.ts";
import { ALL, complement, type IntervalSet, intersectSets } from "./intervals.ts";

export type Path = (string | number)[];
export type Value = string | number | boolean;

export type Domain =
  | { kind: "numeric"; set: IntervalSet; nullable: boolean }
  | { kind: "finite"; values: ReadonlySet<Value>; nullable: boolean };

export interface Atom {
  kind: "atom";
  variable: string;
  base: Domain;
  /** The values that make the leaf hold (before negation), null excluded. */
  holds: Domain;
  negated: boolean;
  /** The one-test condition this atom stands for, and the path of the condition holding it. */
  test: Condition;
  under: Path;
}

export type Node =
  | Atom
  | { kind: "and"; children: Node[] }
  | { kind: "or"; children: Node[] }
  | { kind: "true" };

/** A numeric comparison, as percent and score tests write it. */
export type Comparison = NonNullable<Condition["percent"]>[string];

export function comparisonSet(c: Comparison): IntervalSet {
  let set: IntervalSet = [ALL];
  const cut = (r: IntervalSet) => {
    set = intersectSets(set, r);
  };
  const point = (x: number): Interval => ({ lo: x, hi: x, loIncluded: true, hiIncluded: true });
  const inf = Number.POSITIVE_INFINITY;
  if (c.eq !== undefined) cut([point(c.eq)]);
  if (c.ne !== undefined) cut(complement([point(c.ne)]));
  if (c.gt !== undefined) cut([{ lo: c.gt, hi: inf, loIncluded: false, hiIncluded: false }]);
  if (c.gte !== undefined) cut([{ lo: c.gte, hi: inf, loIncluded: true, hiIncluded: false }]);
  if (c.lt !== undefined) cut([{ lo: -inf, hi: c.lt, loIncluded: false, hiIncluded: false }]);
  if (c.lte !== undefined) cut([{ lo: -inf, hi: c.lte, loIncluded: false, hiIncluded: true }]);
  return set;
}

export function isComparison(t: unknown): t is Comparison {
  return (
    typeof t === "object" &&
    t !== null &&
    ["eq", "ne", "gt", "gte", "lt", "lte"].some((k) => k in t)
  );
}

export function meet(a: Domain, b: Domain): Domain {
  const nullable = a.nullable && b.nullable;
  if (a.kind === "numeric" && b.kind === "numeric")
    return { kind: "numeric", set: intersectSets(a.set, b.set), nullable };
  if (a.kind === "finite" && b.kind === "finite")
    return {
      kind: "finite",
      values: new Set([...a.values].filter((v) => b.values.has(v))),
      nullable,
    };
  return a;
}

export function isEmptyDomain(d: Domain): boolean {
  return !d.nullable && (d.kind === "numeric" ? d.set.length === 0 : d.values.size === 0);
}

/** The values that make the leaf fail: the rest of the base, and null when the base has it. */
export function negate(base: Domain, holds: Domain): Domain {
  if (base.kind === "numeric" && holds.kind === "numeric")
    return {
      kind: "numeric",
      set: intersectSets(base.set, complement(holds.set)),
      nullable: base.nullable,
    };
  if (base.kind === "finite" && holds.kind === "finite")
    return {
      kind: "finite",
      values: new Set([...base.values].filter((v) => !holds.values.has(v))),
      nullable: base.nullable,
    };
  return base;
}

export const domainOf = (a: Atom): Domain =>
  a.negated ? negate(a.base, a.holds) : meet(a.base, a.holds);

export const numeric = (set: IntervalSet, nullable = false): Domain => ({
  kind: "numeric",
  set,
  nullable,
});
export const finite = (values: Iterable<Value>, nullable = false): Domain => ({
  kind: "finite",
  values: new Set(values),
  nullable,
});
