// What the commands people type most load before they answer. `score` with a JSON answers
// file and `validate` of files it checked before need neither the YAML reader nor zod: both
// are imported only when a file has to be checked in full (src/load/answers-plain.ts,
// src/load/cache.ts). A static import of either, anywhere on the way, would load and run
// some 200 kB of code at every start.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dist = join(import.meta.dirname, "../../dist");
const files = readdirSync(dist).filter((f) => f.endsWith(".js"));
const text = (f: string) => readFileSync(join(dist, f), "utf8");
const staticImports = (f: string) =>
  [...text(f).matchAll(/import(?:[\w\s{},*$]+from)?\s*["']\.\/([^"']+\.js)["']/g)].map(
    (m) => m[1] as string,
  );

/** Every file loaded before anything of `entry` runs: its static imports, transitively. */
function loadedWith(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const g of staticImports(f)) visit(g);
  };
  visit(entry);
  return seen;
}

const holding = (marker: string) => files.filter((f) => text(f).includes(marker));
const yaml = holding("Implicit keys need to be on a single line");
const zod = holding("$ZodType");
const command = (name: string) => {
  const found = files.filter((f) => f.startsWith(`${name}-`) && text(f).includes("action"));
  expect(found, `dist/${name}-*.js`).toHaveLength(1);
  return found[0] as string;
};
// The program (commander and the command table), loaded by main.js.
const cli = /import\("\.\/(run-[A-Z0-9]+\.js)"\)/.exec(text("main.js"))?.[1] as string;

describe("the modules a command loads at start", () => {
  it("finds the YAML reader, zod and the program in the bundle", () => {
    expect(yaml.length).toBeGreaterThan(0);
    expect(zod.length).toBeGreaterThan(0);
    expect(cli).toBeDefined();
  });

  for (const name of ["score", "validate", "list"]) {
    it(`${name} loads neither the YAML reader nor zod until a file needs a full check`, () => {
      const loaded = new Set([
        ...loadedWith("main.js"),
        ...loadedWith(cli),
        ...loadedWith(command(name)),
      ]);
      for (const f of [...yaml, ...zod]) expect(loaded.has(f), f).toBe(false);
    });
  }

  it("loads them for a full check: the lazy import is still there", () => {
    const lazy = files.filter((f) =>
      /import\("\.\/(answers|questionnaire)-[A-Z0-9]+\.js"\)/.test(text(f)),
    );
    expect(lazy.length).toBeGreaterThan(0);
  });
});
