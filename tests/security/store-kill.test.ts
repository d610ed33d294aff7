// Killing reflet (SIGKILL) while it writes the history or a checkpoint, hundreds of times:
// every entry written before stays readable, and a checkpoint is always the last one saved
// or the one being saved, never a broken file. Two writers at once lose nothing.
import { type ChildProcess, spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { loadCheckpoint } from "../../src/store/checkpoint.ts";
import { readHistory } from "../../src/store/history.ts";
import { type DataPaths, dataPaths } from "../../src/store/paths.ts";
import { bundleChild } from "./children/build.ts";
import { tempDir } from "./helpers.ts";

// 50 kills in every run (each at a random moment of a write); REFLET_KILLS=200 or more for a
// longer run, as with REFLET_FUZZ_RUNS for the fuzz tests.
const KILLS = Number(process.env.REFLET_KILLS ?? 50);
// The limit is only a safety net against a hang: each kill starts a node process, which can
// take a minute on a crowded machine; the test counts kills, it does not time them.
const KILLS_TEST_MS = 1_800_000;
// Starting node is mostly waiting, not computing: more lanes than cores still go faster.
const lanes = Math.max(8, availableParallelism());

interface Child {
  proc: ChildProcess;
  /** Ids the child reported as written, in order. */
  acked: string[];
  exited: Promise<NodeJS.Signals | number | null>;
}

function start(bundle: string, home: string, args: string[], onFirst?: () => void): Child {
  const proc = spawn(process.execPath, [bundle, ...args], {
    // Entries of a few kilobytes: several pages to write, and a history that stays small
    // enough to be read back after every kill.
    env: { REFLET_HOME: home, PATH: process.env.PATH, REFLET_TEST_PAD: "4000" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const acked: string[] = [];
  let rest = "";
  proc.stdout?.on("data", (chunk: Buffer) => {
    const lines = (rest + chunk.toString("utf8")).split("\n");
    rest = lines.pop() ?? "";
    const first = acked.length === 0;
    acked.push(...lines.filter(Boolean));
    if (first && acked.length > 0) onFirst?.();
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    proc.on("close", (code, signal) => resolve(signal ?? code)),
  );
  return { proc, acked, exited };
}

/** Starts a writer, kills it at a random moment once it has written once, returns what it acknowledged. */
async function killedWriter(bundle: string, home: string, mode: string, tag: string) {
  let child: Child | undefined;
  const killed = new Promise<void>((resolve) => {
    child = start(bundle, home, [mode, tag], () => {
      setTimeout(() => {
        child?.proc.kill("SIGKILL");
        resolve();
      }, Math.random() * 25);
    });
  });
  const c = child as unknown as Child;
  const how = await Promise.race([c.exited, killed.then(() => c.exited)]);
  expect(how, `writer ${tag} ended by itself`).toBe("SIGKILL");
  return c.acked;
}

async function historyLane(bundle: string, lane: number, kills: number) {
  const home = tempDir("reflet-kill-");
  const paths: DataPaths = dataPaths({ REFLET_HOME: home }, "/");
  const acked: string[] = [];
  for (let k = 0; k < kills; k++) {
    const tag = `${lane}.${k}`;
    const now = await killedWriter(bundle, home, "append", tag);
    acked.push(...now);
    const { entries, skipped } = readHistory(paths);
    const ids = entries.map((e) => e.id);
    // Everything acknowledged is there, in order; at most the entry being written besides.
    const extra = ids.slice(acked.length);
    expect(ids.slice(0, acked.length)).toEqual(acked);
    expect(extra.length <= 1 && extra.every((id) => id === `${tag}-${now.length}`)).toBe(true);
    if (extra.length === 1) acked.push(extra[0] as string);
    expect(skipped.length).toBeLessThanOrEqual(k + 1);
  }
  return acked.length;
}

async function checkpointLane(bundle: string, lane: number, kills: number) {
  const home = tempDir("reflet-kill-");
  const paths: DataPaths = dataPaths({ REFLET_HOME: home }, "/");
  for (let k = 0; k < kills; k++) {
    const tag = `${lane}.${k}`;
    const acked = await killedWriter(bundle, home, "checkpoint", tag);
    const read = await loadCheckpoint(paths, "q");
    expect(read.kind).toBe("found");
    const id = read.kind === "found" ? read.checkpoint.answers.id : undefined;
    // The last checkpoint acknowledged, or the one that was being saved when killed.
    expect([acked.at(-1), `${tag}-${acked.length}`]).toContain(id);
  }
}

const split = (total: number) =>
  Array.from({ length: lanes }, (_, i) => Math.floor(total / lanes) + (i < total % lanes ? 1 : 0));

describe("killed while writing", () => {
  it(
    `SIGKILL during a history append, ${KILLS} times, leaves every earlier entry readable`,
    async () => {
      const bundle = await bundleChild("store-writer");
      const counts = await Promise.all(split(KILLS).map((n, lane) => historyLane(bundle, lane, n)));
      expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(KILLS);
    },
    KILLS_TEST_MS,
  );

  it(
    `SIGKILL during a checkpoint write, ${KILLS} times, always leaves a whole checkpoint`,
    async () => {
      const bundle = await bundleChild("store-writer");
      await Promise.all(split(KILLS).map((n, lane) => checkpointLane(bundle, lane, n)));
    },
    KILLS_TEST_MS,
  );

  it("four processes appending to one history at once lose nothing", async () => {
    const bundle = await bundleChild("store-writer");
    const home = tempDir("reflet-concurrent-");
    const writers = [0, 1, 2, 3].map((w) => start(bundle, home, ["append", `w${w}`, "100"]));
    const ends = await Promise.all(writers.map((w) => w.exited));
    expect(ends).toEqual([0, 0, 0, 0]);
    const { entries, skipped } = readHistory(dataPaths({ REFLET_HOME: home }, "/"));
    expect(skipped).toEqual([]);
    expect(entries.map((e) => e.id).sort()).toEqual(writers.flatMap((w) => w.acked).sort());
    expect(entries).toHaveLength(400);
    // Each writer's entries keep their own order.
    for (const w of writers) {
      const mine = entries.map((e) => e.id).filter((id) => w.acked.includes(id));
      expect(mine).toEqual(w.acked);
    }
  }, 300_000);
});
