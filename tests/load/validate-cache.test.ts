// `reflet validate` answers for a text it found valid before, with the same build, from the
// questionnaire cache (src/load/cache.ts): what it says from there must be, byte for byte,
// what a full check says, in every language and form; an edited file is checked again.
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { readEntry, writeEntry } from "./cache-entry.ts";

const root = join(import.meta.dirname, "../..");
const inFolder = (folder: string) =>
  readdirSync(join(root, folder))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => join(root, folder, f));
// The built-ins (valid, no warning) and files that are valid with warnings.
const files = [...inFolder("questionnaires"), ...inFolder("tests/fixtures/warnings")];

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "reflet-vcache-"));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const validate = async (at: string, lang: string, ...args: string[]) => {
  const r = await runCli(["validate", ...args], { env: { REFLET_HOME: at, REFLET_LANG: lang } });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
};

const entries = () => {
  const folder = join(home, "cache", "questionnaires");
  return readdirSync(folder).map((name) => join(folder, name));
};

describe("validate and the questionnaire cache", () => {
  const forms: [string, string[]][] = [
    ["en", []],
    ["en", ["--json"]],
    ["en", ["--strict"]],
    ["fr", []],
  ];
  for (const [lang, flags] of forms) {
    it(`says from the cache what a full check says (${lang} ${flags.join(" ")})`, async () => {
      const full = await validate(mkdtempSync(join(home, "fresh-")), lang, ...flags, ...files);
      // Warnings are said, so the cache must keep them: the comparison means something.
      expect(full.stderr + full.stdout).toMatch(/warning|avertissement|:\d+:\d+: /i);
      const first = await validate(home, lang, ...flags, ...files);
      const second = await validate(home, lang, ...flags, ...files);
      expect(first).toEqual(full);
      expect(second).toEqual(full);
    });
  }

  it("keeps each valid file's warnings, in the languages validate said them in, privately", async () => {
    await validate(home, "en", ...files);
    await validate(home, "fr", ...files);
    expect(entries()).toHaveLength(files.length);
    for (const file of entries()) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const { json } = readEntry(file);
      expect(Object.keys(json.warnings as object).sort()).toEqual(["en", "fr"]);
    }
  });

  it("reads its answer from the entry when the text and the build are the same", async () => {
    const file = join(root, "tests/fixtures/warnings/frequency-claim.yaml");
    await validate(home, "en", file);
    const [entry] = entries();
    if (!entry) throw new Error("no entry");
    const { json, text } = readEntry(entry);
    const stored = json as { warnings: { en: { message: string }[] } };
    (stored.warnings.en[0] as { message: string }).message = "said by the cache";
    writeEntry(entry, stored, text);
    expect((await validate(home, "en", file)).stderr).toContain("said by the cache");
  });

  it("checks an edited file again at once, and never keeps an invalid one", async () => {
    const copy = join(home, "mini.yaml");
    copyFileSync(join(root, "tests/fixtures/mini.yaml"), copy);
    expect((await validate(home, "en", copy)).status).toBe(0);
    const text = readFileSync(copy, "utf8");
    writeFileSync(copy, text.replace(/^version: .*$/m, "version: [1"));
    const r = await validate(home, "en", copy);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/mini\.yaml:\d+:\d+: /);
    expect(entries()).toHaveLength(1);
    expect(await validate(home, "en", copy)).toEqual(r);
  });
});
