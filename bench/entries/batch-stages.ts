// Where a batch's time goes, stage by stage, in one process: reading the CSV into answer
// sheets, scoring them, writing their CSV lines and JSON lines, and adding them to the team
// summary; then reading and scoring together through the batch's own loop (runBatch, with a
// signal as the command gives it, and no output), which adds what the stream of units
// between them costs.
// Microseconds per respondent (processor time for reading and the loop, the clock around
// each call for the others), the fastest of a few passes over the same rows; `readFirst`,
// the first pass, is what one batch meets, before V8 has optimised the reading code.
import { createReadStream } from "node:fs";
import { csvUnits } from "../../src/batch/input/csv.ts";
import { CsvRecords } from "../../src/batch/output/csv-records.ts";
import { JsonRecords } from "../../src/batch/output/json-records.ts";
import { runBatch } from "../../src/batch/pipeline.ts";
import { SummaryAccumulator } from "../../src/batch/stats/summary.ts";
import type { Entry } from "../../src/batch/types.ts";
import { sheetScorer } from "../../src/engine/compiled/index.ts";
import { loadQuestionnaire } from "../../src/load/questionnaire.ts";
import type { Model } from "../../src/model/model.ts";
import { PLAIN_CSV } from "../../src/render/csv.ts";

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** Reads the CSV; `keep` is given each entry. */
async function readAll(csv: string, model: Model, keep: (e: Entry) => void): Promise<void> {
  for await (const run of csvUnits(createReadStream(csv), csv, { model, lang: "en" }))
    for (const unit of run) if (unit.kind === "entry") keep(unit.entry);
}

export async function stages(questionnaire: string, csv: string, passes = 5) {
  const model = await loadQuestionnaire(questionnaire, "en");
  // Reading as a batch reads, each entry let go once handled: keeping them all would time
  // the garbage collector moving them to the old generation.
  let read = Number.POSITIVE_INFINITY;
  let readFirst = 0;
  for (let p = 0; p < passes; p++) {
    const start = cpu();
    let n = 0;
    await readAll(csv, model, () => n++);
    read = Math.min(read, (cpu() - start) / n);
    if (p === 0) readFirst = read;
  }
  const entries: Entry[] = [];
  await readAll(csv, model, (e) => entries.push(e));
  const rows = entries.length;
  const sheetOf = sheetScorer(model);
  const json = new JsonRecords(model);
  const csvOut = new CsvRecords(model, PLAIN_CSV);
  const best = {
    score: Number.POSITIVE_INFINITY,
    csv: Number.POSITIVE_INFINITY,
    json: Number.POSITIVE_INFINITY,
    summary: Number.POSITIVE_INFINITY,
  };
  for (let p = 0; p < passes; p++) {
    const summary = new SummaryAccumulator(model, false);
    const spent = { score: 0, csv: 0, json: 0, summary: 0 };
    for (const e of entries) {
      const t0 = performance.now();
      const s = {
        entry: e,
        participant: e.participant,
        sheet: sheetOf(e, e.participant),
      };
      const t1 = performance.now();
      csvOut.add(s, true);
      csvOut.take(64 * 1024);
      const t2 = performance.now();
      json.add("", s, true, "\n");
      json.take(64 * 1024);
      const t3 = performance.now();
      summary.add(s);
      const t4 = performance.now();
      spent.score += t1 - t0;
      spent.csv += t2 - t1;
      spent.json += t3 - t2;
      spent.summary += t4 - t3;
    }
    for (const k of ["score", "csv", "json", "summary"] as const)
      best[k] = Math.min(best[k], (spent[k] * 1000) / rows);
  }
  let loop = Number.POSITIVE_INFINITY;
  for (let p = 0; p < passes; p++) {
    const start = cpu();
    const units = csvUnits(createReadStream(csv), csv, { model, lang: "en" });
    const tally = await runBatch(units, [], {
      model,
      lang: "en",
      signal: new AbortController().signal,
    });
    loop = Math.min(loop, (cpu() - start) / tally.scored);
  }
  return { rows, read, readFirst, ...best, loop };
}
