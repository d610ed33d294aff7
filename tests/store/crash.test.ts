// History survives a process killed with SIGKILL while writing, and two writers at once.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { appendEntry, readHistory } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { entry } from "./appender.ts";

let script = "";

beforeAll(async () => {
  script = join(mkdtempSync(join(tmpdir(), "reflet-appender-")), "appender.mjs");
  await build({
    entryPoints: [new URL("./appender.ts", import.meta.url).pathname],
    outfile: script,
    bundle: true,
    platform: "node",
    format: "esm",
    logLevel: "warning",
  });
});

function start(home: string, args: string[]): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, REFLET_HOME: home },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // A writer that ends before it is ready fails the test at once instead of hanging it.
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code, signal) =>
      reject(new Error(`writer ended (${signal ?? code}) before it was ready`)),
    );
  });
  return { child, ready };
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });

const KILLS = 50;
// A safety net only: each kill starts a node process, which takes seconds on a busy machine.
const KILLS_TEST_MS = 600_000;

describe("the history under crashes", () => {
  it(
    `loses no earlier entry when the writer is killed with SIGKILL (${KILLS} times)`,
    async () => {
      const home = mkdtempSync(join(tmpdir(), "reflet-kill-"));
      const paths = dataPaths({ REFLET_HOME: home }, "/");
      let seen = new Set<string>();
      for (let round = 0; round < KILLS; round++) {
        const { child, ready } = start(home, ["loop", "0", `r${round}`]);
        await ready;
        await new Promise((r) => setTimeout(r, Math.random() * 25));
        child.kill("SIGKILL");
        await exited(child);
        const { entries, skipped } = readHistory(paths);
        const ids = new Set(entries.map((e) => e.id));
        for (const id of seen)
          expect(ids.has(id), `entry ${id} lost after kill ${round}`).toBe(true);
        // Only lines cut by a kill may be unreadable: at most one per kill so far.
        expect(skipped.length).toBeLessThanOrEqual(round + 1);
        seen = ids;
      }
      expect(seen.size).toBeGreaterThan(0);
      appendEntry(paths, entry("after", 10));
      expect(readHistory(paths).entries.at(-1)?.id).toBe("after");
    },
    KILLS_TEST_MS,
  );

  it("two processes appending at once lose nothing", async () => {
    const home = mkdtempSync(join(tmpdir(), "reflet-two-"));
    const writers = ["a", "b"].map((tag) => start(home, ["count", "150", tag]));
    await Promise.all(writers.map((w) => exited(w.child)));
    const { entries, skipped } = readHistory(dataPaths({ REFLET_HOME: home }, "/"));
    expect(skipped).toEqual([]);
    const ids = new Set(entries.map((e) => e.id));
    for (const tag of ["a", "b"])
      for (let i = 0; i < 150; i++) expect(ids.has(`${tag}-${i}`)).toBe(true);
    expect(entries).toHaveLength(300);
  }, 300_000);
});
