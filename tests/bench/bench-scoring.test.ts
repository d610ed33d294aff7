// The benchmark's batch scoring, checked on a few respondents: reflet's results (built
// binary) against the reference arithmetic, and against the pandas script where pandas is
// installed. Timings are not tested: `npm run bench` measures them.
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
  it("gives every respondent the reference's domain and facet sums, levels and alphas", () => {
    const { status, outcome, stderr } = check(40);
    expect(stderr).toBe("");
    expect(outcome.scored).toBe(40);
    expect(outcome.reference).toEqual({
      ok: true,
      summary: "40 rows × 35 scores and levels, 5 alphas",
    });
    if (!outcome.pandas.skipped) expect(outcome.pandas.ok).toBe(true);
    expect(status).toBe(0);
  });
});
