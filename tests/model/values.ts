// The values the plan tests start from (every questionnaire the project ships or tests with,
// as the loader reads it), and mutations of them that fast-check draws: keys deleted, added,
// renamed; values of the wrong type, empty or oversized; numbers out of range, NaN and
// Infinity; unknown discriminators.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { parseYaml } from "../../src/load/yaml-library.ts";
import { root } from "../security/helpers.ts";

type Path = (string | number)[];

function yamlFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every YAML file of questionnaires/ and tests/ that reads as a mapping, by its name. */
export const bases: { name: string; value: unknown }[] = [
  ...yamlFiles("questionnaires"),
  ...yamlFiles("tests"),
].flatMap((file) => {
  const y = parseYaml(readFileSync(file, "utf8"), file, "en");
  const value = y.ok ? y.parsed.value : undefined;
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? [{ name: relative(root, file), value }]
    : [];
});

/** Every path of `value`'s nodes, the root's included. */
export function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pathsOf(v, [...path, i], out);
  } else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

const KEYS = [
  "id",
  "type",
  "text",
  "label",
  "fr",
  "en",
  "when",
  "band",
  "all",
  "not",
  "value",
  "constructor",
  "toString",
];
const emoji = (n: number) => "\u{1F600}".repeat(n);

/** Values that fit somewhere in a questionnaire, and values that fit nowhere. */
const SPARE: unknown[] = [
  null,
  undefined,
  true,
  false,
  0,
  -1,
  1,
  0.5,
  1.5,
  2,
  3650,
  3651,
  Number.MAX_SAFE_INTEGER + 1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  "",
  "x",
  "fr",
  "en",
  "[0, 40)",
  "likert",
  "choice",
  "best-worst",
  "percent",
  "all",
  "a\u0007b",
  "a".repeat(200),
  "a".repeat(201),
  emoji(200),
  emoji(201),
  "\ud83d",
  [],
  ["x"],
  [1, 2],
  {},
  { fr: "x", en: "y" },
  { fr: "" },
  { de: "x" },
  { band: { d: "low" } },
  { band: { d: "low" }, flag: "f" },
  { flag: undefined, band: { d: ["low"] } },
  { all: [] },
  { not: { flag: "x" } },
  { gte: 1 },
  { in: [] },
  { label: "x" },
  { value: 1, label: "x" },
];

const OPS = [
  "delete",
  "add",
  "rename",
  "replace",
  "nest",
  "empty",
  "grow",
  "shrink",
  "scale",
  "retag",
] as const;

/** A copy of `value` with the node at `path` replaced by `change(node)`; the rest is shared. */
function at(value: unknown, path: Path, change: (node: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [key, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[key as number] = at(value[key as number], rest, change);
    return copy;
  }
  const record = value as Record<string, unknown>;
  return { ...record, [key]: at(record[key as string], rest, change) };
}

function applied(node: unknown, op: (typeof OPS)[number], pick: number): unknown {
  const spare = SPARE[pick % SPARE.length];
  const key = KEYS[pick % KEYS.length] as string;
  const isObject = typeof node === "object" && node !== null && !Array.isArray(node);
  const entries = isObject ? Object.entries(node) : [];
  const victim = entries[pick % Math.max(1, entries.length)]?.[0];
  switch (op) {
    case "delete":
      if (Array.isArray(node)) return node.filter((_, i) => i !== pick % node.length);
      return isObject ? Object.fromEntries(entries.filter(([k]) => k !== victim)) : undefined;
    case "add":
      return isObject ? { ...node, [key]: spare } : Array.isArray(node) ? [...node, spare] : node;
    case "rename":
      return isObject
        ? Object.fromEntries(entries.map(([k, v]) => [k === victim ? `${k}${key}` : k, v]))
        : node;
    case "replace":
      return spare;
    case "nest":
      return isObject ? { ...node, [key]: { ...node, zz: spare } } : [node];
    case "empty":
      return Array.isArray(node) ? [] : typeof node === "string" ? "" : isObject ? {} : node;
    case "grow":
      if (Array.isArray(node))
        return Array.from(
          { length: [11, 12, 13, 20, 21][pick % 5] as number },
          (_, i) => node[i % Math.max(1, node.length)],
        );
      return typeof node === "string" ? node.repeat(300) : node;
    case "shrink":
      return Array.isArray(node)
        ? node.slice(0, pick % 3)
        : typeof node === "string"
          ? node.slice(0, 1)
          : node;
    case "scale":
      return typeof node === "number"
        ? [node * 10, -node, node + 0.5, node - 1, Number.MAX_VALUE * 2][pick % 5]
        : node;
    case "retag":
      return isObject ? { ...node, type: ["likert", "text", "nope", 1][pick % 4] } : node;
  }
}

/** 1 to 3 mutations of a base value, at nodes fast-check picks. */
export const mutant = fc
  .record({
    base: fc.nat(bases.length - 1),
    changes: fc.array(
      fc.record({ where: fc.nat(), op: fc.constantFrom(...OPS), pick: fc.nat(1000) }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  })
  .map(({ base, changes }) => {
    let value = (bases[base] as { value: unknown }).value;
    for (const { where, op, pick } of changes) {
      const paths = pathsOf(value);
      value = at(value, paths[where % paths.length] as Path, (node) => applied(node, op, pick));
    }
    return value;
  });
