// Questionnaires already checked are kept between runs (src/load/cache.ts), so that listing,
// scoring and running do not parse and validate the same YAML every time. What comes back
// from the cache must be the very model a full check gives, and anything the cache cannot
// vouch for must go through the full check.
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import { textKey } from "../../src/load/text-key.ts";
import { compile } from "../../src/model/compile.ts";
import { runCli } from "../cli/in-process.ts";
import { readEntry, writeEntry } from "./cache-entry.ts";

const root = join(import.meta.dirname, "../..");
const builtins = readdirSync(join(root, "questionnaires"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => join(root, "questionnaires", f));

let home: string;
let dir: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "reflet-cache-"));
  dir = join(home, "mine");
  mkdirSync(dir);
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(args, { env: { REFLET_HOME: home } });

const entries = () => {
  const folder = join(home, "cache", "questionnaires");
  try {
    return readdirSync(folder).map((name) => join(folder, name));
  } catch {
    return [];
  }
};

describe("the questionnaire cache", () => {
  it("gives back the model a full check gives, for every built-in questionnaire", () => {
    for (const file of [...builtins, join(root, "tests", "fixtures", "mini.yaml")]) {
      const outcome = checkQuestionnaire(readFileSync(file, "utf8"), file, "en");
      if (!outcome.ok) throw new Error(`${file} is not valid`);
      const { model } = outcome;
      const stored = JSON.parse(JSON.stringify(model.file));
      expect(compile(stored, model.hash, model.source)).toStrictEqual(model);
    }
  });

  it("lists the same thing from the cache as from the files, kept private", async () => {
    const first = await run("list", "--json");
    expect(first.code).toBe(0);
    expect(entries().length).toBe(builtins.length);
    const second = await run("list", "--json");
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(join(home, "cache")).mode & 0o777).toBe(0o700);
    for (const file of entries()) expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("scores the same from the cache as from the file", async () => {
    const answers = join(home, "answers.yaml");
    writeFileSync(answers, "questionnaire: mini\nanswers: {c1: 5, c2: 1, c3: 4, s1: a}\n");
    const mini = join(root, "tests", "fixtures", "mini.yaml");
    const first = await run("score", mini, "--answers", answers, "--format", "json");
    const second = await run("score", mini, "--answers", answers, "--format", "json");
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it("sees an edited questionnaire at once", async () => {
    const copy = join(dir, "mini.yaml");
    copyFileSync(join(root, "tests", "fixtures", "mini.yaml"), copy);
    expect((await run("list", "--dir", dir)).stdout).toContain("Mini questionnaire");
    const text = readFileSync(copy, "utf8").replace(
      "{fr: Mini questionnaire, en: Mini questionnaire}",
      "{fr: Autre titre, en: Another title}",
    );
    writeFileSync(copy, text);
    expect((await run("list", "--dir", dir)).stdout).toContain("Another title");
  });

  it("takes an entry only for its very text, when two texts share its name", async () => {
    // Texts whose name in the cache (load/text-key.ts) is the same: of equal length, told
    // apart only by a character the name does not look at, here in the title.
    const mini = readFileSync(join(root, "tests", "fixtures", "mini.yaml"), "utf8");
    const padded = (lead: string) => `# ${lead}\n${mini}${"#".repeat(9000)}\n`;
    // The English title, the one listed.
    let text = padded("");
    if (text.lastIndexOf("Mini questionnaire") % 2 === 0) text = padded(" ");
    const at = text.lastIndexOf("Mini questionnaire");
    const other = `${text.slice(0, at)}N${text.slice(at + 1)}`;
    expect(textKey(other)).toBe(textKey(text));
    const copy = join(dir, "mini.yaml");
    const listed = async (t: string) => {
      writeFileSync(copy, t);
      const r = await run("list", "--dir", dir);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout;
    };
    expect(await listed(text)).toContain("Mini questionnaire");
    expect(await listed(other)).toContain("Nini questionnaire");
    expect(await listed(text)).toContain("Mini questionnaire");
    expect(entries().filter((f) => f.endsWith(`${textKey(text)}.entry`))).toHaveLength(1);
  });

  it("names a text by its length and what it holds", () => {
    const text = readFileSync(join(root, "tests", "fixtures", "mini.yaml"), "utf8");
    expect(textKey(text)).toBe(textKey(`${text}`));
    expect(textKey(`${text} `)).not.toBe(textKey(text));
    expect(textKey(text.replace("Mini", "Maxi"))).not.toBe(textKey(text));
    expect(textKey("")).toMatch(/^0-[0-9a-f]{16}$/);
  });

  it("never keeps an invalid questionnaire, and still reports it", async () => {
    writeFileSync(join(dir, "broken.yaml"), "id: broken\nversion: 1\n");
    const before = entries().length;
    const r = await run("list", "--dir", dir);
    expect(r.stderr).toContain("broken.yaml");
    expect(entries().length).toBe(before + builtins.length);
    expect((await run("list", "--dir", dir)).stderr).toContain("broken.yaml");
  });

  it("ignores an entry written by another build, or one it cannot read", async () => {
    await run("list");
    const [one, two] = entries();
    if (!one || !two) throw new Error("no entries");
    const { json, text } = readEntry(one);
    writeEntry(
      one,
      { ...json, build: "another", file: { ...(json.file as object), title: "Stale" } },
      text,
    );
    writeFileSync(two, "{ not json");
    const r = await run("list");
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("Stale");
    expect(r.stdout.trim().split("\n")).toHaveLength(builtins.length);
  });

  it("never reads an entry that is a link, and never writes through it", async () => {
    const copy = join(dir, "mini.yaml");
    copyFileSync(join(root, "tests", "fixtures", "mini.yaml"), copy);
    await run("list", "--dir", dir);
    const entry = entries().find((f) => readFileSync(f, "utf8").includes("Mini questionnaire"));
    if (!entry) throw new Error("no entry for mini");
    // A planted entry elsewhere, right build and hash, with another title; the entry a link to it.
    const planted = join(home, "planted.json");
    const { json, text } = readEntry(entry);
    writeEntry(
      planted,
      JSON.parse(JSON.stringify(json).replaceAll("Mini questionnaire", "Planted")),
      text,
    );
    const before = readFileSync(planted, "utf8");
    rmSync(entry);
    symlinkSync(planted, entry);
    const r = await run("list", "--dir", dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Mini questionnaire");
    expect(r.stdout).not.toContain("Planted");
    expect(readFileSync(planted, "utf8")).toBe(before);
  });

  it("is not used when its folder is open to others", async () => {
    const copy = join(dir, "mini.yaml");
    copyFileSync(join(root, "tests", "fixtures", "mini.yaml"), copy);
    await run("list", "--dir", dir);
    const folder = join(home, "cache", "questionnaires");
    for (const file of entries())
      writeFileSync(file, readFileSync(file, "utf8").replaceAll("Mini questionnaire", "Planted"));
    chmodSync(folder, 0o777);
    const r = await run("list", "--dir", dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Mini questionnaire");
    expect(r.stdout).not.toContain("Planted");
  });
});
