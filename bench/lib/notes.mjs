// The words of docs/performance.md that do not change from run to run: how each figure is
// measured, and, for a goal not reached, what holds it back (from profiling the code).

export const HOW = [
  "Start-up: each command is launched with `spawnSync`, the commands taking turns round after round (two warm-up rounds first), with `REFLET_HOME` in a fresh folder, `NO_COLOR=1` and `REFLET_LANG=en`; the time is from launch to exit. `node -e 0` runs in the same rounds, so a noisy machine weighs on both sides of each ratio.",
  "Questionnaires already checked are kept between runs (`src/load/cache.ts`, keyed by the file's content and the build), so `list`, `score`, `run` and `validate` are measured as a person meets them from the third run on; the warm-up rounds are the first two. `validate` answers from the cache only for a text the same build found valid (its warnings are kept with it); a second `validate` figure has every file checked in full, as after an edit or on a machine that never ran reflet: copies of the files whose last line (a comment) changes before each run; a third, in Details, has one of three copies changed before each run. The program's compiled code is kept between runs too (`src/cli/code-cache.ts`, per command), by the first run that did not have to check its questionnaire in full (the second, for a person), and is there in every timed run, as it is for a person from then on. Where the time goes: each command run 5 times under V8's sampling profiler (`bench/lib/startup-profile.mjs`), each sample put in one bin by its call stack; the stages of a full check timed in a fresh process (`bench/entries/check-stages.ts`).",
  "`reflet validate` checks every file of `questionnaires/`; `reflet score` reads an answers file that answers every question of `defauts-acceptables`.",
  "First question: `reflet run defauts-acceptables --no-save` in a pseudo-terminal (@lydell/node-pty, 240 columns), timed until the first question's words appear on the screen; `node -e 0` in the same pseudo-terminal, timed until it exits.",
  "Batch: an IPIP-NEO-style questionnaire (5 domains, 30 facets, 120 items, 40% reverse-keyed; `bench/lib/ipip.mjs`) and seeded respondents (`bench/lib/csv-gen.mjs`) generated into `bench/data/`. `reflet batch ipip-bench.yaml respondents.csv --format csv|jsonl|json --summary summary.json`, and `--format csv --excel`, with results on stdout to a file, in one thread, against its peers on the same CSV, every side taking turns in each round, each run started after `sync` has sent the previous run's writes to the disk (outside the time): the idiomatic pandas script for each format (`bench/peers/pandas_csv.py`, `bench/peers/pandas_jsonl.py`, `bench/peers/pandas_json.py`: `read_csv` with 8-bit integers, reverse keys and one matrix product in numpy, levels as `pd.Categorical.from_codes`, then `to_csv`, `to_json(lines=True)` or `to_json(orient=\"records\")`) and the same in DuckDB SQL through its npm package `@duckdb/node-api` (`bench/peers/duckdb.mjs`: `read_csv`, one `SELECT` of sums and `CASE` levels, `COPY … TO` CSV, JSON or JSON with `ARRAY true`, `var_samp` for alpha). The peers have no CSV for Excel: reflet's `--excel` figure is set against their CSV figures of the same round. Every side computes each domain's and facet's sum of keyed items, its level (mean item value below 2.5 low, above 3.5 high, else neutral) and Cronbach's alpha per domain; every row and alpha of reflet's last output is compared with each peer's. reflet writes its documented record (every target's id, kind, parent, status, score, percent and band), the peers a flat row of sums and levels.",
  "Memory: peak resident set size, read by the measured process itself as it exits (`bench/rss-probe.cjs`, preloaded with `NODE_OPTIONS=--require`; Python's `resource.getrusage` for pandas, `process.resourceUsage` for DuckDB, which runs in the Node process).",
  "Work per answer: in-process (`bench/entries/answer-step.ts`), five sessions of `defauts-acceptables` through the real session, checkpoint (written and fsynced to a temporary folder) and Inquirer prompt rendered on a virtual screen (@inquirer/testing), from one answer to the next question drawn. The goal is judged on the slowest answer, by the clock: processor time, shown beside it, also counts V8's helper threads and can exceed it.",
];

export const HELD = {
  version:
    "Node's own start-up is nearly all of it; reflet reads its version and writes one line. On a busy machine this ratio swings by a few hundredths from run to run.",
  list: "Listing compiles every questionnaire found from the cache; without it (first run, or files just edited), parsing and validating the YAML costs several times Node's start-up.",
  validate:
    "A file this build found valid before is answered from the cache without loading the YAML reader or the schema: what remains is Node's start-up, reading the program and its compiled code, and running it (see Details).",
  "validate-edited":
    "A file just edited is checked in full, cold, in a fresh process, its code run by V8's interpreter and baseline compiler (the optimising compiler is off during a full check: src/io/v8-flags.ts): reading its YAML, the schema's plan (zod is loaded only for a file that plan refuses), compiling the model and the semantic checks (conditions that can never hold, bands, test cases) and the warnings, for some 210 kB of YAML in the built-ins (see Details). Much of that time is memory met for the first time: the young generation's pages and the data each collection keeps (a fresh page costs this machine some 14 µs, a page used again 0.2 µs).",
  score:
    "A JSON answers file that JSON.parse reads exactly and whose answers are all accepted is scored without the YAML reader and the schema, and the questionnaire comes from the cache; what remains is Node's start-up, reading the program (one file) and the code V8 compiled for the command the time before, which V8 loads instead of compiling, and running the command: building that command, reading the questionnaire from the cache, scoring; Node's own modules and chalk are loaded only when used, and V8 collects young garbage twice on the way (see Details).",
  run: "Before the first question, Node loads Inquirer, the session and the profile code; the questionnaire itself comes from the cache.",
  "peers-csv":
    "reflet reads each CSV line into answers, scores 35 dimensions and facets, writes the documented record (score, percent, band and status of each) and updates the team summary, for every respondent, in JavaScript (see Details), where pandas and DuckDB do their arithmetic column by column in compiled code and write a flat row of sums and levels.",
  "peers-jsonl":
    "As for CSV, with about 3.6 kB of JSON a respondent for reflet's record against some 1.2 kB for the peers' flat line. The ratio sits at its goal: on this machine, runs of the same build one after the other vary by up to a third, processor time included, so one full run meets it and the next does not.",
  "peers-json":
    "As for JSON Lines: the same records, in one array, and the same variation from run to run.",
  "peers-excel":
    "As for CSV, with semicolons, decimal commas and the bands' labels in the language of the run, set against the peers' plain CSV.",
  "equal-csv": "The outputs differ: this is a bug to fix before any timing counts.",
  "equal-jsonl": "The outputs differ: this is a bug to fix before any timing counts.",
  "equal-json": "The outputs differ: this is a bug to fix before any timing counts.",
  "equal-excel": "The outputs differ: this is a bug to fix before any timing counts.",
  rss: "Node itself takes about 40 MB before reading a row; the rest is V8's heap between two collections (kept near the live data by batch's heap settings, src/batch/heap.ts) and the set of ids seen.",
  "rss-big":
    'Node itself takes about 40 MB before reading a row; on top, V8\'s heap between two collections, and the participant ids seen, kept to refuse a second answer sheet of the same person: 4 bytes an id of a prefix and a number ("p000123", so some 4 MB for a million), about 20 bytes any other id.',
  linear: "Time per respondent grows with the number of respondents.",
  answer:
    "The slowest answers are the first ones, while the code is still cold, and the checkpoint written (and fsynced) after every answer.",
};
