// A child process for the store tests, bundled by them with esbuild: writes to the data
// folder in a loop with the real store, and prints each id once it is safely written.
// `append TAG [COUNT]` adds history entries; `checkpoint TAG [COUNT]` replaces a checkpoint.
import { writeSync } from "node:fs";
import type { Checkpoint } from "../../../src/store/checkpoint.ts";
import { saveCheckpoint } from "../../../src/store/checkpoint.ts";
import type { HistoryEntry } from "../../../src/store/entry.ts";
import { appendEntry } from "../../../src/store/history.ts";
import { dataPaths } from "../../../src/store/paths.ts";

const [mode, tag, count] = process.argv.slice(2);
const paths = dataPaths(process.env, process.cwd());
// Big enough that a write takes a while, so that kills land inside writes too.
const padding = "x".repeat(Number(process.env.REFLET_TEST_PAD ?? 20_000));
const limit = count === undefined ? Number.POSITIVE_INFINITY : Number(count);

export const entry = (id: string): HistoryEntry =>
  ({
    v: 1,
    id,
    date: new Date(0).toISOString(),
    lang: "en",
    questionnaire: { id: "q", version: "1", hash: "h", title: "Q" },
    names: {},
    bands: {},
    result: { dimensions: [] },
    notes: [{ item: "note", question: "?", text: padding }],
  }) as unknown as HistoryEntry;

export const checkpoint = (id: string): Checkpoint => ({
  v: 1,
  questionnaire: "q",
  hash: "h",
  lang: "en",
  answers: { id, padding },
  position: null,
  savedAt: new Date(0).toISOString(),
});

/** Written before the next write starts: a pipe that is full for a moment is waited for. */
function acknowledge(line: string): void {
  const bytes = Buffer.from(line);
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(1, bytes, done);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
    }
  }
}

for (let i = 0; i < limit; i++) {
  const id = `${tag}-${i}`;
  if (mode === "append") appendEntry(paths, entry(id));
  else saveCheckpoint(paths, checkpoint(id));
  acknowledge(`${id}\n`);
}
