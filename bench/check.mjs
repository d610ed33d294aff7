// Checks the benchmark's scoring on a few respondents: reflet's batch, in each output format,
// against the reference arithmetic (lib/reference.mjs) and every peer installed here (pandas,
// DuckDB). Prints the outcome as JSON; exits 1 when anything differs. Used by
// tests/bench/bench-scoring.test.ts.
//
//   node bench/check.mjs [--rows N]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { batchArgs, FORMATS, PEER_FORMAT } from "./lib/batch.mjs";
import { compareOutputs } from "./lib/compare.mjs";
import { writeRespondentsCsv } from "./lib/csv-gen.mjs";
import { SEED } from "./lib/data.mjs";
import { ipipKey, ipipYaml } from "./lib/ipip.mjs";
import { findPeers } from "./lib/peers.mjs";
import { referenceScore } from "./lib/reference.mjs";

const { values } = parseArgs({ options: { rows: { type: "string", default: "40" } } });
const rows = Number(values.rows);
const root = join(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "reflet-bench-check-"));
const file = (name) => join(work, name);

function run(command, args, what) {
  const r = spawnSync(command, args, {
    // English: --excel writes the bands' labels, compared with the peers' levels.
    env: { ...process.env, REFLET_HOME: file("home"), NO_COLOR: "1", REFLET_LANG: "en" },
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  if (r.status !== 0) throw new Error(`${what} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

try {
  const key = ipipKey();
  writeFileSync(file("ipip.yaml"), ipipYaml());
  writeFileSync(file("key.json"), JSON.stringify(key));
  writeRespondentsCsv(file("answers.csv"), key, rows, SEED);
  referenceScore(key, file("answers.csv"), file("ref.jsonl"), file("ref.json"));
  const reference = { results: file("ref.jsonl"), summary: file("ref.json") };
  const { peers, skipped } = findPeers(root);
  const outcome = { rows, scored: {}, reference: {}, skipped };
  for (const p of peers) outcome[p.name] = {};
  for (const format of FORMATS) {
    const reflet = { results: file(`reflet.${format}`), summary: file(`summary-${format}.json`) };
    const args = batchArgs(file("ipip.yaml"), file("answers.csv"), reflet.summary, format);
    const stdout = run(process.execPath, [join(root, "bin", "reflet.cjs"), ...args], "reflet");
    writeFileSync(reflet.results, stdout);
    const header = format === "csv" || format === "excel" ? 1 : 0;
    const brackets = format === "json" ? 2 : 0;
    outcome.scored[format] = stdout.trim().split("\n").length - header - brackets;
    outcome.reference[format] = await compareOutputs({
      key,
      reflet,
      theirs: reference,
      format,
      theirFormat: "jsonl",
      peer: "the reference",
    });
    for (const p of peers) {
      const theirFormat = PEER_FORMAT[format];
      const theirs = {
        results: file(`${p.name}.${theirFormat}`),
        summary: file(`${p.name}-summary.json`),
      };
      // Their CSV, already written, stands for --excel too.
      if (theirFormat === format) {
        const [command, rest] = p.command(
          format,
          file("key.json"),
          file("answers.csv"),
          theirs.results,
          theirs.summary,
        );
        run(command, rest, p.label);
      }
      outcome[p.name][format] = await compareOutputs({
        key,
        reflet,
        theirs,
        format,
        theirFormat,
        peer: p.label,
      });
    }
  }
  console.log(JSON.stringify(outcome));
  const all = [outcome.reference, ...peers.map((p) => outcome[p.name])];
  process.exitCode = all.every((o) => FORMATS.every((f) => o[f].ok)) ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
