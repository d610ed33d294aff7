// Every message catalogue (`export const xMessages = { en, fr }`) says the same things in both
// languages, and says nothing no module asks for. A catalogue is a module's `messages.ts`, or one
// file of its `messages/` folder, and nothing else defines words in both languages.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { root } from "../security/helpers.ts";

const src = join(root, "src");
const files = readdirSync(src, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => join(src, f));
const texts = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));

const EXPORT = /^export const (\w+) = \{ en, fr \};$/m;
const catalogues = files.flatMap((file) => {
  const name = EXPORT.exec(texts.get(file) ?? "")?.[1];
  return name ? [{ file, name }] : [];
});

type Catalogue = { en: Record<string, unknown>; fr: Record<string, unknown> };

async function load(file: string, name: string): Promise<Catalogue> {
  const module = (await import(pathToFileURL(file).href)) as Record<string, Catalogue>;
  return module[name] as Catalogue;
}

const count = (text: string, part: string) => text.split(part).length - 1;

/**
 * A key is asked for as `m.key` anywhere in src, or by a value that indexes the catalogue
 * (`m[error.problem]`, where "read-only" is one of the problems): the quoted key somewhere
 * other than where the catalogue defines it.
 */
function used(key: string, catalogue: string): boolean {
  const access = new RegExp(`\\.${key}\\b`);
  const value = `"${key}"`;
  let values = -count(texts.get(catalogue) ?? "", `${value}:`);
  for (const text of texts.values()) {
    if (access.test(text)) return true;
    values += count(text, value);
  }
  return values > 0;
}

/** Where a catalogue may live: `x/messages.ts`, or `x/messages/<concern>.ts`. */
const CATALOGUE_FILE = /[\\/]messages(\.ts|[\\/][\w-]+\.ts)$/;
/** A table of words in both languages, catalogue-shaped. */
const BILINGUAL = /^(const (en|fr)\b|\s+(en|fr): \{$)/m;

describe("message catalogues", () => {
  it("are found", () => {
    expect(catalogues.length).toBeGreaterThan(20);
  });

  it("live in messages.ts or a messages/ folder, one to a file, and nowhere else", () => {
    const misplaced = catalogues.filter((c) => !CATALOGUE_FILE.test(c.file));
    expect(misplaced.map((c) => relative(root, c.file))).toEqual([]);
    const loose = files.filter(
      (f) => !CATALOGUE_FILE.test(f) && BILINGUAL.test(texts.get(f) ?? ""),
    );
    expect(loose.map((f) => relative(root, f))).toEqual([]);
    const inFolders = files.filter((f) => CATALOGUE_FILE.test(f));
    expect(inFolders.filter((f) => !catalogues.some((c) => c.file === f))).toEqual([]);
  });

  it.each(catalogues.map((c) => [relative(root, c.file), c.name, c.file]))(
    "%s (%s): the same keys in both languages, each one used",
    async (_path, name, file) => {
      const { en, fr } = await load(file, name);
      expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        const a = en[key];
        const b = fr[key];
        expect(typeof b, key).toBe(typeof a);
        if (Array.isArray(a)) expect((b as unknown[]).length, key).toBe(a.length);
      }
      expect(Object.keys(en).filter((key) => !used(key, file))).toEqual([]);
    },
  );
});
