// The benchmark's batch scoring, checked on a few respondents: reflet's results (built
// binary), in CSV, CSV for Excel, JSON Lines and JSON, against the reference arithmetic, and against the pandas
// and DuckDB peers where they are installed. Timings are not tested: `npm run bench` measures them.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

function check(rows: number) {
  const r = spawnSync(
    process.execPath,
    [join(root, "bench", "check.mjs"), "--rows", String(rows)],
    {
      encoding: "utf8",
    },
  );
  if (r.status === null) throw new Error(r.stderr);
  return { status: r.status, outcome: JSON.parse(r.stdout), stderr: r.stderr };
}

describe("the benchmark's batch scoring", () => {
  it("gives every respondent the reference's and the peers' sums, levels and alphas, in every format", () => {
    const { status, outcome, stderr } = check(40);
    expect(stderr).toBe("");
    const same = { ok: true, summary: "40 rows × 35 scores and levels, 5 alphas" };
    const formats = ["csv", "jsonl", "json", "excel"];
    const each = <T>(x: T) => Object.fromEntries(formats.map((f) => [f, x]));
    expect(outcome.scored).toEqual(each(40));
    expect(outcome.reference).toEqual(each(same));
    for (const peer of ["pandas", "duckdb"]) {
      if (!outcome.skipped[peer]) expect(outcome[peer]).toEqual(each(same));
    }
    expect(status).toBe(0);
    // Up to ten processes in turn (reflet in four formats, pandas and DuckDB in three): a safety net
    // on a busy machine, not a measure of speed.
  }, 240_000);
});
