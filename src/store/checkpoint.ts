// An interrupted session: one file per session of a questionnaire, replaced atomically after
// every answer. It resumes only against the same questionnaire content (its hash). Sessions
// of one questionnaire that run at once each have their own slot (checkpoint and lock, see
// sessions.ts); slot 0 is the usual one.
import { createHash, randomBytes } from "node:crypto";
import { accessSync, constants, readdirSync, renameSync, rmdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { AnswerValue } from "../model/types.ts";
import { storeError } from "./errors.ts";
import { ensurePrivateDir, PRIVATE_FILE, writeFileAtomically } from "./files.ts";
import type { DataPaths } from "./paths.ts";
import { checkFolders, readPrivate } from "./safe-open.ts";

export interface Checkpoint {
  v: 1;
  questionnaire: string;
  /** Content hash of the questionnaire answered. */
  hash: string;
  lang: string;
  answers: Record<string, AnswerValue>;
  /** The item to ask next; null when every item was answered. */
  position: string | null;
  savedAt: string;
  /** The order the items are asked in, when the questionnaire declares one. */
  order?: string[];
}

export type CheckpointRead =
  | { kind: "none" }
  | { kind: "unreadable"; file: string }
  | { kind: "found"; file: string; checkpoint: Checkpoint };

/** Ids are free text: file names start with a readable slug plus a hash, so any id is safe. */
export function sessionName(questionnaire: string): string {
  const slug = questionnaire.replace(/[^A-Za-z0-9_-]+/g, "_").slice(0, 40);
  const hash = createHash("sha256").update(questionnaire).digest("hex").slice(0, 12);
  return `${slug}-${hash}`;
}

const slotSuffix = (slot: number) => (slot === 0 ? "" : `.${slot}`);

export function checkpointFile(paths: DataPaths, questionnaire: string, slot = 0): string {
  return join(paths.sessions, `${sessionName(questionnaire)}${slotSuffix(slot)}.json`);
}

export function lockFile(paths: DataPaths, questionnaire: string, slot = 0): string {
  return join(paths.sessions, `${sessionName(questionnaire)}${slotSuffix(slot)}.lock`);
}

/** The data folder and its sessions folder, checked (owner, mode, no link) and made if missing. */
export function sessionsFolder(paths: DataPaths): void {
  checkFolders(paths.dir, paths.sessions);
  ensurePrivateDir(paths.dir);
  ensurePrivateDir(paths.sessions);
}

export function saveCheckpoint(paths: DataPaths, checkpoint: Checkpoint, slot = 0): void {
  sessionsFolder(paths);
  writeFileAtomically(
    checkpointFile(paths, checkpoint.questionnaire, slot),
    `${JSON.stringify(checkpoint)}\n`,
    PRIVATE_FILE,
  );
}

/**
 * The checkpoint of a slot, validated in depth. The schemas are loaded only when there is a
 * file to check, so that a fresh session asks its first question without them.
 */
export async function loadCheckpoint(
  paths: DataPaths,
  questionnaire: string,
  slot = 0,
): Promise<CheckpointRead> {
  const file = checkpointFile(paths, questionnaire, slot);
  checkFolders(paths.dir, paths.sessions);
  const text = readPrivate(file);
  if (text === undefined) return { kind: "none" };
  const { CheckpointSchema, shaped } = await import("./records.ts");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: "unreadable", file };
  }
  const checkpoint = shaped(CheckpointSchema, value);
  if (checkpoint?.questionnaire !== questionnaire) return { kind: "unreadable", file };
  return { kind: "found", file, checkpoint };
}

/**
 * Moves an unreadable checkpoint out of the way, beside it: it may still hold answers
 * someone wants back. Only the session that holds the slot's lock calls this.
 */
export function setAside(file: string): string {
  const aside = `${file}.damaged-${Date.now()}-${randomBytes(3).toString("hex")}`;
  try {
    renameSync(file, aside);
  } catch (e) {
    throw storeError(e, file);
  }
  return aside;
}

/** Removes the checkpoint of a slot: only the session holding that slot's lock calls this. */
export function clearCheckpoint(paths: DataPaths, questionnaire: string, slot = 0): void {
  const file = checkpointFile(paths, questionnaire, slot);
  try {
    rmSync(file, { force: true });
  } catch (e) {
    throw storeError(e, file);
  }
}

/**
 * Erases every saved session of a questionnaire, or of all when none is named, checkpoints set
 * aside included (`history forget`, asked by the person). Locks stay: they belong to sessions
 * still open, which must keep their slots. A sessions folder left empty goes too. Returns
 * how many files were erased.
 */
export function forgetSessions(paths: DataPaths, questionnaire?: string): number {
  checkFolders(paths.dir, paths.sessions);
  const prefix = questionnaire === undefined ? "" : `${sessionName(questionnaire)}.`;
  let names: string[];
  try {
    names = readdirSync(paths.sessions);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw storeError(e, paths.sessions);
  }
  let erased = 0;
  for (const name of names) {
    if (!name.startsWith(prefix) || name.endsWith(".lock")) continue;
    const file = join(paths.sessions, name);
    try {
      rmSync(file, { force: true });
      erased++;
    } catch (e) {
      throw storeError(e, file);
    }
  }
  try {
    rmdirSync(paths.sessions);
  } catch {
    // Not empty (a lock of a session still open): it stays.
  }
  return erased;
}

/** Makes the sessions folder and checks it can be written, before the first question. */
export function prepareSessions(paths: DataPaths): void {
  sessionsFolder(paths);
  try {
    accessSync(paths.sessions, constants.W_OK);
  } catch (e) {
    throw storeError(e, paths.sessions);
  }
}
