// A lock per session slot: the pid and start time of the process that holds it. It is made
// whole beside its place and linked into it (link() fails when a lock is there), so a reader
// never sees half of one. A lock is stale when its process is gone, or when the process now
// at that pid started at another time (the pid was reused); a stale or damaged lock is taken
// over. The holder removes it on every way out; a process killed outright leaves a stale one.
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  linkSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { StoreError, storeError } from "./errors.ts";
import { CREATE, openPrivate, readPrivate } from "./safe-open.ts";

export interface SessionLock {
  v: 1;
  pid: number;
  /** The process's start time as the kernel counts it (Linux); null where unknown. */
  start: string | null;
  since: string;
  token: string;
}

export interface HeldLock {
  file: string;
  /** Removes the lock if it is still this one; safe to call more than once. */
  release(): void;
}

export type LockAttempt = { kind: "held"; lock: HeldLock } | { kind: "busy"; holder: SessionLock };

/** When process `pid` started, in clock ticks since boot (field 22 of /proc/PID/stat). */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count from the last ")".
    const start = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    return start && /^\d+$/.test(start) ? start : null;
  } catch {
    return null;
  }
}

/** Whether the process that wrote `lock` is still running. */
export function isLive(lock: SessionLock): boolean {
  try {
    process.kill(lock.pid, 0);
  } catch (e) {
    // EPERM: a process is there, run by someone else.
    if ((e as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  if (lock.start === null) return true;
  const now = processStart(lock.pid);
  return now === null || now === lock.start;
}

/** A lock file's content, validated; undefined when damaged. The schemas load only here. */
export async function parseLock(text: string): Promise<SessionLock | undefined> {
  const { LockSchema, shaped } = await import("./records.ts");
  try {
    return shaped(LockSchema, JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** The live lock at `file`, if any. */
export async function liveLock(file: string): Promise<SessionLock | undefined> {
  const text = readPrivate(file);
  if (text === undefined) return undefined;
  const lock = await parseLock(text);
  return lock && isLive(lock) ? lock : undefined;
}

/** Puts `text` at `file` only if nothing is there: false when something is. */
function linkNew(file: string, text: string): boolean {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const fd = openPrivate(temp, CREATE);
    try {
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(temp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw storeError(e, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Moves away the stale lock read as `seen`; a lock that replaced it meanwhile is put back. */
function removeStale(file: string, seen: string): void {
  const away = `${file}.${randomBytes(6).toString("hex")}.stale`;
  try {
    renameSync(file, away);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw storeError(e, file);
  }
  try {
    if (readPrivate(away) !== seen) linkSync(away, file);
  } catch {
    // Another lock is in place already: the one moved away lost a race it had lost anyway.
  } finally {
    rmSync(away, { force: true });
  }
}

/** Takes the lock at `file` for this process, or names the live process that holds it. */
export async function acquireLock(file: string): Promise<LockAttempt> {
  const mine: SessionLock = {
    v: 1,
    pid: process.pid,
    start: processStart(process.pid),
    since: new Date().toISOString(),
    token: randomBytes(16).toString("hex"),
  };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; attempt < 8; attempt++) {
    if (linkNew(file, text)) return { kind: "held", lock: holding(file, text) };
    const seen = readPrivate(file);
    if (seen === undefined) continue;
    const holder = await parseLock(seen);
    if (holder && isLive(holder)) return { kind: "busy", holder };
    removeStale(file, seen);
  }
  throw new StoreError("other", file, "lock");
}

function holding(file: string, text: string): HeldLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off("exit", release);
    try {
      if (readPrivate(file) === text) unlinkSync(file);
    } catch {
      // Gone already (forget --all), or unreadable: either way it is not ours to keep.
    }
  };
  // A way out that skips the caller's `finally` (process.exit) still releases.
  process.on("exit", release);
  return { file, release };
}
