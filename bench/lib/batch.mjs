// The batch figures: reflet against the pandas script on the same CSV, peak memory, and how
// time grows with the number of respondents.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importEntry } from "./bundle.mjs";
import { compareOutputs } from "./compare.mjs";
import { instrument, respondents } from "./data.mjs";
import { median } from "./stats.mjs";

/** The arguments of `reflet batch` that score `csv` to JSON Lines on stdout, with a summary. */
export const batchArgs = (questionnaire, csv, summary) => [
  "batch",
  questionnaire,
  csv,
  "--format",
  "jsonl",
  "--summary",
  summary,
];

/** A Python that has pandas: REFLET_BENCH_PYTHON, python3, or Debian's own. */
export function findPandas() {
  const candidates = [process.env.REFLET_BENCH_PYTHON, "python3", "/usr/bin/python3"].filter(
    Boolean,
  );
  for (const python of candidates) {
    const r = spawnSync(python, ["-c", "import pandas"], { stdio: "ignore" });
    if (r.status === 0) return python;
  }
  return null;
}

/** Runs `file args` with stdout to `out`; wall time and peak memory (kB). */
function timed(file, args, out, env, rssOf) {
  const fd = openSync(out, "w");
  try {
    const start = process.hrtime.bigint();
    const r = spawnSync(file, args, { stdio: ["ignore", fd, "pipe"], env, maxBuffer: 64 << 20 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) {
      const why = r.error?.message ?? r.stderr.toString().trim().split("\n").slice(-3).join(" | ");
      throw new Error(`${file} ${args[0]}… exited ${r.status}: ${why}`);
    }
    return { ms, rssKb: rssOf(r.stderr.toString()) };
  } finally {
    closeSync(fd);
  }
}

function refletRunner(root, work, yaml) {
  const probe = join(work, "rss");
  const env = {
    ...process.env,
    REFLET_HOME: join(work, "home"),
    NO_COLOR: "1",
    REFLET_LANG: "en",
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${join(root, "bench", "rss-probe.cjs")}`,
    REFLET_BENCH_RSS_FILE: probe,
  };
  const bin = join(root, "bin", "reflet.js");
  return (csv, tag) => {
    const results = join(work, `reflet-${tag}.jsonl`);
    const summary = join(work, `reflet-${tag}.summary.json`);
    const readRss = () => (existsSync(probe) ? Number(readFileSync(probe, "utf8")) : Number.NaN);
    const t = timed(
      process.execPath,
      [bin, ...batchArgs(yaml, csv, summary)],
      results,
      env,
      readRss,
    );
    return { ...t, results, summary };
  };
}

function pandasRunner(root, work, python, keyFile) {
  const script = join(root, "bench", "pandas_score.py");
  const env = { ...process.env, REFLET_BENCH_RSS: "1" };
  const rssOf = (stderr) => Number(/maxrss_kb=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
  return (csv, tag) => {
    const results = join(work, `pandas-${tag}.jsonl`);
    const summary = join(work, `pandas-${tag}.summary.json`);
    const t = timed(python, [script, keyFile, csv, results, summary], results, env, rssOf);
    return { ...t, results, summary };
  };
}

function summarise(runs) {
  return {
    median: median(runs.map((r) => r.ms)),
    rssKb: Math.max(...runs.map((r) => r.rssKb)),
    last: runs.at(-1),
  };
}

export async function measureBatch(root, settings, log) {
  const { yaml, keyFile, key } = instrument(root);
  const work = mkdtempSync(join(tmpdir(), "reflet-bench-batch-"));
  try {
    const csv = respondents(root, key, settings.rows, log);
    const reflet = refletRunner(root, work, yaml);
    const python = findPandas();
    const pandas = python ? pandasRunner(root, work, python, keyFile) : null;
    const mine = [];
    const theirs = [];
    for (let i = 0; i < settings.batchRuns; i++) {
      log(`batch ${settings.rows.toLocaleString("en")}: reflet run ${i + 1}/${settings.batchRuns}`);
      mine.push(reflet(csv, "main"));
      if (pandas) {
        log(
          `batch ${settings.rows.toLocaleString("en")}: pandas run ${i + 1}/${settings.batchRuns}`,
        );
        theirs.push(pandas(csv, "main"));
      }
    }
    const out = { reflet: summarise(mine), pandas: null, equal: null, big: null, stages: null };
    if (pandas) {
      out.pandas = summarise(theirs);
      log("comparing reflet's results with pandas'");
      out.equal = await compareOutputs({ key, reflet: out.reflet.last, pandas: out.pandas.last });
    } else {
      out.pandas = {
        skipped:
          "pandas is not installed (apt-get install python3-pandas, or set REFLET_BENCH_PYTHON)",
      };
    }
    log("batch stages: processor time per respondent, in one process");
    const { stages } = await importEntry(root, "batch-stages");
    out.stages = await stages(yaml, respondents(root, key, 10_000, log));
    if (settings.big) {
      const bigCsv = respondents(root, key, settings.big, log);
      const runs = [];
      for (let i = 0; i < settings.batchRuns; i++) {
        log(
          `batch ${settings.big.toLocaleString("en")}: reflet run ${i + 1}/${settings.batchRuns}`,
        );
        runs.push(reflet(bigCsv, "big"));
        rmSync(runs.at(-1).results, { force: true });
      }
      out.big = summarise(runs);
    }
    return out;
  } catch (e) {
    return { error: e.message };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
