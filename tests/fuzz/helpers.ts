// Shared by the fuzz tests: how many cases to run, the seed questionnaires, mutations of a
// text, and the one rule every outcome must follow.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { expect } from "vitest";
import { parse, stringify } from "yaml";
import type { Problem } from "../../src/load/problem.ts";
import { formatProblem } from "../../src/load/problem.ts";
import { root, UNSAFE_IN_A_LINE } from "../security/helpers.ts";
import { testSeed } from "../setup/seed.ts";

/**
 * Cases per property: `base` in `npm test`; REFLET_FUZZ_RUNS for a nightly run, e.g.
 * `REFLET_FUZZ_RUNS=50000 npx vitest run tests/fuzz`.
 */
export function runs(base: number): number {
  const asked = Number(process.env.REFLET_FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : base;
}

/** Time allowed to a property whose `base` cases take about `ms`: scaled with the runs asked. */
export const budget = (base: number, ms: number): number =>
  Math.ceil(Math.max(1, runs(base) / base) * ms * 3);

/** The seed of the whole run (tests/setup/seed.ts), for what fast-check does not seed itself. */
export const fuzzSeed = testSeed;
export const seedOptions = () => ({ seed: fuzzSeed() });

const read = (path: string) => readFileSync(join(root, path), "utf8");

/** Every questionnaire the project ships or tests with: the starting points of mutations. */
export const seeds: { name: string; text: string }[] = [
  { name: "mini.yaml", text: read("tests/fixtures/mini.yaml") },
  ...readdirSync(join(root, "questionnaires"))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => ({ name: f, text: read(`questionnaires/${f}`) })),
];

/** Pieces of YAML syntax and hostile values that mutations splice into a text. */
export const fragment = fc.oneof(
  fc.constantFrom(
    ":",
    ": ",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "<<: *a",
    "!!str ",
    "!!js/function ",
    "!x ",
    "? ",
    "\n",
    "\n  ",
    "  ",
    "\t",
    "#",
    "'",
    '"',
    "|\n",
    ">-\n",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "~",
    "null",
    "true",
    "no",
    ".inf",
    "-.Inf",
    ".nan",
    "1e999",
    "0x10",
    "-0",
    "__proto__: 1",
    "constructor",
    "\x1b[2J",
    "\x9b",
    "\u202e",
    "\uFEFF",
    "\u0000",
    "\\",
    "[0, 40)",
    "(100, 0]",
  ),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);

type Edit = (text: string) => string;

const at = (text: string, where: number) => Math.floor(where * (text.length + 1));

/** One random edit: splice, delete, duplicate or move a line, re-indent, truncate. */
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fragment).map(
    ([w, s]) =>
      (t: string) =>
        t.slice(0, at(t, w)) + s + t.slice(at(t, w)),
  ),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 }), fragment)
    .map(
      ([w, n, s]) =>
        (t: string) =>
          t.slice(0, at(t, w)) + s + t.slice(at(t, w) + n),
    ),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (t: string) => {
    const lines = t.split("\n");
    const i = a % lines.length;
    const j = b % lines.length;
    [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
    return lines.join("\n");
  }),
  fc.tuple(fc.nat(), fc.boolean()).map(([a, twice]) => (t: string) => {
    const lines = t.split("\n");
    const i = a % lines.length;
    lines.splice(i, twice ? 0 : 1, ...(twice ? [lines[i] as string] : []));
    return lines.join("\n");
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([a, d]) => (t: string) => {
    const lines = t.split("\n");
    const i = a % lines.length;
    const line = lines[i] as string;
    lines[i] = d >= 0 ? " ".repeat(d) + line : line.replace(new RegExp(`^ {0,${-d}}`), "");
    return lines.join("\n");
  }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((w) => (t: string) => t.slice(0, at(t, w))),
);

/** A seed text with one to eight edits applied. */
export const mutated = (texts: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 8 }))
    .map(([text, edits]) => edits.reduce((t, e) => e(t), text));

/**
 * The only outcome allowed for bad input: problems, each naming the file with a line and a
 * column inside it (a line only, for CSV) and a message, printable as one safe line.
 */
export function expectReported(
  problems: readonly Problem[],
  file: string,
  text: string,
  /** False for CSV, whose problems name a line only. */
  withColumn = true,
): void {
  expect(problems.length).toBeGreaterThan(0);
  // Counted the way a CSV reader or an editor does: \r\n, \n and a lone \r each end a line.
  const lines = text.split(/\r\n|\n|\r/).length;
  for (const p of problems) {
    const said = JSON.stringify(p);
    expect(p.file, said).toBe(file);
    expect(typeof p.message === "string" && p.message.length > 0, said).toBe(true);
    if (p.line !== undefined) {
      expect(
        Number.isInteger(p.line) && p.line >= 1 && p.line <= lines,
        `${said} of ${lines}`,
      ).toBe(true);
      if (withColumn || p.col !== undefined)
        expect(Number.isInteger(p.col) && (p.col as number) >= 1, said).toBe(true);
    }
    const line = formatProblem(p);
    expect(line).not.toMatch(UNSAFE_IN_A_LINE);
    expect(line.startsWith(`${file}:`), said).toBe(true);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a value: its container and the key or index in it. */
function places(root: Json): [Json[] | Record<string, Json>, string | number][] {
  const out: [Json[] | Record<string, Json>, string | number][] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Json;
    const children: [string | number, Json][] = Array.isArray(node)
      ? node.map((v, i) => [i, v])
      : node && typeof node === "object"
        ? Object.entries(node)
        : [];
    for (const [k, v] of children) {
      out.push([node as Json[] | Record<string, Json>, k]);
      stack.push(v);
    }
  }
  return out;
}

/** Values that a mutation puts in place of another: wrong types, edges, hostile strings. */
const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, -1, 1.5, 1e9, "", "x", [], {}, "[0, 40)", "calm", "a"),
  fragment,
  fc.integer({ min: -10, max: 110 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

type Change = [number, "replace" | "delete" | "copy", Json, number];

const change: fc.Arbitrary<Change> = fc.tuple(
  fc.nat(),
  fc.constantFrom("replace" as const, "delete" as const, "copy" as const),
  replacement,
  fc.nat(),
);

function apply(root: Json, [where, kind, value, other]: Change): void {
  const all = places(root);
  if (all.length === 0) return;
  const [container, key] = all[where % all.length] as (typeof all)[number];
  const target = container as Record<string | number, Json>;
  if (kind === "replace") target[key] = value;
  else if (kind === "copy") {
    const [from, fromKey] = all[other % all.length] as (typeof all)[number];
    target[key] = structuredClone((from as Record<string | number, Json>)[fromKey] as Json);
  } else if (Array.isArray(container)) container.splice(key as number, 1);
  else delete target[key];
}

/** A seed's data with one to six changes (replaced, deleted or copied values), as YAML again. */
export const reshaped = (texts: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...texts), fc.array(change, { minLength: 1, maxLength: 6 }))
    .map(([text, changes]) => {
      const data = parse(text) as Json;
      for (const c of changes) apply(data, c);
      return stringify(data);
    });
