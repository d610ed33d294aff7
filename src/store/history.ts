// The history: append-only JSON Lines, one result per line. An append is one write() on a
// file opened O_APPEND, then fsync: a crash or a full disk can cut only the line being
// written, never an older one, and the next append starts on a fresh line. Every line read
// back is validated in depth (records.ts): a damaged one is skipped and counted, never fatal.
import { closeSync, fchmodSync, fstatSync, fsyncSync, readSync, rmSync, writeSync } from "node:fs";
import { forgetSessions } from "./checkpoint.ts";
import type { HistoryEntry } from "./entry.ts";
import { storeError } from "./errors.ts";
import { ensurePrivateDir, PRIVATE_FILE, writeFileAtomically } from "./files.ts";
import { introsFile } from "./intros.ts";
import type { DataPaths } from "./paths.ts";
import { Entry, shaped } from "./records.ts";
import { APPEND, checkFolders, openPrivate, readPrivate } from "./safe-open.ts";

export interface HistoryRead {
  entries: HistoryEntry[];
  /** Line numbers (1-based) that could not be read: a torn last line, or damage. */
  skipped: number[];
}

const NEWLINE = 0x0a;

export function appendEntry(paths: DataPaths, entry: HistoryEntry): void {
  checkFolders(paths.dir);
  ensurePrivateDir(paths.dir);
  const file = paths.history;
  let fd: number | undefined;
  try {
    fd = openPrivate(file, APPEND, PRIVATE_FILE);
    fchmodSync(fd, PRIVATE_FILE);
    const size = fstatSync(fd).size;
    let lead = "";
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      // A line cut short by a crash must not swallow this entry.
      if (last[0] !== NEWLINE) lead = "\n";
    }
    const bytes = Buffer.from(`${lead}${JSON.stringify(entry)}\n`, "utf8");
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } catch (e) {
    throw storeError(e, file);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readLines(paths: DataPaths): string[] {
  checkFolders(paths.dir);
  return readPrivate(paths.history)?.split("\n") ?? [];
}

function parseLine(line: string): HistoryEntry | undefined {
  try {
    return shaped(Entry, JSON.parse(line));
  } catch {
    return undefined;
  }
}

/** Every readable entry, oldest first; unreadable lines are skipped and reported, never fatal. */
export function readHistory(paths: DataPaths): HistoryRead {
  const entries: HistoryEntry[] = [];
  const skipped: number[] = [];
  readLines(paths).forEach((line, i) => {
    if (line.trim() === "") return;
    const entry = parseLine(line);
    if (entry) entries.push(entry);
    else skipped.push(i + 1);
  });
  return { entries, skipped };
}

/** The latest entry of a questionnaire, or undefined. */
export function lastEntryOf(
  entries: readonly HistoryEntry[],
  questionnaire: string,
): HistoryEntry | undefined {
  return entries.findLast((e) => e.questionnaire.id === questionnaire);
}

/**
 * Erases the entries `erase` picks, by rewriting the file in one step (temp file + rename).
 * Unreadable lines go too: they hold nothing that can be shown. Returns how many entries went.
 */
export function forgetEntries(paths: DataPaths, erase: (e: HistoryEntry) => boolean): number {
  const { entries } = readHistory(paths);
  const kept = entries.filter((e) => !erase(e));
  const removed = entries.length - kept.length;
  if (entries.length === 0) return 0;
  writeFileAtomically(
    paths.history,
    kept.map((e) => `${JSON.stringify(e)}\n`).join(""),
    PRIVATE_FILE,
  );
  return removed;
}

/** Erases the whole history file and every saved session (the locks of open ones stay). */
export function forgetAll(paths: DataPaths): number {
  const { entries } = readHistory(paths);
  forgetSessions(paths);
  try {
    rmSync(paths.history, { force: true });
    rmSync(introsFile(paths), { force: true });
  } catch (e) {
    throw storeError(e, paths.dir);
  }
  return entries.length;
}
