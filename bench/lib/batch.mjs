// The batch figures: reflet against its peers (pandas, DuckDB) on the same CSV, in each
// output format, taking turns; peak memory, and how time grows with the number of respondents.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importEntry } from "./bundle.mjs";
import { compareOutputs } from "./compare.mjs";
import { instrument, respondents } from "./data.mjs";
import { findPeers } from "./peers.mjs";
import { median } from "./stats.mjs";

/** The output formats measured against the peers; excel is `--format csv --excel`. */
export const FORMATS = ["csv", "jsonl", "json", "excel"];

/**
 * What a peer writes to be set against each of reflet's formats: they have no CSV for Excel,
 * so reflet's is set against their CSV, run once for both.
 */
export const PEER_FORMAT = { csv: "csv", jsonl: "jsonl", json: "json", excel: "csv" };

/** The arguments of `reflet batch` that score `csv` to `format` on stdout, with a summary. */
export const batchArgs = (questionnaire, csv, summary, format = "jsonl") => [
  "batch",
  questionnaire,
  csv,
  ...(format === "excel" ? ["--format", "csv", "--excel"] : ["--format", format]),
  "--summary",
  summary,
  // Run after run, the same files are written again.
  "--force",
];

/** Runs `file args` with stdout to `out`; wall time and peak memory (kB). */
function timed(file, args, out, env, rssOf) {
  const fd = openSync(out, "w");
  try {
    // The side before wrote hundreds of megabytes: the disk takes them now, not during this run.
    spawnSync("sync");
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

/** reflet's runner. */
function refletRunner(root, work, yaml, name) {
  const probe = join(work, "rss");
  const env = {
    ...process.env,
    REFLET_HOME: join(work, "home"),
    NO_COLOR: "1",
    REFLET_LANG: "en",
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${join(root, "bench", "rss-probe.cjs")}`,
    REFLET_BENCH_RSS_FILE: probe,
  };
  const bin = join(root, "bin", "reflet.cjs");
  return (csv, tag, format) => {
    const results = join(work, `${name}-${tag}.${format}`);
    const summary = join(work, `${name}-${tag}.summary.json`);
    const readRss = () => (existsSync(probe) ? Number(readFileSync(probe, "utf8")) : Number.NaN);
    const args = [bin, ...batchArgs(yaml, csv, summary, format)];
    return { ...timed(process.execPath, args, results, env, readRss), results, summary };
  };
}

function peerRunner(peer, work, keyFile) {
  const env = { ...process.env, REFLET_BENCH_RSS: "1" };
  const rssOf = (stderr) => Number(/maxrss_kb=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
  return (csv, tag, format) => {
    const results = join(work, `${peer.name}-${tag}.${format}`);
    const summary = join(work, `${peer.name}-${tag}.summary.json`);
    const [file, args] = peer.command(format, keyFile, csv, results, summary);
    return { ...timed(file, args, join(work, "stdout"), env, rssOf), results, summary };
  };
}

function summarise(runs) {
  return {
    median: median(runs.map((r) => r.ms)),
    rssKb: Math.max(...runs.map((r) => r.rssKb)),
    last: runs.at(-1),
  };
}

/**
 * Every format, every side, `runs` rounds taking turns; the medians and the outputs compared.
 * A peer runs each of its formats once a round: reflet's --excel is set against their CSV.
 */
async function sideBySide(sides, csv, runs, key, log, label) {
  const times = {};
  const own = (name, format) => name === "reflet" || PEER_FORMAT[format] === format;
  for (let i = 0; i < runs; i++) {
    for (const format of FORMATS) {
      for (const [name, run] of Object.entries(sides)) {
        if (!own(name, format)) continue;
        log(`batch ${label} ${format}: ${name} run ${i + 1}/${runs}`);
        const k = `${name}:${format}`;
        times[k] = [...(times[k] ?? []), run(csv, "main", format)];
      }
    }
  }
  const out = {};
  for (const format of FORMATS) {
    const f = { sides: {}, equal: {} };
    for (const name of Object.keys(sides)) {
      f.sides[name] = summarise(
        times[`${name}:${own(name, format) ? format : PEER_FORMAT[format]}`],
      );
    }
    for (const name of Object.keys(sides).filter((n) => n !== "reflet")) {
      log(`comparing reflet's ${format} results with ${name}'s`);
      f.equal[name] = await compareOutputs({
        key,
        format,
        theirFormat: PEER_FORMAT[format],
        reflet: f.sides.reflet.last,
        theirs: f.sides[name].last,
        peer: name,
      });
    }
    out[format] = f;
  }
  return out;
}

export async function measureBatch(root, settings, log) {
  const { yaml, keyFile, key } = instrument(root);
  const work = mkdtempSync(join(tmpdir(), "reflet-bench-batch-"));
  try {
    const csv = respondents(root, key, settings.rows, log);
    const { peers, skipped } = findPeers(root);
    const sides = {
      reflet: refletRunner(root, work, yaml, "reflet"),
    };
    for (const p of peers) sides[p.name] = peerRunner(p, work, keyFile);
    const label = settings.rows.toLocaleString("en");
    const out = {
      peers: peers.map((p) => ({ name: p.name, label: p.label })),
      skipped,
      formats: await sideBySide(sides, csv, settings.batchRuns, key, log, label),
      stages: null,
      big: null,
    };
    log("batch stages: processor time per respondent, in one process");
    const { stages } = await importEntry(root, "batch-stages");
    out.stages = await stages(yaml, respondents(root, key, 10_000, log));
    if (settings.big) {
      const bigCsv = respondents(root, key, settings.big, log);
      const reflet = sides.reflet;
      const runs = [];
      for (let i = 0; i < settings.batchRuns; i++) {
        log(
          `batch ${settings.big.toLocaleString("en")} csv: reflet run ${i + 1}/${settings.batchRuns}`,
        );
        runs.push(reflet(bigCsv, "big", "csv"));
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
