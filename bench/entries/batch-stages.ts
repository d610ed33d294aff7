// Where a batch's time goes, stage by stage, in one process: reading the CSV into answer
// sheets, scoring them, writing their CSV lines and JSON lines, and adding them to the team
// summary.
// Microseconds per respondent (processor time for reading, the clock around each call for
// the others), the fastest of a few passes over the same rows.
import { createReadStream } from "node:fs";
import { csvUnits } from "../../src/batch/input/csv.ts";
import { CsvRecords } from "../../src/batch/output/csv-records.ts";
import { JsonRecords } from "../../src/batch/output/json-records.ts";
import { SummaryAccumulator } from "../../src/batch/stats/summary.ts";
import type { Entry } from "../../src/batch/types.ts";
import { sheetScorer } from "../../src/engine/compiled/index.ts";
import { loadQuestionnaire } from "../../src/load/questionnaire.ts";
import { PLAIN_CSV } from "../../src/render/csv.ts";

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

export async function stages(questionnaire: string, csv: string, passes = 5) {
  const model = await loadQuestionnaire(questionnaire, "en");
  let entries: Entry[] = [];
  let read = Number.POSITIVE_INFINITY;
  for (let p = 0; p < passes; p++) {
    const start = cpu();
    const got: Entry[] = [];
    for await (const run of csvUnits(createReadStream(csv), csv, { model, lang: "en" }))
      for (const unit of run) if (unit.kind === "entry") got.push(unit.entry);
    read = Math.min(read, (cpu() - start) / got.length);
    entries = got;
  }
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
  return { rows, read, ...best };
}
