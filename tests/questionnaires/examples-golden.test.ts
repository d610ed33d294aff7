// The golden profiles of docs/examples/ (NAME.fr.md, NAME.en.md beside each answer sheet) are
// what the built binary prints today: a change of content or rendering that leaves one stale
// fails here, and `npm run examples` rewrites them.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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

  it("match reflet score --format markdown (scripts/examples.mjs --check)", () => {
    const r = spawnSync(process.execPath, [join(root, "scripts/examples.mjs"), "--check"], {
      cwd: root,
      encoding: "utf8",
      timeout: 170_000,
    });
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^30 golden profiles, 0 stale/);
    expect(r.status).toBe(0);
  }, 180_000);
});
