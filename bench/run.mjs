// `npm run bench`: measures every performance goal of reflet, prints the medians and the
// ratios, and writes them to docs/performance.md. The build runs first (package.json).
import { join } from "node:path";
import { parseArgs } from "node:util";
import { details, figures } from "./lib/figures.mjs";
import { machine } from "./lib/machine.mjs";
import { HELD, HOW } from "./lib/notes.mjs";
import { printFigures, writeReport } from "./lib/report.mjs";

const USAGE = `usage: npm run bench [-- options]

  --quick          fewer runs and 10,000 respondents instead of 100,000, no 1,000,000 run
  --runs N         runs of each start-up figure (default 15; --quick: 5)
  --batch-runs N   runs of each batch figure (default 3; --quick: 1)
  --rows N         respondents in the main batch figure (default 100000)
  --big N          respondents in the memory and linearity figures (default 1000000; 0: skip)
  --only LIST      some of: startup, run, batch, answer (comma-separated)
  --no-write       print only; leave docs/performance.md as it is
  --help           this text`;

const { values: o } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    runs: { type: "string" },
    "batch-runs": { type: "string" },
    rows: { type: "string" },
    big: { type: "string" },
    only: { type: "string" },
    "no-write": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (o.help) {
  console.log(USAGE);
  process.exit(0);
}

const int = (v, fallback) => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`bench: not a whole number: ${v}\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
};

const settings = {
  runs: int(o.runs, o.quick ? 5 : 15),
  batchRuns: int(o["batch-runs"], o.quick ? 1 : 3),
  rows: int(o.rows, o.quick ? 10_000 : 100_000),
  big: int(o.big, o.quick ? 0 : 1_000_000),
  only: new Set((o.only ?? "startup,run,batch,answer").split(",").map((s) => s.trim())),
};
const root = join(import.meta.dirname, "..");
const log = (line) => console.error(`bench: ${line}`);

const list = await figures(root, settings, log);
console.log("");
printFigures(list, (line) => console.log(line));
for (const line of details) console.log(`\n${line}`);
if (!o["no-write"]) {
  const file = join(root, "docs", "performance.md");
  const said = [
    `${settings.runs} runs a start-up figure`,
    `${settings.batchRuns} a batch figure`,
    `${settings.rows.toLocaleString("en")} respondents`,
    settings.big ? `${settings.big.toLocaleString("en")} for memory and linearity` : "no large run",
  ].join(", ");
  writeReport(file, {
    machine: machine(),
    figures: list,
    settings: said,
    held: HELD,
    how: HOW,
    details,
  });
  log(`written: ${file}`);
}
