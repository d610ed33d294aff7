// The golden profiles of docs/examples/ (NAME.fr.md, NAME.en.md beside each answer sheet) are
// what reflet prints today: a change of content or rendering that leaves one stale
// fails here, and `npm run examples` rewrites them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { root } from "../security/helpers.ts";
import { BUILTIN } from "./builtin-helpers.ts";

describe("golden profiles of docs/examples", () => {
  it("every answer sheet has its French and English profile", () => {
    for (const id of BUILTIN) {
      const dir = join(root, "docs/examples", id);
      for (const sheet of readdirSync(dir).filter((f) => f.endsWith(".yaml")))
        for (const lang of ["fr", "en"])
          expect(existsSync(join(dir, sheet.replace(/\.yaml$/, `.${lang}.md`))), sheet).toBe(true);
    }
  });

  it("match reflet score --format markdown, in each language", async () => {
    // The same runs as scripts/examples.mjs (which rewrites them), in-process here.
    const stale: string[] = [];
    let count = 0;
    for (const id of BUILTIN) {
      const dir = join(root, "docs/examples", id);
      for (const sheet of readdirSync(dir).filter((f) => f.endsWith(".yaml")))
        for (const lang of ["fr", "en"]) {
          const golden = join(dir, sheet.replace(/\.yaml$/, `.${lang}.md`));
          const args = ["score", id, "--answers", join(dir, sheet), "--lang", lang];
          const r = await runCli([...args, "--format", "markdown"], { cwd: root });
          expect(r.stderr, sheet).toBe("");
          count++;
          if (readFileSync(golden, "utf8") !== r.stdout) stale.push(golden);
        }
    }
    expect(stale, "stale: npm run examples rewrites them").toEqual([]);
    expect(count).toBe(30);
  });
});
