// Where a batch's time goes, stage by stage, in one process: reading the CSV into answer
// sheets, scoring them, writing their JSON lines and adding them to the team summary.
// Processor microseconds per respondent, the fastest of a few passes over the same rows.
import { createReadStream } from "node:fs";
import { csvUnits } from "../../src/batch/csv-input.ts";
import { batchScorer } from "../../src/batch/lean.ts";
import { LeanJson } from "../../src/batch/lean-json.ts";
import { SummaryAccumulator } from "../../src/batch/summary.ts";
import type { Entry, Scored } from "../../src/batch/types.ts";
import { loadQuestionnaire } from "../../src/load/questionnaire.ts";

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

function fastest(passes: number, rows: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let p = 0; p < passes; p++) {
    const start = cpu();
    run();
    best = Math.min(best, (cpu() - start) / rows);
  }
  return best;
}

export async function stages(questionnaire: string, csv: string, passes = 3) {
  const model = await loadQuestionnaire(questionnaire, "en");
  let entries: Entry[] = [];
  let read = Number.POSITIVE_INFINITY;
  for (let p = 0; p < passes; p++) {
    const start = cpu();
    const got: Entry[] = [];
    for await (const unit of csvUnits(createReadStream(csv), csv, { model, lang: "en" })) {
      if (unit.kind === "entry") got.push(unit.entry);
    }
    read = Math.min(read, (cpu() - start) / got.length);
    entries = got;
  }
  const rows = entries.length;
  const scoreOf = batchScorer(model);
  const json = new LeanJson(scoreOf(entries[0] as Entry, "").lean?.rows ?? fail());
  const each = (f: (s: Scored) => void) => () => {
    for (const e of entries) f(scoreOf(e, e.participant));
  };
  const score = fastest(
    passes,
    rows,
    each(() => {}),
  );
  const withJson = fastest(
    passes,
    rows,
    each((s) => {
      json.add("", s, s.lean ?? fail(), true, "\n");
      json.take(64 * 1024);
    }),
  );
  const summary = new SummaryAccumulator(model, false);
  const withSummary = fastest(
    passes,
    rows,
    each((s) => summary.add(s)),
  );
  return { rows, read, score, json: withJson - score, summary: withSummary - score };
}

function fail(): never {
  throw new Error("the benchmark's questionnaire does not compile");
}
