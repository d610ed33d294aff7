// The quick YAML reader (src/load/quick-yaml) against the `yaml` library as parseYaml used it
// alone: on every text the quick reader takes, the same value, the same position (line and
// column) for every key and value, and no more syntax tokens than it counted; on every text
// the library finds a problem in, the quick reader gives up, so that the problem is reported
// by the library as before. Texts: the built-in questionnaires and every YAML fixture, random
// documents written in every style the library writes, and random edits of questionnaires.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Lexer, stringify } from "yaml";
import { fastAt, readFast } from "../../src/load/quick-yaml/index.ts";
import type { Path } from "../../src/load/yaml.ts";
import { parseYaml, parseYamlFully } from "../../src/load/yaml-library.ts";
import { mutated, runs, seeds } from "../fuzz/helpers.ts";
import { root } from "../security/helpers.ts";

/** Every path in `value`, and beside each collection one that is not there. */
function paths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...path, i], out);
    out.push([...path, value.length], [...path, "x"]);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
    out.push([...path, "absent"], [...path, 0]);
  }
  return out;
}

/** Whether the quick reader took `text`; fails the test where it disagrees with the library. */
function agrees(text: string): boolean {
  const full = parseYamlFully(text, "f.yaml", "en");
  const fast = readFast(text);
  if (!full.ok) {
    expect(fast, `quick reader took a text with a problem: ${full.problems[0]?.message}`).toBe(
      null,
    );
    return false;
  }
  if (!fast) return false;
  expect(fast.value).toStrictEqual(full.parsed.value);
  for (const path of paths(full.parsed.value))
    for (const key of [false, true])
      expect(fastAt(fast, path, key), JSON.stringify({ path, key })).toStrictEqual(
        full.parsed.at(path, key),
      );
  expect(fast.tokens).toBeGreaterThanOrEqual([...new Lexer().lex(text)].length);
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe("the quick YAML reader", () => {
  it("reads every built-in questionnaire, as the library does", () => {
    for (const file of yamlFiles(join(root, "questionnaires"))) {
      const text = readFileSync(file, "utf8");
      expect(agrees(text), file).toBe(true);
      // As saved by an editor on Windows.
      expect(agrees(text.replaceAll("\n", "\r\n")), file).toBe(true);
    }
  });

  it("agrees with the library on every fixture, and takes most of them", () => {
    const files = yamlFiles(join(root, "tests", "fixtures"));
    const taken = files.filter((file) => agrees(readFileSync(file, "utf8")));
    expect(taken.length).toBeGreaterThan(files.length / 2);
  });

  it("is what parseYaml answers with when it takes a text", () => {
    const text = "a:\n  - { b: 1, c: [x, 'y'] }\n  - >-\n    folded\n    text\n";
    const parsed = parseYaml(text, "f.yaml", "en");
    expect(parsed.ok && parsed.parsed.value).toStrictEqual({
      a: [{ b: 1, c: ["x", "y"] }, "folded text"],
    });
    expect(parsed.ok && parsed.parsed.at(["a", 1])).toStrictEqual({ line: 3, col: 5 });
  });

  it("agrees with the library on random documents written in every style", () => {
    // Mostly the characters questionnaires are written with, and those YAML gives a meaning to.
    const unit = fc.constantFrom(..."abcxyzé’ :#-'\",[]{}!&*|>?.%@`~\\0123456789\n");
    const key = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("id", "fr", "en", "value", "a-b", "x_1", "v.2") },
      fc.constantFrom("1", "true", "null", "~", "__proto__", "a b", "-a", "0x1"),
      fc.string({ unit, maxLength: 6 }),
    );
    const scalar = fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit, maxLength: 40 }) },
      fc.constantFrom("", " a", "a ", "a: b", "a #b", "- x", "'", '"', "é – ’", "\n\nx\n", ".inf"),
      fc.integer(),
      fc.integer({ min: -999, max: 999 }).map((n) => n / 8),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        { weight: 3, arbitrary: scalar },
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(key, tie("value"), { maxKeys: 4 }),
      ),
    }));
    const options = fc.record({
      defaultStringType: fc.constantFrom(
        "PLAIN",
        "QUOTE_DOUBLE",
        "QUOTE_SINGLE",
        "BLOCK_FOLDED",
        "BLOCK_LITERAL",
      ),
      defaultKeyType: fc.constantFrom(null, "PLAIN"),
      collectionStyle: fc.constantFrom("any", "block", "flow"),
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
    } as const);
    const top = fc.oneof(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), fc.array(value));
    let taken = 0;
    fc.assert(
      fc.property(top, options, fc.boolean(), (doc, o, crlf) => {
        const text = stringify(doc, o);
        if (agrees(crlf ? text.replaceAll("\n", "\r\n") : text)) taken++;
      }),
      { numRuns: runs(500) },
    );
    expect(taken).toBeGreaterThan(runs(500) / 10);
  });

  it("agrees with the library on random edits of questionnaires, giving up on every problem", () => {
    const small = seeds.filter((s) => s.text.length < 10_000).map((s) => s.text);
    let taken = 0;
    fc.assert(
      fc.property(mutated(small), (text) => {
        if (agrees(text)) taken++;
      }),
      { numRuns: runs(400) },
    );
    expect(taken).toBeGreaterThan(runs(400) / 40);
    fc.assert(
      fc.property(mutated(seeds.map((s) => s.text)), (text) => {
        agrees(text);
      }),
      { numRuns: runs(10) },
    );
  });

  it("leaves what the library refuses or warns of to the library", () => {
    for (const text of [
      "a: 1\na: 2\n",
      "__proto__: 1\n",
      "a: !x 1\n",
      "a: &x 1\nb: *x\n",
      "a: .inf\n",
      "a: [1, 2\n",
      "a:\n\tb: 1\n",
      "a: 1\n---\nb: 2\n",
      `${"- ".repeat(40)}x\n`,
      `a: ${"[".repeat(40)}${"]".repeat(40)}\n`,
      "a: b: c\n",
      "a: 'x\n",
    ]) {
      expect(readFast(text), JSON.stringify(text)).toBe(null);
      agrees(text);
    }
  });
});
