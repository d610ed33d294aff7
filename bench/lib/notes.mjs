// The words of docs/performance.md that do not change from run to run: how each figure is
// measured, and, for a goal not reached, what holds it back (from profiling the code).

export const HOW = [
  "Start-up: each command is launched with `spawnSync`, the five commands taking turns round after round (one warm-up round first), with `REFLET_HOME` in a fresh folder, `NO_COLOR=1` and `REFLET_LANG=en`; the time is from launch to exit. `node -e 0` runs in the same rounds, so a noisy machine weighs on both sides of each ratio.",
  "`reflet validate` checks every file of `questionnaires/`; `reflet score` reads an answers file that answers every question of `defauts-acceptables`.",
  "First question: `reflet run defauts-acceptables --no-save` in a pseudo-terminal (@lydell/node-pty, 240 columns), timed until the first question's words appear on the screen; `node -e 0` in the same pseudo-terminal, timed until it exits.",
  "Batch: an IPIP-NEO-style questionnaire (5 domains, 30 facets, 120 items, 40% reverse-keyed; `bench/lib/ipip.mjs`) and seeded respondents (`bench/lib/csv-gen.mjs`) generated into `bench/data/`. `reflet batch ipip-bench.yaml respondents.csv --format jsonl --summary summary.json` with results on stdout to a file, against `bench/pandas_score.py` (Debian's python3-pandas) on the same CSV, taking turns. Both compute each domain's and facet's sum of keyed items, its level (mean item value below 2.5 low, above 3.5 high, else neutral) and Cronbach's alpha per domain; every line and alpha of the two outputs is compared.",
  "Memory: peak resident set size, read by the measured process itself as it exits (`bench/rss-probe.cjs`, preloaded with `NODE_OPTIONS=--require`; Python's `resource.getrusage` for pandas).",
  "Work per answer: in-process (`bench/entries/answer-step.ts`), five sessions of `defauts-acceptables` through the real session, checkpoint (written and fsynced to a temporary folder) and Inquirer prompt rendered on a virtual screen (@inquirer/testing), from one answer to the next question drawn. The goal is judged on processor time; the wall-clock time, which adds the wait for the disk, is shown beside it.",
];

export const HELD = {
  version:
    "Node's own start-up is most of it; reflet reads package.json and writes one line. A busy machine makes this ratio swing by a few hundredths from run to run.",
  list: "Listing reads every questionnaire found: YAML parsing (the `yaml` package, cold code in a fresh process) and schema validation (zod) of each file come on top of Node's start-up.",
  validate:
    "Validation parses and checks every file from scratch: the YAML parser running cold, the zod schema and the semantic checks cost more than Node's own start-up for the three built-in questionnaires (about 150 kB of YAML).",
  score:
    "Scoring needs the questionnaire and the answers file parsed and validated: the YAML parser and zod are loaded and run, cold, on about 50 kB of YAML.",
  run: "Before the first question, the questionnaire is parsed and validated (YAML, zod) and Inquirer is loaded.",
  pandas:
    "See the batch stages below: reading the CSV, scoring, writing about 3.6 kB of JSON per respondent and the summary all run in one JavaScript thread, where pandas works column by column in C.",
  equal: "The two outputs differ: this is a bug to fix before any timing counts.",
  rss: "The heap grows with the garbage a batch makes faster than V8 collects it.",
  "rss-big": "The heap grows with the garbage a batch makes faster than V8 collects it.",
  linear: "Time per respondent grows with the number of respondents.",
  answer:
    "The slowest answers are the first ones, while the code is still cold, and the checkpoint written (and fsynced) after every answer.",
};
