// Shared by the compare tests: two waves of a team scored by reflet batch, as a coach
// would score them (batch, then compare).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { fixture, tempDir } from "../batch/helpers.ts";
import { runCli } from "../cli/in-process.ts";

export { fixture, tempDir };

export const team = fixture("team.yaml");
const fixtures = fileURLToPath(new URL("../fixtures/compare/", import.meta.url));
export const wave1 = join(fixtures, "wave1.csv");
export const wave2 = join(fixtures, "wave2.csv");

/** Scores both waves in a fresh folder: `before.<ext>`, `after.<ext>`, and `before-team.json` (alphas). */
export async function scoreWaves(
  o: { ext?: "jsonl" | "json" | "csv"; extra?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  const dir = tempDir("reflet-compare-");
  const ext = o.ext ?? "jsonl";
  const run = async (input: string, out: string, summary: string[]) => {
    const r = await runCli(
      ["batch", team, input, "--output", out, ...summary, ...(o.extra ?? [])],
      {
        cwd: dir,
        ...(o.env ? { env: o.env } : {}),
      },
    );
    expect(r.code, r.stderr).toBe(0);
  };
  await run(wave1, `before.${ext}`, ["--summary", "before-team.json"]);
  await run(wave2, `after.${ext}`, []);
  return dir;
}

export const read = (dir: string, name: string): string => readFileSync(join(dir, name), "utf8");
export const write = (dir: string, name: string, text: string): void =>
  writeFileSync(join(dir, name), text);
