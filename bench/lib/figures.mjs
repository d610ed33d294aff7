// Every figure of the performance goals: measured, compared with its goal, ready to report.
import { measureAnswers } from "./answer.mjs";
import { FORMATS, measureBatch } from "./batch.mjs";
import { measureStartup } from "./startup.mjs";
import { BINS } from "./startup-profile.mjs";
import { mb, ms, ratio, seconds } from "./stats.mjs";

function startupFigures(s) {
  const bare = s.bare.median;
  const against = (id, name, m, limit) => {
    const r = m.median / bare;
    return {
      id,
      name,
      goal: `≤ ${limit} × node -e 0`,
      measured: `${ms(m.median)} (node -e 0: ${ms(bare)})`,
      ratio: ratio(r),
      ok: r <= limit,
    };
  };
  return [
    against("version", "reflet --version", s.version, 1.3),
    against("list", "reflet list", s.list, 2),
    against(
      "validate",
      `reflet validate questionnaires/*.yaml (${s.count} files), unchanged since the last validate`,
      s.validate,
      2,
    ),
    against(
      "validate-edited",
      `reflet validate questionnaires/*.yaml (${s.count} files), every file just edited`,
      s.validateAll,
      2,
    ),
    against("score", `reflet score ${s.questionnaire} --format json`, s.score, 1.5),
  ];
}

/**
 * Where the start-up of score and validate goes beyond `node -e 0`: the time above it, split
 * as the profiled samples outside Node's own start-up are; and what a full check costs.
 */
function startupLines(s) {
  const bare = s.bare.median;
  const beyond = (label, m, shares) => {
    const bins = Object.keys(BINS).filter((k) => k !== "node");
    const sum = bins.reduce((n, k) => n + shares[k], 0);
    const extra = Math.max(0, m.median - bare);
    const parts = bins.map((k) => `${BINS[k]} ${ms(sum ? (extra * shares[k]) / sum : 0)}`);
    return `\`${label}\` ${ms(m.median)}, ${ms(extra)} more than \`node -e 0\` (${ms(bare)}): ${parts.join(", ")}`;
  };
  const st = s.where.stages;
  const all = s.validateAll.median;
  const one = s.validateOne.median;
  return [
    `Where the start-up time goes, beyond Node's own: ${beyond("reflet score", s.score, s.where.score)}. ${beyond("reflet validate", s.validate, s.where.validate)}.`,
    `\`reflet validate\` of the ${s.count} files when none is in the cache (just edited, or checked by another build): ${ms(all)}, ${ratio(all / bare)} node -e 0; with one of them just edited and the others as they were: ${ms(one)}, ${ratio(one / bare)} node -e 0. A full check, cold in a fresh process, of all ${s.count}: loading the checking code ${ms(st.load)}, reading the YAML ${ms(st.yaml)}, the schema (its plan, without zod) ${ms(st.schema)}, compiling the model and the semantic checks ${ms(st.semantic)}, the warnings ${ms(st.warnings)}.`,
  ];
}

function runFigure(s, wanted) {
  const name = `reflet run ${s?.questionnaire ?? ""}: first question on screen`.replace("  ", " ");
  const goal = "≤ 2 × node -e 0 (both in a pseudo-terminal)";
  if (!wanted) return { id: "run", name, goal, skipped: "not asked for (--only)" };
  if (s.run.error)
    return { id: "run", name, goal, skipped: `could not be measured: ${s.run.error}` };
  const r = s.run.first / s.run.bare;
  return {
    id: "run",
    name,
    goal,
    measured: `${ms(s.run.first)} (node -e 0: ${ms(s.run.bare)})`,
    ratio: ratio(r),
    ok: r <= 2,
  };
}

const FORMAT_NAMES = {
  csv: "CSV",
  jsonl: "JSON Lines",
  json: "JSON",
  excel: "CSV for Excel (--excel)",
};
/** What the peers are measured by, where it is not the same format as reflet's. */
const PEER_OUTPUTS = { excel: "their CSV" };

/** reflet against the faster peer, and the outputs checked, in one output format. */
function formatFigures(b, format, rows) {
  const f = b.formats[format];
  const base = {
    id: `peers-${format}`,
    name: `batch, ${rows} × 120 to ${FORMAT_NAMES[format]} + summary, vs pandas and DuckDB${PEER_OUTPUTS[format] ? ` (${PEER_OUTPUTS[format]})` : ""}`,
    goal: "≤ 0.5 × the faster peer (stretch: 0.25 ×)",
  };
  const mine = f.sides.reflet.median;
  const peers = b.peers.map((p) => ({ ...p, median: f.sides[p.name].median }));
  const skipped = Object.values(b.skipped);
  const said = [
    `reflet ${seconds(mine)}`,
    ...peers.map((p) => `${p.label} ${seconds(p.median)}`),
    ...Object.keys(b.skipped).map((name) => `${name} skipped`),
  ].join(", ");
  const figs = [];
  if (peers.length === 0) figs.push({ ...base, skipped: skipped.join("; ") });
  else {
    const r = mine / Math.min(...peers.map((p) => p.median));
    figs.push({
      ...base,
      measured: said,
      ratio: `${ratio(r)}${r <= 0.25 ? " (stretch reached)" : ""}`,
      ok: r <= 0.5,
    });
  }
  const checks = peers.map((p) => `${p.label}: ${f.equal[p.name].summary}`);
  figs.push({
    id: `equal-${format}`,
    name: `batch ${FORMAT_NAMES[format]} results equal to the peers'`,
    goal: "every sum, level and alpha equal",
    measured: checks.join("; "),
    ok: peers.every((p) => f.equal[p.name].ok),
  });
  return figs;
}

function batchFigures(b, settings) {
  const rows = settings.rows.toLocaleString("en");
  const big = settings.big.toLocaleString("en");
  if (b.error) {
    return [
      {
        id: "peers-csv",
        name: `batch, ${rows} respondents`,
        goal: "≤ 0.5 × the faster peer",
        skipped: `reflet batch could not be measured: ${b.error}`,
      },
    ];
  }
  const figs = FORMATS.flatMap((format) => formatFigures(b, format, rows));
  const rssOf = (name) => Math.max(...FORMATS.map((f) => b.formats[f].sides[name].rssKb));
  const theirs = b.peers.map((p) => `${p.label}: ${mb(rssOf(p.name))}`).join(", ");
  figs.push({
    id: "rss",
    name: `batch peak memory, ${rows} respondents`,
    goal: "≤ 100 MB",
    measured: `${mb(rssOf("reflet"))}${theirs ? ` (${theirs})` : ""}`,
    ok: rssOf("reflet") <= 100 * 1024,
  });
  if (!b.big) {
    const why = "not asked for (--big 0)";
    figs.push({
      id: "rss-big",
      name: "batch peak memory, large run",
      goal: "≤ 100 MB",
      skipped: why,
    });
    figs.push({
      id: "linear",
      name: "batch time, linear in respondents",
      goal: "large ≤ 11 × small per 10×",
      skipped: why,
    });
    return figs;
  }
  figs.push({
    id: "rss-big",
    name: `batch peak memory, ${big} respondents (CSV)`,
    goal: "≤ 100 MB",
    measured: mb(b.big.rssKb),
    ok: b.big.rssKb <= 100 * 1024,
  });
  const scale = settings.big / settings.rows;
  const limit = 1.1 * scale;
  const small = b.formats.csv.sides.reflet.median;
  const r = b.big.median / small;
  figs.push({
    id: "linear",
    name: `batch time, ${big} vs ${rows} respondents (CSV)`,
    goal: `≤ ${limit.toFixed(1)} × (${scale} × the respondents)`,
    measured: `${seconds(b.big.median)} vs ${seconds(small)}`,
    ratio: ratio(r),
    ok: r <= limit,
  });
  return figs;
}

function answerFigure(a) {
  const base = {
    id: "answer",
    name: "work per answer in reflet run",
    goal: "< 16 ms, the slowest answer",
  };
  if (a.error) return { ...base, skipped: `could not be measured: ${a.error}` };
  return {
    ...base,
    measured:
      `slowest ${ms(a.max)}, median ${ms(a.median)} over ${a.count} answers (session step with its fsynced checkpoint ` +
      `${ms(a.step)}, prompt ${ms(a.render)}; processor time median ${ms(a.cpu)})`,
    ok: a.max < 16,
  };
}

/** Lines that explain figures rather than measure a goal. */
export const details = [];

function stagesLine(s) {
  const us = (v) => `${v.toFixed(1)} µs`;
  return (
    `Where a batch's time goes, in microseconds per respondent (${s.rows.toLocaleString("en")} rows, one process): ` +
    `reading the CSV ${us(s.read)}, scoring ${us(s.score)}, writing the CSV line ${us(s.csv)}, the JSON line ${us(s.json)}, ` +
    `adding to the team summary ${us(s.summary)}` +
    (s.loop === undefined
      ? ""
      : `; reading and scoring through the batch's own loop, without output, ${us(s.loop)} (reading alone on its first pass, as one batch meets it, ${us(s.readFirst)})`) +
    "; the rest of a batch's run is Node's start-up and the streams between these stages."
  );
}

export async function figures(root, settings, log) {
  const out = [];
  const wants = (part) => settings.only.has(part);
  let startup = null;
  if (wants("startup") || wants("run")) {
    startup = await measureStartup(root, {
      runs: settings.runs,
      log,
      pty: wants("run"),
    });
    if (wants("startup")) {
      out.push(...startupFigures(startup));
      details.push(...startupLines(startup));
    }
    if (wants("run")) out.push(runFigure(startup, true));
  }
  if (wants("batch")) {
    const batch = await measureBatch(root, settings, log);
    out.push(...batchFigures(batch, settings));
    if (batch.stages) details.push(stagesLine(batch.stages));
  }
  if (wants("answer")) out.push(answerFigure(await measureAnswers(root, log)));
  return out;
}
