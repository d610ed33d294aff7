// Finds the nodes of a value that a named schema of the plan (model/plan.ts) holds, such as
// every Text of a questionnaire, without zod: the same walk as findBySchema
// (load/semantic/schema-walk.ts) over the schema itself, and so the same findings.
import type { Plan, PlanNode } from "./plan.ts";

type Path = readonly (string | number)[];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

// As findBySchema sees them: a union, discriminated or not, is neither array nor mapping.
const CONTAINERS = new Set(["array", "tuple", "object", "record"]);

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
  // Each node under its optional wrappers, and each union's branch for a kind of value:
  // worked out once, not at every node of the value.
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

  // Which nodes may hold the target somewhere below: the walk leaves the others (conditions,
  // test cases) alone, which changes nothing it finds.
  const children = (n: PlanNode): readonly number[] => {
    if (n.k === "object" || n.k === "du")
      return Object.values(n.k === "object" ? n.shape : n.options);
    if (n.k === "array" || n.k === "optional") return [n.of];
    if (n.k === "tuple") return n.items;
    if (n.k === "record") return [n.value];
    return n.k === "union" ? n.options : [];
  };
  const holds = plan.nodes.map((_, i) => bare[i] === target);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [i, n] of plan.nodes.entries()) {
      if (!holds[i] && children(n).some((c) => holds[c])) {
        holds[i] = true;
        changed = true;
      }
    }
  }

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
