// Derives the plan (model/plan.ts) of a zod schema from zod's own definitions. Used by the
// generator (scripts/schema-plan.mjs, run by `npm run schema`) and the tests, never by the
// program. Anything the acceptor does not mirror exactly (a transform, a default, a loose
// object...) stops the derivation with its place in the schema, instead of a wrong plan.
import type { z } from "zod";
import type { NumberCheck, Plan, PlanNode } from "./plan.ts";
import { REFINEMENTS } from "./refinements.ts";

type Schema = z.core.$ZodType;

interface Def {
  type: string;
  checks?: Schema[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  items?: Schema[];
  rest?: Schema | null;
  keyType?: Schema;
  valueType?: Schema;
  mode?: string;
  options?: Schema[];
  discriminator?: string;
  unionFallback?: boolean;
  innerType?: Schema;
  coerce?: boolean;
}

interface CheckDef {
  check: string;
  value?: unknown;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
  fn?: unknown;
}

const defOf = (s: Schema): Def => s._zod.def as unknown as Def;
const checksOf = (s: Schema): CheckDef[] =>
  (defOf(s).checks ?? []).map((c) => c._zod.def as unknown as CheckDef);
const has = (s: Schema, trait: string) => s._zod.traits.has(trait);

/** The plan of `root`; `named` schemas (compared by identity) get their node named. */
export function derivePlan(root: Schema, named: Record<string, Schema>): Plan {
  const nodes: PlanNode[] = [];
  // By definition, not by schema: a described copy (`describe(Text, …)`, zod's .meta()) shares
  // its original's definition, accepts the same, and is the same named node.
  const seen = new Map<unknown, number>();

  const add = (s: Schema, where: string): number => {
    const known = seen.get(s._zod.def);
    if (known !== undefined) return known;
    const i = nodes.length;
    seen.set(s._zod.def, i);
    nodes.push({ k: "null" }); // replaced below; reserved so that recursion finds the index
    nodes[i] = nodeOf(s, where);
    return i;
  };

  const fail = (where: string, what: string): never => {
    throw new Error(`schema plan: ${where || "(root)"}: ${what} has no plan`);
  };

  const nodeOf = (s: Schema, where: string): PlanNode => {
    const d = defOf(s);
    if (d.coerce) fail(where, "a coerced value");
    let refine: string | undefined;
    const rest: CheckDef[] = [];
    for (const c of checksOf(s)) {
      if (c.check !== "custom") {
        rest.push(c);
        continue;
      }
      const name = Object.keys(REFINEMENTS).find((n) => REFINEMENTS[n] === c.fn);
      if (name === undefined || refine !== undefined)
        fail(where, "a refinement not named in model/refinements.ts");
      refine = name;
    }
    const node = baseNode(s, d, rest, where);
    return refine === undefined ? node : { ...node, refine };
  };

  const lengths = (checks: CheckDef[], where: string) => {
    const out: { min?: number; max?: number } = {};
    for (const c of checks) {
      if (c.check === "min_length") out.min = Math.max(out.min ?? 0, c.minimum as number);
      else if (c.check === "max_length")
        out.max = Math.min(out.max ?? Infinity, c.maximum as number);
      else if (!(c.check === "string_format" && c.format === "regex")) fail(where, c.check);
    }
    return out;
  };

  const baseNode = (s: Schema, d: Def, checks: CheckDef[], where: string): PlanNode => {
    const noChecks = () => checks.length === 0 || fail(where, `a check on ${d.type}`);
    const at = (key: string | number) => `${where}${where ? "." : ""}${key}`;
    switch (d.type) {
      case "string": {
        if (has(s, "$ZodStringFormat")) fail(where, "a string format");
        const re = checks
          .filter((c) => c.check === "string_format")
          .map((c) => [(c.pattern as RegExp).source, (c.pattern as RegExp).flags] as const);
        return { k: "string", ...lengths(checks, where), ...(re.length > 0 ? { re } : {}) };
      }
      case "number": {
        const out: NumberCheck[] = [];
        let int = false;
        for (const c of checks) {
          if (c.check === "greater_than") out.push([c.inclusive ? ">=" : ">", c.value as number]);
          else if (c.check === "less_than") out.push([c.inclusive ? "<=" : "<", c.value as number]);
          else if (c.check === "number_format" && c.format === "safeint") int = true;
          else fail(where, `the number check ${c.check} ${c.format ?? ""}`);
        }
        return {
          k: "number",
          ...(int ? { int: true as const } : {}),
          ...(out.length > 0 ? { checks: out } : {}),
        };
      }
      case "boolean":
      case "null":
        noChecks();
        return { k: d.type };
      case "literal":
      case "enum":
        noChecks();
        return { k: d.type, values: [...(s._zod.values as Set<string | number>)] };
      case "object": {
        noChecks();
        const catchall = d.catchall;
        if (!catchall || defOf(catchall).type !== "never")
          fail(where, "an object that is not strict");
        const shape: Record<string, number> = {};
        for (const [key, field] of Object.entries(d.shape ?? {})) {
          const { optin, optout } = field._zod;
          const optional = defOf(field).type === "optional";
          if (optional ? optin !== "optional" || optout !== "optional" : optin || optout)
            fail(at(key), "an optional field other than .optional() or .exactOptional()");
          shape[key] = add(field, at(key));
        }
        return { k: "object", shape };
      }
      case "array":
        return { k: "array", of: add(d.element as Schema, at("[]")), ...lengths(checks, where) };
      case "tuple":
        noChecks();
        if (d.rest) fail(where, "a tuple with a rest");
        return {
          k: "tuple",
          items: (d.items ?? []).map((item, j) => {
            if (item._zod.optin || item._zod.optout) fail(at(j), "an optional tuple item");
            return add(item, at(j));
          }),
        };
      case "record": {
        noChecks();
        if (d.mode === "loose" || has(s, "$ZodPartialRecord") || d.keyType?._zod.values)
          fail(where, "a record other than z.record(string key, value)");
        const key = add(d.keyType as Schema, at("(key)"));
        if (nodes[key]?.k !== "string") fail(where, "a record whose keys are not strings");
        return { k: "record", key, value: add(d.valueType as Schema, at("*")) };
      }
      case "union": {
        noChecks();
        const options = d.options ?? [];
        if (has(s, "$ZodXor")) fail(where, "an exclusive union");
        if (d.discriminator === undefined) {
          return { k: "union", options: options.map((o, j) => add(o, at(`|${j}`))) };
        }
        if (d.unionFallback) fail(where, "a discriminated union with a fallback");
        const byTag: Record<string, number> = {};
        for (const [j, o] of options.entries()) {
          const tag = defOf(o).shape?.[d.discriminator];
          const values = [...((tag?._zod.values as Set<unknown> | undefined) ?? [])];
          if (
            defOf(o).type !== "object" ||
            values.length === 0 ||
            values.some((v) => typeof v !== "string")
          )
            fail(at(`|${j}`), "a discriminated option without string tags");
          const index = add(o, at(`|${j}`));
          for (const v of values as string[]) {
            if (Object.hasOwn(byTag, v)) fail(at(`|${j}`), `the tag ${v} twice`);
            byTag[v] = index;
          }
        }
        return { k: "du", key: d.discriminator, options: byTag };
      }
      case "optional":
        noChecks();
        return {
          k: "optional",
          of: add(d.innerType as Schema, where),
          ...(has(s, "$ZodExactOptional") ? { exact: true as const } : {}),
        };
      default:
        return fail(where, `the type ${d.type}`);
    }
  };

  const rootIndex = add(root, "");
  const names: Record<string, number> = {};
  for (const [name, s] of Object.entries(named)) {
    const i = seen.get(s._zod.def);
    if (i === undefined) throw new Error(`schema plan: ${name} is not in the schema`);
    names[name] = i;
  }
  return { root: rootIndex, nodes, named: names };
}
