// Start-up figures: each command is launched as a user would, again and again, taking
// turns so that a burst of noise on the machine falls on all of them alike.
import { spawnSync } from "node:child_process";
import { median } from "./stats.mjs";

function once(cmd, options) {
  cmd.before?.();
  const start = process.hrtime.bigint();
  const env = cmd.env ? { ...options.env, ...cmd.env } : options.env;
  const r = spawnSync(cmd.file, cmd.args, { ...options, env, stdio: ["ignore", "pipe", "pipe"] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== (cmd.status ?? 0)) {
    const why = r.error?.message ?? r.stderr.toString().trim().split("\n").slice(0, 3).join(" | ");
    throw new Error(`${cmd.label}: exit ${r.status}: ${why}`);
  }
  return elapsed;
}

/**
 * Warm-up rounds: a person's first run checks the questionnaires and keeps them
 * (src/load/cache.ts); the second keeps the code the command compiles (src/cli/code-cache.ts).
 */
export const WARM_UP = 2;

/** Median wall time of each command over `runs` rounds (after the warm-up rounds). */
export function timeCommands(commands, runs, options) {
  const times = commands.map(() => []);
  for (let round = -WARM_UP; round < runs; round++) {
    for (const [i, cmd] of commands.entries()) {
      const t = once(cmd, options);
      if (round >= 0) times[i].push(t);
    }
  }
  return commands.map((cmd, i) => ({ label: cmd.label, median: median(times[i]), runs: times[i] }));
}
