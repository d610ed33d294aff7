// Finds the nodes of a value that a named schema of the plan (model/plan.ts) holds, such as
// every Text of a questionnaire, without zod: the same walk as findBySchema
// (load/semantic/schema-walk.ts) over the schema itself, and so the same findings.
import type { Plan, PlanNode } from "./plan.ts";

type Path = readonly (string | number)[];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

// As findBySchema sees them: a union, discriminated or not, is neither array nor mapping.
const CONTAINERS = new Set(["array", "tuple", "object", "record"]);

/** What a walk needs of a plan, worked out once per plan, not at every walk or node. */
interface Prepared {
  /** Each node under its optional wrappers. */
  bare: number[];
  /** Each union's branch for a kind of value (array, mapping, scalar). */
  byKind: {
    array: number | undefined;
    container: number | undefined;
    scalar: number | undefined;
  }[];
  /** The nodes that have each node as a child. */
  parents: number[][];
  /** By target: which nodes may hold it somewhere below. */
  holding: Map<number, boolean[]>;
}

const prepared = new WeakMap<Plan, Prepared>();

function children(n: PlanNode): readonly number[] {
  if (n.k === "object" || n.k === "du")
    return Object.values(n.k === "object" ? n.shape : n.options);
  if (n.k === "array" || n.k === "optional") return [n.of];
  if (n.k === "tuple") return n.items;
  if (n.k === "record") return [n.value];
  return n.k === "union" ? n.options : [];
}

function prepare(plan: Plan): Prepared {
  const known = prepared.get(plan);
  if (known) return known;
  const node = (i: number) => plan.nodes[i] as PlanNode;
  const bare = plan.nodes.map((_, i) => {
    let n = node(i);
    while (n.k === "optional") {
      i = n.of;
      n = node(i);
    }
    return i;
  });
  const firstOf = (options: readonly number[], fits: (k: PlanNode["k"]) => boolean) =>
    options.map((o) => bare[o] as number).find((o) => fits(node(o).k));
  const byKind = plan.nodes.map((n) => {
    const options = n.k === "union" ? n.options : n.k === "du" ? Object.values(n.options) : [];
    return {
      array: firstOf(options, (k) => k === "array" || k === "tuple"),
      container: firstOf(options, (k) => k === "object" || k === "record"),
      scalar: firstOf(options, (k) => !CONTAINERS.has(k)),
    };
  });
  const parents: number[][] = plan.nodes.map(() => []);
  plan.nodes.forEach((n, i) => {
    for (const c of children(n)) parents[c]?.push(i);
  });
  const made: Prepared = { bare, byKind, parents, holding: new Map() };
  prepared.set(plan, made);
  return made;
}

/** Which nodes may hold `target` somewhere below: it, its wrappers, and their ancestors. */
function holdingOf(p: Prepared, target: number): boolean[] {
  const known = p.holding.get(target);
  if (known) return known;
  const holds = p.bare.map((b) => b === target);
  const todo = holds.flatMap((h, i) => (h ? [i] : []));
  for (let i = todo.pop(); i !== undefined; i = todo.pop())
    for (const up of p.parents[i] ?? [])
      if (!holds[up]) {
        holds[up] = true;
        todo.push(up);
      }
  p.holding.set(target, holds);
  return holds;
}

/**
 * Calls `visit` on every node of `value` whose plan node (under optional wrappers) is
 * `target`. Union branches are chosen as findBySchema chooses them: by discriminator, else
 * the first option of the value's kind (array, mapping or scalar).
 */
export function findByPlan(
  plan: Plan,
  target: number,
  value: unknown,
  visit: (value: unknown, path: Path) => void,
): void {
  const node = (i: number) => plan.nodes[i] as PlanNode;
  const p = prepare(plan);
  const { bare, byKind } = p;

  const branchFor = (i: number, v: unknown): number => {
    const n = node(i);
    if (n.k !== "union" && n.k !== "du") return i;
    if (n.k === "du" && isRecord(v)) {
      const tag = v[n.key];
      if (typeof tag === "string" && Object.hasOwn(n.options, tag))
        return bare[n.options[tag] as number] as number;
    }
    const kinds = byKind[i] as (typeof byKind)[number];
    const fits = Array.isArray(v) ? kinds.array : isRecord(v) ? kinds.container : kinds.scalar;
    return fits === undefined ? i : branchFor(fits, v);
  };

  const childOf = (n: PlanNode, key: string | number): number | undefined => {
    if (n.k === "object") return Object.hasOwn(n.shape, key) ? n.shape[key] : undefined;
    if (n.k === "array") return n.of;
    if (n.k === "tuple") return n.items[Number(key)];
    if (n.k === "record") return n.value;
    return undefined;
  };

  // The walk leaves alone the nodes that cannot hold the target (conditions, test cases),
  // which changes nothing it finds.
  const holds = holdingOf(p, target);

  const path: (string | number)[] = [];
  const walk = (i: number, v: unknown) => {
    if (bare[i] === target) {
      visit(v, [...path]);
      return;
    }
    if (!holds[i] || typeof v !== "object" || v === null) return;
    const n = node(branchFor(bare[i] as number, v));
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) down(n, j, v[j]);
    } else {
      const record = v as Record<string, unknown>;
      for (const key of Object.keys(record)) down(n, key, record[key]);
    }
  };
  const down = (n: PlanNode, key: string | number, v: unknown) => {
    const child = childOf(n, key);
    if (child === undefined) return;
    path.push(key);
    walk(child, v);
    path.pop();
  };
  walk(plan.root, value);
}
