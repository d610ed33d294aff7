// Mutated questionnaires through reflet validate, many files in one run: every file is
// valid or has its problems on stderr as file:line:col lines; never a stack trace or a crash.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { tempDir, UNSAFE_FOR_BLOCKS } from "../security/helpers.ts";
import { budget, fuzzSeed, mutated, reshaped, runs, seeds } from "./helpers.ts";

describe("fuzzing reflet validate", () => {
  it(
    "validate on mutated questionnaires answers each file with a summary or problem lines",
    async () => {
      const dir = tempDir();
      const texts = seeds.map((s) => s.text);
      const arb = fc.oneof(mutated(texts), reshaped(texts));
      const seed = fuzzSeed();
      const files = fc.sample(arb, { numRuns: runs(30), seed }).map((text, i) => {
        writeFileSync(join(dir, `q${i}.yaml`), text);
        return `q${i}.yaml`;
      });
      const r = await runCli(["validate", ...files], { cwd: dir });
      const context = `seed ${seed}:\n${r.stderr.slice(0, 2000)}`;
      expect([0, 1], context).toContain(r.code);
      expect(r.stderr, context).not.toMatch(/^\s+at /m);
      expect(r.stderr + r.stdout, context).not.toMatch(UNSAFE_FOR_BLOCKS);
      for (const line of r.stderr.trimEnd().split("\n").filter(Boolean)) {
        expect(line, context).toMatch(/^q\d+\.yaml:(\d+:\d+:)? \S/);
      }
      const named = new Set(
        (r.stdout + r.stderr).split("\n").map((l) => /^(q\d+\.yaml):/.exec(l)?.[1]),
      );
      for (const f of files) expect(named.has(f), `${f} never mentioned; ${context}`).toBe(true);
    },
    budget(30, 60_000),
  );
});
