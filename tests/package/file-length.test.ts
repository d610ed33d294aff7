// Short files: a module of src/ holds one concern a reader takes in at once. Data tables are
// the exception (the schema, the plan generated from it, the messages of a language).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const MAX_LINES = 300;
const TABLES = new Set(["src/model/schema.ts", "src/model/questionnaire-plan.ts"]);
const isTable = (file: string) => TABLES.has(file) || /(^|\/)messages(\/|\.ts$)/.test(file);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") ? [relative(root, path).split("\\").join("/")] : [];
  });
}

describe("the length of source files", () => {
  it(`keeps every module of src/ but the data tables within ${MAX_LINES} lines`, () => {
    const files = sources(join(root, "src"));
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .filter((f) => !isTable(f))
      .map((f) => ({ f, lines: readFileSync(join(root, f), "utf8").split("\n").length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
