// A due check-in is mentioned once a day at most: the day it was last mentioned is kept in
// reminded.json, replaced in one step. A damaged file counts as "not mentioned yet today".
import { ensurePrivateDir, PRIVATE_FILE, writeFileAtomically } from "./files.ts";
import type { DataPaths } from "./paths.ts";
import { checkFolders, readPrivate } from "./safe-open.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day ("2025-03-02") a due check-in was last mentioned, if any. */
export function lastReminded(paths: DataPaths): string | undefined {
  checkFolders(paths.dir);
  const text = readPrivate(paths.reminded);
  if (text === undefined) return undefined;
  try {
    const day = (JSON.parse(text) as { day?: unknown }).day;
    return typeof day === "string" && DAY.test(day) ? day : undefined;
  } catch {
    return undefined;
  }
}

export function markReminded(paths: DataPaths, day: string): void {
  checkFolders(paths.dir);
  ensurePrivateDir(paths.dir);
  writeFileAtomically(paths.reminded, `${JSON.stringify({ v: 1, day })}\n`, PRIVATE_FILE);
}
