// Walks a value alongside the zod schema that validated it, so checks and messages can ask
// "which schema holds at this path?" (a Text, a Condition...) without a second list of fields.
import type { z } from "zod";

type Path = readonly (string | number)[];

interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  items?: readonly z.core.$ZodType[];
  valueType?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  discriminator?: string;
  getter?: () => z.core.$ZodType;
}

const defOf = (s: z.core.$ZodType): Def => s._zod.def as unknown as Def;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly"]);

/** Whether `s` is `target` or a described copy of it (zod's .meta() keeps the definition). */
export const isSchema = (s: z.core.$ZodType | undefined, target: z.core.$ZodType): boolean =>
  s !== undefined && s._zod.def === target._zod.def;

/** The schema under optional, nullable, default, pipe and lazy wrappers. */
export function unwrap(s: z.core.$ZodType): z.core.$ZodType {
  for (let i = 0; i < 20; i++) {
    const d = defOf(s);
    if (d.innerType && WRAPPERS.has(d.type)) s = d.innerType;
    else if (d.type === "pipe" && d.in) s = d.in;
    else if (d.type === "lazy" && d.getter) s = d.getter();
    else break;
  }
  return s;
}

/** The branch of a union that fits `value` best: by discriminator, else by container kind. */
function branchFor(s: z.core.$ZodType, value: unknown): z.core.$ZodType {
  const d = defOf(s);
  if (d.type !== "union" || !d.options) return s;
  if (d.discriminator && isRecord(value)) {
    const want = value[d.discriminator];
    const match = d.options.find((o) => {
      const field = defOf(unwrap(o)).shape?.[d.discriminator as string];
      return field && (field._zod.values as Set<unknown> | undefined)?.has(want);
    });
    if (match) return unwrap(match);
  }
  const kind = Array.isArray(value) ? "array" : isRecord(value) ? "container" : "scalar";
  const fits = d.options.map(unwrap).find((o) => {
    const t = defOf(o).type;
    if (kind === "array") return t === "array" || t === "tuple";
    if (kind === "container") return t === "object" || t === "record";
    return !["array", "tuple", "object", "record"].includes(t);
  });
  return fits ? branchFor(fits, value) : s;
}

/** The schema of the child `key` of a value validated by `s`, unwrapped, or undefined. */
function childSchema(
  s: z.core.$ZodType,
  key: string | number,
  value: unknown,
): z.core.$ZodType | undefined {
  const child = childSchemaRaw(s, key, value);
  return child ? unwrap(child) : undefined;
}

const childValue = (value: unknown, key: string | number): unknown =>
  Array.isArray(value) ? value[Number(key)] : isRecord(value) ? value[String(key)] : undefined;

/** The schema (unwrapped; a union stays a union) at `path` of `root`'s value. */
export function schemaAt(
  root: z.core.$ZodType,
  path: Path,
  value: unknown,
): z.core.$ZodType | undefined {
  let s: z.core.$ZodType | undefined = unwrap(root);
  let v = value;
  for (const key of path) {
    if (!s) return undefined;
    s = childSchema(s, key, v);
    v = childValue(v, key);
  }
  return s;
}

/** The keys an object schema accepts at `path`, or an empty list. */
export function keysAt(root: z.core.$ZodType, path: Path, value: unknown): string[] {
  const s = schemaAt(root, path, value);
  return s ? Object.keys(defOf(branchFor(s, valueAt(value, path).value)).shape ?? {}) : [];
}

/** The value at `path`, and whether it exists at all (a missing key is not a null value). */
export function valueAt(value: unknown, path: Path): { found: boolean; value: unknown } {
  let v = value;
  for (const key of path) {
    if (Array.isArray(v) ? Number(key) < v.length : isRecord(v) && Object.hasOwn(v, key))
      v = childValue(v, key);
    else return { found: false, value: undefined };
  }
  return { found: true, value: v };
}

/**
 * Calls `visit` on every node of `value` whose schema (before union branches are chosen)
 * is `target`. Driven by the value, so it ends however the schema recurses. Each node's
 * union branch is chosen once for all its children, and one path grows and shrinks as the
 * walk goes: a questionnaire has thousands of nodes.
 */
export function findBySchema(
  root: z.core.$ZodType,
  target: z.core.$ZodType,
  value: unknown,
  visit: (value: unknown, path: Path) => void,
): void {
  const path: (string | number)[] = [];
  const walk = (s: z.core.$ZodType, v: unknown) => {
    if (isSchema(s, target) || isSchema(unwrap(s), target)) {
      visit(v, [...path]);
      return;
    }
    if (typeof v !== "object" || v === null) return;
    const d = defOf(branchFor(unwrap(s), v));
    const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    for (const key of keys) {
      const child = childOf(d, key);
      if (!child) continue;
      path.push(key);
      walk(child, childValue(v, key));
      path.pop();
    }
  };
  walk(root, value);
}

/** Like childSchema, but keeps the child's wrappers so an identity test still matches. */
function childSchemaRaw(
  s: z.core.$ZodType,
  key: string | number,
  value: unknown,
): z.core.$ZodType | undefined {
  return childOf(defOf(branchFor(unwrap(s), value)), key);
}

/** The schema of the child `key` in the (unwrapped, branch chosen) definition `d`. */
function childOf(d: Def, key: string | number): z.core.$ZodType | undefined {
  // Own keys only: `constructor` or `toString` in a value are no fields of the schema.
  if (d.type === "object")
    return d.shape && Object.hasOwn(d.shape, key) ? d.shape[String(key)] : undefined;
  if (d.type === "array") return d.element;
  if (d.type === "tuple") return d.items?.[Number(key)];
  if (d.type === "record") return d.valueType;
  return undefined;
}
