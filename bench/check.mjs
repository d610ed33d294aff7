// Checks the benchmark's scoring on a few respondents: reflet's batch against the reference
// arithmetic (lib/reference.mjs) and, when it is installed, the pandas script. Prints the
// outcome as JSON; exits 1 when anything differs. Used by tests/bench/bench-scoring.test.ts.
//
//   node bench/check.mjs [--rows N]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { batchArgs, findPandas } from "./lib/batch.mjs";
import { compareOutputs } from "./lib/compare.mjs";
import { writeRespondentsCsv } from "./lib/csv-gen.mjs";
import { SEED } from "./lib/data.mjs";
import { ipipKey, ipipYaml } from "./lib/ipip.mjs";
import { referenceScore } from "./lib/reference.mjs";

const { values } = parseArgs({ options: { rows: { type: "string", default: "40" } } });
const rows = Number(values.rows);
const root = join(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "reflet-bench-check-"));
const file = (name) => join(work, name);

try {
  const key = ipipKey();
  writeFileSync(file("ipip.yaml"), ipipYaml());
  writeFileSync(file("key.json"), JSON.stringify(key));
  writeRespondentsCsv(file("answers.csv"), key, rows, SEED);
  const r = spawnSync(
    process.execPath,
    [
      join(root, "bin", "reflet.js"),
      ...batchArgs(file("ipip.yaml"), file("answers.csv"), file("summary.json")),
    ],
    { env: { ...process.env, REFLET_HOME: file("home"), NO_COLOR: "1" }, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`reflet batch exited ${r.status}: ${r.stderr}`);
  writeFileSync(file("reflet.jsonl"), r.stdout);
  const reflet = { results: file("reflet.jsonl"), summary: file("summary.json") };
  referenceScore(key, file("answers.csv"), file("ref.jsonl"), file("ref.json"));
  const outcome = {
    rows,
    scored: r.stdout.trim().split("\n").length,
    reference: await compareOutputs({
      key,
      reflet,
      pandas: { results: file("ref.jsonl"), summary: file("ref.json") },
    }),
    pandas: { skipped: "pandas is not installed" },
  };
  const python = findPandas();
  if (python) {
    const p = spawnSync(
      python,
      [
        join(root, "bench", "pandas_score.py"),
        file("key.json"),
        file("answers.csv"),
        file("pd.jsonl"),
        file("pd.json"),
      ],
      { encoding: "utf8" },
    );
    if (p.status !== 0) throw new Error(`pandas_score.py exited ${p.status}: ${p.stderr}`);
    outcome.pandas = await compareOutputs({
      key,
      reflet,
      pandas: { results: file("pd.jsonl"), summary: file("pd.json") },
    });
  }
  console.log(JSON.stringify(outcome));
  process.exitCode = outcome.reference.ok && outcome.pandas.ok !== false ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
