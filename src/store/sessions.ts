// Which slot a new session of a questionnaire takes. A session holds its slot's lock from
// its first question to its end, so that its checkpoint is written and removed by it alone:
// a second session of the same questionnaire takes another slot and never touches the first
// one's answers. A free slot that holds a paused session is taken before an empty one, so
// that a paused session is offered again.
import { existsSync } from "node:fs";
import { checkpointFile, lockFile, sessionsFolder } from "./checkpoint.ts";
import { StoreError } from "./errors.ts";
import { acquireLock, type HeldLock, liveLock, type SessionLock } from "./lock.ts";
import type { DataPaths } from "./paths.ts";
import { checkFolders } from "./safe-open.ts";

/** More sessions of one questionnaire open at once than anyone needs. */
export const MAX_SESSIONS = 16;

export interface SlotState {
  slot: number;
  /** A checkpoint file is there (readable or not). */
  saved: boolean;
  /** The live process holding the slot, if any. */
  open?: SessionLock;
}

/** The slots of a questionnaire that hold something: a checkpoint or a live lock. */
export async function slotsOf(paths: DataPaths, questionnaire: string): Promise<SlotState[]> {
  checkFolders(paths.dir, paths.sessions);
  const states: SlotState[] = [];
  for (let slot = 0; slot < MAX_SESSIONS; slot++) {
    const saved = existsSync(checkpointFile(paths, questionnaire, slot));
    const lock = lockFile(paths, questionnaire, slot);
    const open = existsSync(lock) ? await liveLock(lock) : undefined;
    if (saved || open) states.push({ slot, saved, ...(open ? { open } : {}) });
  }
  return states;
}

/** Sessions of the questionnaire open in other processes right now. */
export async function openElsewhere(
  paths: DataPaths,
  questionnaire: string,
): Promise<SessionLock[]> {
  return (await slotsOf(paths, questionnaire)).flatMap((s) => (s.open ? [s.open] : []));
}

/** Whether a session of the questionnaire is paused (saved, and open nowhere). */
export async function hasPaused(paths: DataPaths, questionnaire: string): Promise<boolean> {
  return (await slotsOf(paths, questionnaire)).some((s) => s.saved && !s.open);
}

export interface Claimed {
  slot: number;
  lock: HeldLock;
}

/** Takes a free slot: one with a paused session first, else the first empty one. */
export async function claimSlot(paths: DataPaths, questionnaire: string): Promise<Claimed> {
  sessionsFolder(paths);
  const all = Array.from({ length: MAX_SESSIONS }, (_, slot) => slot);
  const saved = all.filter((slot) => existsSync(checkpointFile(paths, questionnaire, slot)));
  for (const slot of [...saved, ...all.filter((s) => !saved.includes(s))]) {
    const attempt = await acquireLock(lockFile(paths, questionnaire, slot));
    if (attempt.kind === "held") return { slot, lock: attempt.lock };
  }
  throw new StoreError("other", paths.sessions, `${MAX_SESSIONS} sessions open`);
}
