// How far a batch has read its inputs, in bytes: what the progress line turns into a
// percentage and a time left. Known only when every input is a file (not standard input).
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Source } from "./inputs.ts";

export interface ReadSoFar {
  /** Bytes of all inputs; null when one of them (standard input) has no size. */
  total: number | null;
  done: number;
}

export async function inputSize(sources: readonly Source[], cwd: string): Promise<ReadSoFar> {
  let total: number | null = 0;
  for (const s of sources) {
    if (s.kind === "stdin") total = null;
    if (total === null || !("file" in s)) continue;
    try {
      const found = await stat(resolve(cwd, s.file));
      total = found.isFile() ? total + found.size : null;
    } catch {
      // A file that cannot be read is rejected when its turn comes; it has nothing to read.
    }
  }
  return { total, done: 0 };
}

/** The chunks of `bytes`, counted into `read` as they pass. */
export async function* counted(
  bytes: AsyncIterable<Uint8Array>,
  read: ReadSoFar | undefined,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of bytes) {
    if (read) read.done += chunk.length;
    yield chunk;
  }
}
