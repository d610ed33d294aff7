// Where a command's start-up goes: the command is run under V8's sampling profiler a few
// times, and each sample is put in one bin by its call stack. Profiling slows a run down and
// starts after part of Node's own start-up, so the bins are only shares: the report splits
// the command's time beyond `node -e 0` as the samples outside Node's own start-up are.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "./stats.mjs";

export const BINS = {
  node: "Node's own start-up",
  loading: "finding, reading and linking reflet's files",
  compiling: "compiling them",
  running: "running reflet's code and the libraries it bundles",
  gc: "collecting garbage",
};

function binOf(stack) {
  const leaf = stack[0];
  if (leaf.functionName === "(garbage collector)") return "gc";
  // A module compiled by Node's loader, or the program by vm.Script (src/cli/code-cache.ts),
  // which takes V8's code from the cache when it has it.
  const compiles = (f) =>
    f.functionName === "compileSourceTextModule" ||
    (f.functionName === "Script" && f.url === "node:vm");
  if (stack.some(compiles)) return "compiling";
  if (stack.some((f) => f.url.includes("/dist/"))) return "running";
  if (stack.some((f) => /modules\/(esm|run_main)/.test(f.url))) return "loading";
  return "node";
}

/** Shares (0 to 1) of one profile's samples in each bin. */
function shares(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = Object.fromEntries(Object.keys(BINS).map((k) => [k, 0]));
  let total = 0;
  for (const [i, id] of profile.samples.entries()) {
    const stack = [];
    for (let x = id; x !== undefined; x = parent.get(x)) stack.push(byId.get(x).callFrame);
    const dt = profile.timeDeltas[i] ?? 0;
    time[binOf(stack)] += dt;
    total += dt;
  }
  return Object.fromEntries(Object.entries(time).map(([k, v]) => [k, total ? v / total : 0]));
}

/** Median share of each bin over `runs` profiled runs of `node ...args`. */
export function profileShares(args, runs, options) {
  const dir = mkdtempSync(join(tmpdir(), "reflet-prof-"));
  try {
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(
        process.execPath,
        ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", "250", ...args],
        { ...options, stdio: "ignore" },
      );
      if (r.status !== 0) throw new Error(`profiling ${args.join(" ")}: exit ${r.status}`);
    }
    const all = readdirSync(dir).map((f) => shares(JSON.parse(readFileSync(join(dir, f), "utf8"))));
    return Object.fromEntries(Object.keys(BINS).map((k) => [k, median(all.map((s) => s[k]))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
