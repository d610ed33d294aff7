// commitments.jsonl: the commitments made at the end of a profile and their check-ins, kept
// as the history is (jsonl.ts: 0600, append-only, every line validated), and folded here into
// the state of each commitment. `reflet checkin` holds a lock while it asks, so that two
// terminals never check in on the same commitments at once.

import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Checkin, Commitment, ReflectionRecord } from "./commitment.ts";
import { ReflectionSchema } from "./commitment-records.ts";
import { storeError } from "./errors.ts";
import { ensurePrivateDir } from "./files.ts";
import { appendLine, readLines, rewriteLines } from "./jsonl.ts";
import { acquireLock, type LockAttempt } from "./lock.ts";
import type { DataPaths } from "./paths.ts";
import { shaped } from "./records.ts";
import { checkFolders } from "./safe-open.ts";

export interface CommitmentsRead {
  records: ReflectionRecord[];
  skipped: number[];
}

/** A commitment with what its check-ins made of it. */
export interface Tracked {
  commitment: Commitment;
  checkins: Checkin[];
  /** The wording now: the last "adjust" wins. */
  situation: string;
  action: string;
  /** When to check in next; null once dropped or done. */
  due: string | null;
  /** The last "next" answered: drop or done close it. */
  status: "open" | "dropped" | "done";
}

export function appendRecord(paths: DataPaths, record: ReflectionRecord): void {
  appendLine(paths.dir, paths.commitments, record);
}

export function readCommitments(paths: DataPaths): CommitmentsRead {
  return readLines(paths.dir, paths.commitments, (v) => shaped(ReflectionSchema, v));
}

/** Every commitment, oldest first, with its check-ins; check-ins of no commitment are left out. */
export function tracked(records: readonly ReflectionRecord[]): Tracked[] {
  const byId = new Map<string, Tracked>();
  for (const r of records) {
    if (r.kind === "commitment") {
      if (byId.has(r.id)) continue;
      byId.set(r.id, {
        commitment: r,
        checkins: [],
        situation: r.situation,
        action: r.action,
        due: r.due,
        status: "open",
      });
      continue;
    }
    const t = byId.get(r.commitment);
    if (t?.status !== "open") continue;
    t.checkins.push(r);
    t.due = r.due;
    if (r.plan) {
      t.situation = r.plan.situation;
      t.action = r.plan.action;
    }
    if (r.next === "drop") t.status = "dropped";
    if (r.next === "done") t.status = "done";
  }
  return [...byId.values()];
}

/** The open commitments whose check-in date has come, oldest first. */
export function dueAt(all: readonly Tracked[], now: Date): Tracked[] {
  return all.filter(
    (t) => t.status === "open" && t.due !== null && Date.parse(t.due) <= now.getTime(),
  );
}

/**
 * Erases the commitments `erase` picks, with their check-ins, by rewriting the file in one
 * step. Unreadable lines go too. Returns how many commitments went.
 */
export function forgetCommitments(paths: DataPaths, erase: (c: Commitment) => boolean): number {
  const { records } = readCommitments(paths);
  if (records.length === 0) return 0;
  const gone = new Set(records.flatMap((r) => (r.kind === "commitment" && erase(r) ? [r.id] : [])));
  const kept = records.filter((r) => !gone.has(r.kind === "commitment" ? r.id : r.commitment));
  rewriteLines(paths.commitments, kept);
  return gone.size;
}

/** Erases every commitment, check-in and reminder mark; the lock of a check-in still open stays. */
export function forgetAllCommitments(paths: DataPaths): void {
  checkFolders(paths.dir);
  for (const file of [paths.commitments, paths.reminded]) {
    try {
      rmSync(file, { force: true });
    } catch (e) {
      throw storeError(e, file);
    }
  }
}

const checkinLockFile = (paths: DataPaths) => join(paths.dir, "checkin.lock");

/** The lock of `reflet checkin`, or the live process that holds it. */
export async function lockCheckin(paths: DataPaths): Promise<LockAttempt> {
  checkFolders(paths.dir);
  ensurePrivateDir(paths.dir);
  return acquireLock(checkinLockFile(paths));
}
