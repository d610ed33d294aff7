// An interrupted session: one file per questionnaire, replaced atomically after every
// answer. It resumes only against the same questionnaire content (its hash).
import { createHash } from "node:crypto";
import { accessSync, constants, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { AnswerValue } from "../model/types.ts";
import { storeError } from "./errors.ts";
import { ensurePrivateDir, PRIVATE_FILE, writeFileAtomically } from "./files.ts";
import type { DataPaths } from "./paths.ts";

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

/** Ids are free text: the file name is a readable slug plus a hash, so any id is safe. */
export function checkpointFile(paths: DataPaths, questionnaire: string): string {
  const slug = questionnaire.replace(/[^A-Za-z0-9_-]+/g, "_").slice(0, 40);
  const hash = createHash("sha256").update(questionnaire).digest("hex").slice(0, 12);
  return join(paths.sessions, `${slug}-${hash}.json`);
}

export function saveCheckpoint(paths: DataPaths, checkpoint: Checkpoint): void {
  ensurePrivateDir(paths.dir);
  ensurePrivateDir(paths.sessions);
  writeFileAtomically(
    checkpointFile(paths, checkpoint.questionnaire),
    `${JSON.stringify(checkpoint)}\n`,
    PRIVATE_FILE,
  );
}

function isCheckpoint(x: unknown, questionnaire: string): x is Checkpoint {
  if (typeof x !== "object" || x === null) return false;
  const c = x as Record<string, unknown>;
  return (
    c.v === 1 &&
    c.questionnaire === questionnaire &&
    typeof c.hash === "string" &&
    typeof c.answers === "object" &&
    c.answers !== null &&
    (c.position === null || typeof c.position === "string") &&
    (c.order === undefined ||
      (Array.isArray(c.order) && c.order.every((x) => typeof x === "string")))
  );
}

export function loadCheckpoint(paths: DataPaths, questionnaire: string): CheckpointRead {
  const file = checkpointFile(paths, questionnaire);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { kind: "none" };
    throw storeError(e, file);
  }
  try {
    const value: unknown = JSON.parse(text);
    if (isCheckpoint(value, questionnaire)) return { kind: "found", file, checkpoint: value };
  } catch {
    // An unreadable checkpoint is reported by the caller and replaced.
  }
  return { kind: "unreadable", file };
}

export function clearCheckpoint(paths: DataPaths, questionnaire: string): void {
  const file = checkpointFile(paths, questionnaire);
  try {
    rmSync(file, { force: true });
  } catch (e) {
    throw storeError(e, file);
  }
}

/** Makes the sessions folder and checks it can be written, before the first question. */
export function prepareSessions(paths: DataPaths): void {
  ensurePrivateDir(paths.dir);
  ensurePrivateDir(paths.sessions);
  try {
    accessSync(paths.sessions, constants.W_OK);
  } catch (e) {
    throw storeError(e, paths.sessions);
  }
}
