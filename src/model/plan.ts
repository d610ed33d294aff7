// A plan of the schema: what model/schema.ts accepts, as plain data derived from zod's own
// definitions (model/plan-derive.ts, by `npm run schema`), and the acceptor that reads it.
// Deciding that a file is valid this way spares loading zod and building its schema; zod
// still says what is wrong with a file that is not (load/check.ts). The acceptor
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
  // Most often Object itself, whose prototype has isPrototypeOf: no need to look.
  if (ctor === Object || ctor === undefined || typeof ctor !== "function") return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.hasOwn(proto, "isPrototypeOf");
}

/** A string's length in code points (a lone surrogate counts one), as zod measures it. */
export function codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

type Accept = (v: unknown) => boolean;

const numberCheck = ([op, bound]: NumberCheck): ((v: number) => boolean) =>
  op === ">="
    ? (v) => v >= bound
    : op === ">"
      ? (v) => v > bound
      : op === "<="
        ? (v) => v <= bound
        : (v) => v < bound;

/**
 * An acceptor of a plan: says whether a value is valid, as zod would, without zod. Each node
 * becomes one function, made once: a file is checked once per process, before V8 has
 * optimised anything, so the work per node must be small.
 */
export function acceptor(plan: Plan): Accept {
  // A child is called through this table (a node may refer to itself: conditions nest).
  const fns: Accept[] = [];

  const string = (n: Extract<PlanNode, { k: "string" }>): Accept => {
    const min = n.min ?? 0;
    const max = n.max ?? Infinity;
    const res = (n.re ?? []).map(([source, flags]) => new RegExp(source, flags));
    const seen = new Map<string, boolean>();
    return (v) => {
      if (typeof v !== "string") return false;
      // A code point is one or two units: only a length near a bound needs counting.
      const units = v.length;
      if (units < min || (units < min * 2 && codePoints(v) < min)) return false;
      if (units > max && codePoints(v) > max) return false;
      if (res.length === 0) return true;
      // The same few short texts come back (language codes, ids referred to): each is tested
      // once, and what is kept stays small whatever the file.
      const known = seen.get(v);
      if (known !== undefined) return known;
      let ok = true;
      for (const re of res) {
        re.lastIndex = 0;
        if (!re.test(v)) ok = false;
      }
      if (units <= 32 && seen.size < 4096) seen.set(v, ok);
      return ok;
    };
  };

  const number = (n: Extract<PlanNode, { k: "number" }>): Accept => {
    const checks = (n.checks ?? []).map(numberCheck);
    const int = n.int === true;
    return (v) => {
      if (typeof v !== "number" || !Number.isFinite(v) || (int && !Number.isSafeInteger(v)))
        return false;
      for (const check of checks) if (!check(v)) return false;
      return true;
    };
  };

  const object = (shape: Readonly<Record<string, number>>): Accept => {
    const keys = Object.keys(shape);
    const kids = keys.map((k) => shape[k] as number);
    const optional = kids.map((i) => plan.nodes[i]?.k === "optional");
    const known = new Set(keys);
    return (v) => {
      if (!isObject(v)) return false;
      for (let j = 0; j < keys.length; j++) {
        const key = keys[j] as string;
        if (key in v) {
          if (!(fns[kids[j] as number] as Accept)(v[key])) return false;
        } else if (!optional[j]) return false;
      }
      // zod lists every enumerable key, inherited ones too, that the shape does not declare.
      for (const key in v) if (!known.has(key)) return false;
      return true;
    };
  };

  const array = (n: Extract<PlanNode, { k: "array" }>): Accept => {
    const min = n.min ?? 0;
    const max = n.max ?? Infinity;
    const of = n.of;
    return (v) => {
      if (!Array.isArray(v) || v.length < min || v.length > max) return false;
      const accept = fns[of] as Accept;
      for (let j = 0; j < v.length; j++) if (!accept(v[j])) return false;
      return true;
    };
  };

  const record =
    (key: number, value: number): Accept =>
    (v) => {
      if (!isPlainObject(v)) return false;
      const keyOk = fns[key] as Accept;
      const valueOk = fns[value] as Accept;
      for (const k of Object.keys(v)) {
        // zod leaves an own __proto__ out of what it returns: the value would not be the data.
        if (k === "__proto__" || !keyOk(k) || !valueOk(v[k])) return false;
      }
      // zod reads symbol keys too, and refuses an enumerable one: it is no string.
      for (const s of Object.getOwnPropertySymbols(v))
        if (Object.prototype.propertyIsEnumerable.call(v, s)) return false;
      return true;
    };

  const union =
    (options: readonly number[]): Accept =>
    (v) => {
      for (const i of options) if ((fns[i] as Accept)(v)) return true;
      return false;
    };

  const make = (n: PlanNode): Accept => {
    switch (n.k) {
      case "string":
        return string(n);
      case "number":
        return number(n);
      case "boolean":
        return (v) => typeof v === "boolean";
      case "null":
        return (v) => v === null;
      case "literal":
      case "enum": {
        const values = new Set<unknown>(n.values);
        return (v) => values.has(v);
      }
      case "object":
        return object(n.shape);
      case "array":
        return array(n);
      case "tuple": {
        const items = n.items;
        return (v) =>
          Array.isArray(v) &&
          v.length === items.length &&
          items.every((item, j) => (fns[item] as Accept)(v[j]));
      }
      case "record":
        return record(n.key, n.value);
      case "union":
        return union(n.options);
      case "du": {
        const byTag = new Map(Object.entries(n.options));
        const key = n.key;
        return (v) => {
          if (!isObject(v)) return false;
          const option = byTag.get(v[key] as string);
          return option !== undefined && (fns[option] as Accept)(v);
        };
      }
      case "optional": {
        const of = n.of;
        return n.exact
          ? (v) => (fns[of] as Accept)(v)
          : (v) => v === undefined || (fns[of] as Accept)(v);
      }
    }
  };

  for (const n of plan.nodes) {
    const base = make(n);
    const refine = n.refine === undefined ? undefined : REFINEMENTS[n.refine];
    fns.push(refine ? (v) => base(v) && (refine as (value: unknown) => boolean)(v) : base);
  }
  return fns[plan.root] as Accept;
}
