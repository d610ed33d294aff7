// The table a coach keeps to hand results back: each pseudonym of --pseudonymize and the
// name it stands for, in a private file (0600) beside the key. Each run adds its people to
// the table already there, so one table serves every run made with the same key.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { unInert } from "../../csv/formula.ts";
import { csvRecords, newOutcome } from "../../csv/read.ts";
import { writeWhole } from "../../io/write.ts";
import { csvLine } from "../../render/csv.ts";
import { PRIVATE_FILE } from "../../store/files.ts";
import type { Sink } from "../types.ts";

export const TABLE_FILE_NAME = "pseudonyms.csv";
const HEADER = ["pseudonym", "participant"];

/** Where the table of a key goes: in the key's folder. */
export const tableFileOf = (keyFile: string): string => join(dirname(keyFile), TABLE_FILE_NAME);

/** The pairs of an existing table, pseudonym → name; none when there is no table yet. */
export async function readTable(path: string): Promise<Map<string, string>> {
  const pairs = new Map<string, string>();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return pairs;
    throw e;
  }
  let first = true;
  for await (const { cells } of csvRecords(Readable.from([bytes]), newOutcome())) {
    if (first) {
      first = false;
      continue;
    }
    const [pseudonym, name] = cells.map(unInert);
    if (pseudonym && name !== undefined) pairs.set(pseudonym, name);
  }
  return pairs;
}

export interface TableSink extends Sink {
  /** How many people the table holds once written. */
  size(): number;
}

/** Remembers each scored person's pseudonym; writes the table when the batch is complete. */
export function pseudonymTableSink(path: string): TableSink {
  const pairs = new Map<string, string>();
  let size = 0;
  return {
    scored({ entry, participant }) {
      pairs.set(participant, entry.participant);
    },
    async commit() {
      const table = await readTable(path);
      for (const [pseudonym, name] of pairs) table.set(pseudonym, name);
      const rows = [...table].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
      size = rows.length;
      const text = csvLine(HEADER) + rows.map((r) => csvLine(r)).join("");
      // Replaced in one step, never written into: a FIFO in its place gets no names.
      await writeWhole(path, text, { mode: PRIVATE_FILE, name: path, replaceOnly: true });
    },
    size: () => size,
  };
}
