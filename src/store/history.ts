// The history: append-only JSON Lines (jsonl.ts), one result per line. Every line read back
// is validated in depth (records.ts): a damaged one is skipped and counted, never fatal.
import { rmSync } from "node:fs";
import { forgetSessions } from "./checkpoint.ts";
import { forgetAllCommitments } from "./commitments.ts";
import type { HistoryEntry } from "./entry.ts";
import { storeError } from "./errors.ts";
import { introsFile } from "./intros.ts";
import { appendLine, readLines, rewriteLines } from "./jsonl.ts";
import type { DataPaths } from "./paths.ts";
import { Entry, shaped } from "./records.ts";

export interface HistoryRead {
  entries: HistoryEntry[];
  /** Line numbers (1-based) that could not be read: a torn last line, or damage. */
  skipped: number[];
}

export function appendEntry(paths: DataPaths, entry: HistoryEntry): void {
  appendLine(paths.dir, paths.history, entry);
}

/** Every readable entry, oldest first; unreadable lines are skipped and reported, never fatal. */
export function readHistory(paths: DataPaths): HistoryRead {
  const { records, skipped } = readLines(paths.dir, paths.history, (v) => shaped(Entry, v));
  return { entries: records, skipped };
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
  rewriteLines(paths.history, kept);
  return removed;
}

/**
 * Erases the whole history file, every commitment and check-in, and every saved session (the
 * locks of open ones stay).
 */
export function forgetAll(paths: DataPaths): number {
  const { entries } = readHistory(paths);
  forgetSessions(paths);
  forgetAllCommitments(paths);
  try {
    rmSync(paths.history, { force: true });
    rmSync(introsFile(paths), { force: true });
  } catch (e) {
    throw storeError(e, paths.dir);
  }
  return entries.length;
}
