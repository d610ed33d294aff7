// Hostile YAML: every case is refused (or read safely) with file:line:col, without a crash,
// with bounded memory and without touching any prototype.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAnswersText } from "../../src/load/answers.ts";
import { LIMITS } from "../../src/load/limits.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import { parseYaml } from "../../src/load/yaml-library.ts";
import { runCli } from "../cli/in-process.ts";
import { bigQuestionnaire, folderWith, mini, reflet } from "./helpers.ts";

/** The only problem lines of a refused text, as `file:line:col: message`. */
function problems(text: string): string[] {
  const outcome = parseYaml(text, "f.yaml", "en");
  if (outcome.ok) throw new Error(`accepted: ${JSON.stringify(outcome.parsed.value)}`);
  return outcome.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`);
}

const miniModel = () => {
  const outcome = checkQuestionnaire(mini, "mini.yaml", "en");
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.model;
};

// Nine levels of nine aliases each: 9^9 (387 million) strings once expanded.
const aliasBomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ..."bcdefghi".split("").map((k, i) => {
    const prev = "abcdefgh"[i];
    return `${k}: &${k} [${Array(9).fill(`*${prev}`).join(",")}]`;
  }),
].join("\n");

const nested = {
  "flow sequences": `a: ${"[".repeat(2000)}${"]".repeat(2000)}`,
  "flow maps": `a: ${"{a: ".repeat(2000)}1${"}".repeat(2000)}`,
  "block sequences": `${"- ".repeat(2000)}x`,
  "block maps": Array.from({ length: 2000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n"),
};

describe("hostile YAML, in the loader", () => {
  it("an alias bomb is refused at its first alias without being expanded", async () => {
    expect(problems(aliasBomb)).toEqual(["f.yaml:2:8: more than 100 YAML aliases"]);
  });

  for (const [kind, text] of Object.entries(nested)) {
    it(`2,000 levels of ${kind}, loaded twice in one process, are refused both times`, async () => {
      const first = problems(text);
      const second = problems(text);
      expect(first).toHaveLength(1);
      expect(first[0]).toMatch(/^f\.yaml:\d+:\d+: nesting deeper than 64 levels$/);
      expect(second).toEqual(first);
    });
  }

  it("nesting up to the limit is read", async () => {
    const depth = LIMITS.maxDepth;
    const outcome = parseYaml(`${"[".repeat(depth)}${"]".repeat(depth)}`, "f.yaml", "en");
    expect(outcome.ok).toBe(true);
  });

  it("a !!js/function tag is refused at the tag and its code never runs", async () => {
    const g = globalThis as { pwned?: unknown };
    expect(problems('id: !!js/function "function () { globalThis.pwned = 1 }"')).toEqual([
      "f.yaml:1:5: YAML tags are not allowed",
    ]);
    expect(g.pwned).toBeUndefined();
  });

  it("custom and language tags are refused at the tag", async () => {
    expect(problems("id: x\ntitle: !custom hello\nv: !!python/object:os.system [ls]")).toEqual([
      "f.yaml:2:8: YAML tags are not allowed",
      "f.yaml:3:4: YAML tags are not allowed",
    ]);
  });

  it("a __proto__ key is refused wherever it is, and no prototype changes", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    expect(problems("__proto__: {polluted: 1}\nanswers:\n  c1: 3\n  __proto__: [a, b]\n")).toEqual([
      "f.yaml:1:1: the key __proto__ is not allowed",
      "f.yaml:4:3: the key __proto__ is not allowed",
    ]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it("an answers file with a __proto__ item is refused, not scored", async () => {
    const outcome = checkAnswersText(
      "questionnaire: mini\nanswers:\n  c1: 3\n  __proto__: {c2: 5}\n",
      "a.yaml",
      miniModel(),
      "en",
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]).toMatchObject({ line: 4, col: 3 });
  });

  it('duplicate keys `1:` and `"1":` are refused at the second one', async () => {
    expect(problems('answers:\n  1: a\n  "1": b\n')).toEqual([
      'f.yaml:3:3: key "1" is already on line 2',
    ]);
  });

  it("a map with 25,000 keys is checked for duplicates in linear time", async () => {
    const text = Array.from({ length: 25_000 }, (_, i) => `k${i}: 1`).join("\n");
    expect(parseYaml(`${text}\nk7: 2\n`, "f.yaml", "en")).toMatchObject({
      ok: false,
      problems: [{ line: 25_001, col: 1, message: 'key "k7" is already on line 8' }],
    });
  });

  it("%YAML 1.1 does not turn `no`, `yes`, `on` or `off` into booleans, nor 0777 into octal", async () => {
    const outcome = parseYaml(
      "%YAML 1.1\n---\nanswer: no\nb: yes\nc: on\nd: off\ne: 0777\n",
      "f.yaml",
      "en",
    );
    expect(outcome.ok && outcome.parsed.value).toEqual({
      answer: "no",
      b: "yes",
      c: "on",
      d: "off",
      e: 777,
    });
  });

  it(".inf, -.Inf and .nan are refused at the number", async () => {
    expect(problems("a: .inf\nb: -.Inf\nc: [1, .NaN]\n")).toEqual([
      "f.yaml:1:4: numbers must be finite (.inf and .nan are not allowed)",
      "f.yaml:2:4: numbers must be finite (.inf and .nan are not allowed)",
      "f.yaml:3:8: numbers must be finite (.inf and .nan are not allowed)",
    ]);
  });

  it("more elements than the limit are refused where the limit is crossed", async () => {
    const text = `a: [${Array(LIMITS.maxYamlTokens).fill("1").join(",")}]`;
    const lines = problems(text);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^f\.yaml:1:\d+: more than 200000 YAML elements$/);
  });

  it("a list or a mapping used as a key is refused at the key, without a warning on stderr", async () => {
    expect(problems("? [a, b]\n: 1\n{c: 1}: 2\n")).toEqual([
      "f.yaml:1:3: a key must be a plain value, not a list or a mapping",
      "f.yaml:3:1: a key must be a plain value, not a list or a mapping",
    ]);
  });

  it("a file holding two YAML documents is refused at the second", async () => {
    expect(problems("a: 1\n---\nb: 2\n")).toEqual([
      "f.yaml:2:1: the file holds more than one YAML document",
    ]);
  });

  it("a 2,000-item questionnaire, far bigger than any real one, stays within every limit", async () => {
    const outcome = checkQuestionnaire(bigQuestionnaire(2000), "big.yaml", "en");
    expect(outcome.ok && outcome.model.items.length).toBe(2005);
  });
});

describe("hostile YAML, through the binary", () => {
  it("a 10 MB questionnaire is refused at 1:1 before parsing, in bounded memory", async () => {
    const dir = folderWith({});
    writeFileSync(join(dir, "big.yaml"), Buffer.alloc(10 * 1024 * 1024, "a"));
    const r = reflet(["validate", "big.yaml"], { cwd: dir, measure: true });
    expect(r.stderr).toBe(
      "big.yaml:1:1: file is 10485760 bytes, more than the 2097152 reflet reads (split it or remove what it does not need)\n",
    );
    expect(r.code).toBe(1);
    expect(r.maxRssMb).toBeLessThan(120);
  });

  it("a 10 MB answers file on stdin is refused at -:1:1", async () => {
    const dir = folderWith({ "mini.yaml": mini });
    const r = reflet(["score", "mini.yaml", "--answers", "-"], {
      cwd: dir,
      input: Buffer.alloc(10 * 1024 * 1024, "a"),
      measure: true,
    });
    expect(r.stderr).toMatch(/^-:1:1: file is \d+ bytes, more than the 2097152 reflet reads/);
    expect(r.code).toBe(1);
    expect(r.maxRssMb).toBeLessThan(120);
  });

  it("an endless device is read no further than the size limit", async () => {
    const r = reflet(["validate", "/dev/zero"], { measure: true });
    expect(r.stderr).toMatch(/^\/dev\/zero:1:1: file is \d+ bytes, more than the 2097152/);
    expect(r.code).toBe(1);
    expect(r.maxRssMb).toBeLessThan(120);
  });

  const cases: Record<string, [string, RegExp]> = {
    "an alias bomb": [aliasBomb, /^bomb\.yaml:2:8: more than 100 YAML aliases/],
    "2,000 nested flow sequences": [nested["flow sequences"], /^bomb\.yaml:1:\d+: nesting deeper/],
    "2,000 nested block maps": [nested["block maps"], /^bomb\.yaml:\d+:\d+: nesting deeper/],
    "a million-element list": [
      `a: [${Array(1_000_000).fill("1").join(",")}]`,
      /^bomb\.yaml:1:\d+: more than 200000 YAML elements/,
    ],
    "a map of 190,000 keys": [
      Array.from({ length: 190_000 }, (_, i) => `k${i}: 1`).join("\n"),
      /^bomb\.yaml:\d+:\d+: more than 200000 YAML elements/,
    ],
  };
  for (const [name, [text, expected]] of Object.entries(cases)) {
    it(`${name} is refused with its position, twice in one run, in bounded memory`, async () => {
      const dir = folderWith({ "bomb.yaml": text });
      const r = reflet(["validate", "bomb.yaml", "bomb.yaml"], { cwd: dir, measure: true });
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(expected);
      expect(lines[1]).toBe(lines[0]);
      expect(r.code).toBe(1);
      expect(r.maxRssMb).toBeLessThan(200);
    });
  }

  it("a Windows-1252 questionnaire is refused at the first byte that is not UTF-8", async () => {
    const latin1 = Buffer.from("id: x\ntitle: caf\xe9 cr\xe8me\n", "latin1");
    const dir = folderWith({ "old.yaml": latin1 });
    const r = await runCli(["validate", "old.yaml"], { cwd: dir });
    expect(r.stderr).toBe("old.yaml:2:11: the file is not valid UTF-8 (save it as UTF-8)\n");
    expect(r.code).toBe(1);
  });

  it("a byte order mark at the start of a questionnaire is accepted", async () => {
    const dir = folderWith({ "bom.yaml": `\uFEFF${mini}` });
    const r = await runCli(["validate", "bom.yaml"], { cwd: dir });
    expect(r.stdout).toMatch(/^bom\.yaml: valid/);
    expect(r.code).toBe(0);
  });
});
