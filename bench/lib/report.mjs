// The figures as a table on the console and as docs/performance.md.
import { writeFileSync } from "node:fs";

const STATUS = { met: "met", missed: "not met", skipped: "skipped" };

export function statusOf(f) {
  if (f.skipped) return STATUS.skipped;
  return f.ok ? STATUS.met : STATUS.missed;
}

export function printFigures(figures, log) {
  const w = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    const status = statusOf(f);
    const detail = f.skipped ? f.skipped : `${f.measured}${f.ratio ? `  → ${f.ratio}` : ""}`;
    log(`${f.name.padEnd(w)}  goal ${f.goal}: ${detail}  [${status}]`);
  }
}

const cell = (s) => String(s).replace(/\|/g, "\\|");

export function writeReport(file, { machine, figures, settings, held, how, details = [] }) {
  const rows = figures.map((f) =>
    [
      f.name,
      f.goal,
      f.skipped ? "—" : f.measured,
      f.skipped ? "—" : (f.ratio ?? ""),
      f.skipped ? `skipped: ${f.skipped}` : statusOf(f),
    ]
      .map(cell)
      .join(" | "),
  );
  const missed = figures.filter((f) => !f.skipped && !f.ok);
  const reasons = missed.map((f) => `- **${f.name}**: ${held[f.id] ?? "see the figures above."}`);
  const text = [
    "# Performance",
    "",
    "Written by `npm run bench`; do not edit by hand. Every figure is the median of several",
    "runs, and each ratio compares two medians measured side by side in the same run.",
    "",
    `- Date: ${machine.date}`,
    `- Node: ${machine.node}`,
    `- Machine: ${machine.cpu}, ${machine.memory}, ${machine.os}`,
    `- Settings: ${settings}`,
    "- Reproduce: `npm run bench` (add `-- --quick` for a shorter run, `-- --help` for the options)",
    "",
    "| figure | goal | measured | ratio | status |",
    "|---|---|---|---|---|",
    ...rows.map((r) => `| ${r} |`),
    "",
    "## What holds back the goals not reached",
    "",
    ...(reasons.length ? reasons : ["Every goal measured in this run is reached."]),
    "",
    ...(details.length ? ["## Details", "", ...details.map((d) => `- ${d}`), ""] : []),
    "## How each figure is measured",
    "",
    ...how.map((line) => `- ${line}`),
    "",
  ].join("\n");
  writeFileSync(file, text);
}
