// A child process for the store tests, bundled by them with esbuild: writes to the data
// folder in a loop with the real store, and prints each id once it is safely written.
// `append TAG [COUNT]` adds history entries; `checkpoint TAG [COUNT]` replaces a checkpoint.
import { writeSync } from "node:fs";
import { saveCheckpoint } from "../../../src/store/checkpoint.ts";
import { appendEntry } from "../../../src/store/history.ts";
import { dataPaths } from "../../../src/store/paths.ts";
import { checkpoint, entry } from "./store-writer-data.ts";

const [mode, tag, count] = process.argv.slice(2);
const paths = dataPaths(process.env, process.cwd());
// Big enough that a write takes a while, so that kills land inside writes too.
const padding = "x".repeat(Number(process.env.REFLET_TEST_PAD ?? 20_000));
const limit = count === undefined ? Number.POSITIVE_INFINITY : Number(count);

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
  if (mode === "append") appendEntry(paths, entry(id, padding));
  else saveCheckpoint(paths, checkpoint(id, padding));
  acknowledge(`${id}\n`);
}
