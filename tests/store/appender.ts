// A child process for the crash tests: appends history entries, forever or N times.
// Built with esbuild by the tests, run with node: `appender.js loop|count N tag`.
import type { HistoryEntry } from "../../src/store/entry.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";

export function entry(id: string, size: number): HistoryEntry {
  return {
    v: 1,
    id,
    date: new Date(0).toISOString(),
    lang: "en",
    questionnaire: { id: "desk", version: "1", hash: "h", title: "At the desk" },
    names: { calm: "Calm" },
    bands: {},
    result: {
      schemaVersion: 1,
      questionnaire: { id: "desk", version: "1", hash: "h" },
      participant: null,
      answered: 0,
      shown: 0,
      dimensions: [],
      profile: null,
      advice: [],
      flags: [],
      strengths: [],
      watch: [],
      lowInformation: null,
      withheld: [],
      notApplicable: [],
    },
    notes: [{ item: "note", question: "?", text: "x".repeat(size) }],
  };
}

const [mode, count, tag] = process.argv.slice(2);
if (mode === "loop" || mode === "count") {
  const paths = dataPaths(process.env, process.cwd());
  process.stdout.write("ready\n");
  const n = mode === "loop" ? Number.POSITIVE_INFINITY : Number(count);
  for (let i = 0; i < n; i++) appendEntry(paths, entry(`${tag}-${i}`, 2_000 + (i % 7) * 900));
}
