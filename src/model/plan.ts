// A plan of the schema: what model/schema.ts accepts, as plain data derived from zod's own
// definitions (model/plan-derive.ts, by `npm run schema`), and the acceptor that reads it.
// Deciding that a file is valid this way spares loading zod and building its schema; zod
// still says what is wrong with a file that is not (load/questionnaire.ts). The acceptor
// mirrors zod 4's semantics; tests/model/plan-accept.test.ts compares the two on thousands
// of values.
import { REFINEMENTS } from "./refinements.ts";

/** A number check: [">=" | ">" | "<=" | "<", bound]. */
export type NumberCheck = readonly [">=" | ">" | "<=" | "<", number];

export type PlanNode = (
  | { k: "string"; min?: number; max?: number; re?: readonly (readonly [string, string])[] }
  | { k: "number"; int?: true; checks?: readonly NumberCheck[] }
  | { k: "boolean" }
  | { k: "null" }
  | { k: "literal"; values: readonly (string | number | boolean | null)[] }
  | { k: "enum"; values: readonly (string | number)[] }
  /** A strict object: every key of `shape` (its node), no other; absent only if optional. */
  | { k: "object"; shape: Readonly<Record<string, number>> }
  | { k: "array"; of: number; min?: number; max?: number }
  | { k: "tuple"; items: readonly number[] }
  | { k: "record"; key: number; value: number }
  | { k: "union"; options: readonly number[] }
  /** A discriminated union: the option for each value of the key `key`. */
  | { k: "du"; key: string; options: Readonly<Record<string, number>> }
  /** Optional: undefined passes, unless exact (`exactOptional`), where only absence does. */
  | { k: "optional"; of: number; exact?: true }
) & {
  /** A named check of model/refinements.ts that a value of the right shape must also pass. */
  refine?: string;
};

export interface Plan {
  root: number;
  nodes: readonly PlanNode[];
  /** Nodes that stand for named schemas (such as Text), by name. */
  named: Readonly<Record<string, number>>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** zod's test for a record: an object whose constructor, if any, looks like Object. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false;
  const ctor = v.constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.hasOwn(proto, "isPrototypeOf");
}

/** A string's length as zod counts it: in code points, a lone surrogate counting one. */
function codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

const holds = ([op, bound]: NumberCheck, v: number): boolean =>
  op === ">=" ? v >= bound : op === ">" ? v > bound : op === "<=" ? v <= bound : v < bound;

/** An acceptor of a plan: says whether a value is valid, as zod would, without zod. */
export function acceptor(plan: Plan): (value: unknown) => boolean {
  const { nodes } = plan;
  const patterns = new Map<number, RegExp[]>();
  const regexes = (i: number, re: readonly (readonly [string, string])[]): RegExp[] => {
    let list = patterns.get(i);
    if (!list) {
      list = re.map(([source, flags]) => new RegExp(source, flags));
      patterns.set(i, list);
    }
    return list;
  };

  const accepts = (i: number, v: unknown): boolean => {
    const n = nodes[i] as PlanNode;
    if (!shapeAccepts(i, n, v)) return false;
    return n.refine === undefined || (REFINEMENTS[n.refine] as (value: unknown) => boolean)(v);
  };

  const shapeAccepts = (i: number, n: PlanNode, v: unknown): boolean => {
    switch (n.k) {
      case "string": {
        if (typeof v !== "string") return false;
        if (n.min !== undefined || n.max !== undefined) {
          const length = codePoints(v);
          if (length < (n.min ?? 0) || (n.max !== undefined && length > n.max)) return false;
        }
        if (!n.re) return true;
        return regexes(i, n.re).every((re) => {
          re.lastIndex = 0;
          return re.test(v);
        });
      }
      case "number":
        if (typeof v !== "number" || !Number.isFinite(v)) return false;
        if (n.int && !Number.isSafeInteger(v)) return false;
        return (n.checks ?? []).every((c) => holds(c, v));
      case "boolean":
        return typeof v === "boolean";
      case "null":
        return v === null;
      case "literal":
      case "enum":
        return (n.values as readonly unknown[]).includes(v);
      case "object":
        return objectAccepts(n.shape, v);
      case "array":
        if (!Array.isArray(v)) return false;
        if (v.length < (n.min ?? 0) || (n.max !== undefined && v.length > n.max)) return false;
        for (let j = 0; j < v.length; j++) if (!accepts(n.of, v[j])) return false;
        return true;
      case "tuple":
        return (
          Array.isArray(v) &&
          v.length === n.items.length &&
          n.items.every((item, j) => accepts(item, v[j]))
        );
      case "record":
        return recordAccepts(n.key, n.value, v);
      case "union":
        return n.options.some((o) => accepts(o, v));
      case "du": {
        if (!isObject(v)) return false;
        const tag = v[n.key];
        return typeof tag === "string" && Object.hasOwn(n.options, tag)
          ? accepts(n.options[tag] as number, v)
          : false;
      }
      case "optional":
        return (v === undefined && !n.exact) || accepts(n.of, v);
    }
  };

  const objectAccepts = (shape: Readonly<Record<string, number>>, v: unknown): boolean => {
    if (!isObject(v)) return false;
    for (const key in shape) {
      const node = shape[key] as number;
      if (key in v) {
        if (!accepts(node, v[key])) return false;
      } else if ((nodes[node] as PlanNode).k !== "optional") return false;
    }
    // zod lists every enumerable key, inherited ones too, that the shape does not declare.
    for (const key in v) if (!Object.hasOwn(shape, key)) return false;
    return true;
  };

  const recordAccepts = (key: number, value: number, v: unknown): boolean => {
    if (!isPlainObject(v)) return false;
    for (const k of Reflect.ownKeys(v)) {
      // zod leaves an own __proto__ out of what it returns: the value would not be the data.
      if (k === "__proto__") return false;
      if (!Object.prototype.propertyIsEnumerable.call(v, k)) continue;
      if (typeof k !== "string" || !accepts(key, k) || !accepts(value, v[k])) return false;
    }
    return true;
  };

  return (value) => accepts(plan.root, value);
}
