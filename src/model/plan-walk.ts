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
  const unwrap = (i: number): number => {
    let n = node(i);
    while (n.k === "optional") {
      i = n.of;
      n = node(i);
    }
    return i;
  };
  const optionsOf = (n: PlanNode): readonly number[] =>
    n.k === "union" ? n.options : n.k === "du" ? Object.values(n.options) : [];

  const branchFor = (i: number, v: unknown): number => {
    const n = node(i);
    if (n.k !== "union" && n.k !== "du") return i;
    if (n.k === "du" && isRecord(v)) {
      const tag = v[n.key];
      if (typeof tag === "string" && Object.hasOwn(n.options, tag))
        return unwrap(n.options[tag] as number);
    }
    const kind = Array.isArray(v) ? "array" : isRecord(v) ? "container" : "scalar";
    const fits = optionsOf(n)
      .map(unwrap)
      .find((o) => {
        const k = node(o).k;
        if (kind === "array") return k === "array" || k === "tuple";
        if (kind === "container") return k === "object" || k === "record";
        return !CONTAINERS.has(k);
      });
    return fits === undefined ? i : branchFor(fits, v);
  };

  const childOf = (n: PlanNode, key: string | number): number | undefined => {
    if (n.k === "object") return Object.hasOwn(n.shape, key) ? n.shape[key] : undefined;
    if (n.k === "array") return n.of;
    if (n.k === "tuple") return n.items[Number(key)];
    if (n.k === "record") return n.value;
    return undefined;
  };

  const path: (string | number)[] = [];
  const walk = (i: number, v: unknown) => {
    if (unwrap(i) === target) {
      visit(v, [...path]);
      return;
    }
    if (typeof v !== "object" || v === null) return;
    const n = node(branchFor(unwrap(i), v));
    const keys: (string | number)[] = Array.isArray(v) ? v.map((_, j) => j) : Object.keys(v);
    for (const key of keys) {
      const child = childOf(n, key);
      if (child === undefined) continue;
      path.push(key);
      walk(child, Array.isArray(v) ? v[Number(key)] : (v as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  walk(plan.root, value);
}
