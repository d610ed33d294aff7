// Append-only JSON Lines files of the data folder (the history, the commitments). An append
// is one write() on a file opened O_APPEND, then fsync: a crash or a full disk can cut only
// the line being written, never an older one, and the next append starts on a fresh line.
// Every line read back is validated in depth by its caller's schema: a damaged one is
// skipped and counted, never fatal.
import { closeSync, fchmodSync, fstatSync, fsyncSync, readSync, writeSync } from "node:fs";
import { storeError } from "./errors.ts";
import { ensurePrivateDir, PRIVATE_FILE, writeFileAtomically } from "./files.ts";
import { APPEND, checkFolders, openPrivate, readPrivate } from "./safe-open.ts";

export interface LinesRead<T> {
  records: T[];
  /** Line numbers (1-based) that could not be read: a torn last line, or damage. */
  skipped: number[];
}

const NEWLINE = 0x0a;

/** Appends `value` as one line of `file`, in the data folder `dir` (made 0700 if missing). */
export function appendLine(dir: string, file: string, value: unknown): void {
  checkFolders(dir);
  ensurePrivateDir(dir);
  let fd: number | undefined;
  try {
    fd = openPrivate(file, APPEND, PRIVATE_FILE);
    fchmodSync(fd, PRIVATE_FILE);
    const size = fstatSync(fd).size;
    let lead = "";
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      // A line cut short by a crash must not swallow this one.
      if (last[0] !== NEWLINE) lead = "\n";
    }
    const bytes = Buffer.from(`${lead}${JSON.stringify(value)}\n`, "utf8");
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } catch (e) {
    throw storeError(e, file);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Every line `parse` accepts, in file order; the others are counted as skipped. */
export function readLines<T>(
  dir: string,
  file: string,
  parse: (value: unknown) => T | undefined,
): LinesRead<T> {
  checkFolders(dir);
  const records: T[] = [];
  const skipped: number[] = [];
  (readPrivate(file)?.split("\n") ?? []).forEach((line, i) => {
    if (line.trim() === "") return;
    let record: T | undefined;
    try {
      record = parse(JSON.parse(line));
    } catch {
      record = undefined;
    }
    if (record === undefined) skipped.push(i + 1);
    else records.push(record);
  });
  return { records, skipped };
}

/** Rewrites `file` in one step (temp file + rename) with `records`, one per line. */
export function rewriteLines(file: string, records: readonly unknown[]): void {
  writeFileAtomically(file, records.map((r) => `${JSON.stringify(r)}\n`).join(""), PRIVATE_FILE);
}
