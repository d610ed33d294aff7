// Where a batch's time goes, stage by stage, in one process: reading the CSV into answer
// sheets, scoring them (the engine's score() and the compiled scorer), turning results into
// JSON Lines, and the team summary. CPU microseconds per respondent, median of a few passes.
import { createReadStream } from "node:fs";
import { csvUnits } from "../../src/batch/csv-input.ts";
import { toRecord } from "../../src/batch/record.ts";
import { SummaryAccumulator } from "../../src/batch/summary.ts";
import type { Entry, Scored } from "../../src/batch/types.ts";
import { compileScorer } from "../../src/engine/compiled.ts";
import { score } from "../../src/engine/score.ts";
import { loadQuestionnaire } from "../../src/load/questionnaire.ts";
import { sanitizeJson } from "../../src/term/sanitize.ts";

function cpu(run: () => void, rows: number, passes: number): number {
  const times: number[] = [];
  for (let p = 0; p < passes; p++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / rows);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

export async function stages(questionnaire: string, csv: string, passes = 3) {
  const model = await loadQuestionnaire(questionnaire, "en");
  const entries: Entry[] = [];
  const readStart = process.cpuUsage();
  for await (const unit of csvUnits(createReadStream(csv), csv, { model, lang: "en" })) {
    if (unit.kind === "entry") entries.push(unit.entry);
  }
  const read = process.cpuUsage(readStart);
  const rows = entries.length;
  const scorer = compileScorer(model);
  let scored: Scored[] = [];
  const out: Record<string, number> = { rows, read: (read.user + read.system) / rows };
  const few = entries.slice(0, Math.min(rows, 2000));
  out.engine = cpu(
    () => {
      for (const e of few) score(model, e.answers, { participant: e.participant });
    },
    few.length,
    passes,
  );
  out.compiled = cpu(
    () => {
      scored = entries.map((entry) => ({
        entry,
        participant: entry.participant,
        result: scorer(entry.answers, { participant: entry.participant }),
      }));
    },
    rows,
    passes,
  );
  out.json = cpu(
    () => {
      for (const s of scored) sanitizeJson(JSON.stringify(toRecord(s, true)));
    },
    rows,
    passes,
  );
  out.summary = cpu(
    () => {
      const acc = new SummaryAccumulator(model, false);
      for (const s of scored) acc.add(s);
      acc.finish({ scored: rows, rejected: 0, flagged: 0 }, 5);
    },
    rows,
    passes,
  );
  return out;
}
