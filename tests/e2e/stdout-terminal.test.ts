// Standard output is written straight to its descriptor when it is a pipe or a file, and by
// Node's own stream when it is a terminal (src/io/stdout.ts): the same words either way, laid
// out for the terminal's width on a terminal, one row each through a pipe.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN, freshHome, ROOT, SAFETY_MS, spawnInTerminal } from "./terminal.ts";

describe("standard output on a terminal and through a pipe", () => {
  it(
    "lists the same questionnaires, stacked to fit a narrow terminal, one row each through a pipe",
    async () => {
      const env = { REFLET_HOME: freshHome(), REFLET_LANG: "fr", NO_COLOR: "1", TERM: "xterm" };
      const s = spawnInTerminal(["list"], env, ROOT, { cols: 50, rows: 40 });
      expect(await s.exit).toBe(0);
      const onTerminal = s.output().replace(/\r/g, "");
      const piped = spawnSync(process.execPath, [BIN, "list"], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        encoding: "utf8",
      });
      expect(piped.status, piped.stderr).toBe(0);
      const rows = piped.stdout.trimEnd().split("\n");
      expect(rows).toHaveLength(3);
      for (const row of rows) {
        const [id] = row.split(/\s+/);
        expect(onTerminal).toContain(`${id}\n`);
        expect(row.length).toBeGreaterThan(50);
      }
      expect(onTerminal).toContain("Mes défauts acceptables");
      expect(piped.stdout).toContain("Mes défauts acceptables");
      for (const line of onTerminal.trimEnd().split("\n")) expect(line.length).toBeLessThan(50);
    },
    SAFETY_MS,
  );
});
