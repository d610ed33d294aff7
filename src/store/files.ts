// The few file operations personal data needs: private folders, atomic files.
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { storeError } from "./errors.ts";

export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

/** Makes `dir` (and its parents) if missing; the folders reflet creates are 0700. */
export function ensurePrivateDir(dir: string): void {
  try {
    const created = mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
    // The umask may have narrowed the mode further, never widened it; make it exact.
    if (created !== undefined) chmodSync(dir, PRIVATE_DIR);
    else if (!statSync(dir).isDirectory()) throw Object.assign(new Error(), { code: "ENOTDIR" });
  } catch (e) {
    throw storeError(e, dir);
  }
  removeStaleTemps(dir);
}

/** Past this age, a temporary file is one a killed process left behind, not one being written. */
export const STALE_TEMP_MS = 10 * 60 * 1000;
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Removes the temporary files of `writeFileAtomically` that a crash left in `dir`. */
export function removeStaleTemps(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const file = join(dir, name);
    try {
      if (now - statSync(file).mtimeMs > STALE_TEMP_MS) rmSync(file, { force: true });
    } catch {
      // Already gone, or not ours to remove: either way nothing is lost.
    }
  }
}

function modeOf(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o777;
  } catch {
    return undefined;
  }
}

/**
 * Replaces `file` in one step: a temporary file beside it, written and fsynced, then
 * renamed over it. Readers see the old content or the new, never half. Without `mode`,
 * an existing file keeps its own and a new one gets 0666 less the umask.
 */
export function writeFileAtomically(file: string, data: string, mode?: number): void {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    const wanted = mode ?? modeOf(file);
    fd = openSync(temp, "wx", wanted ?? 0o666);
    if (wanted !== undefined) chmodSync(temp, wanted);
    const bytes = Buffer.from(data, "utf8");
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw storeError(e, file);
  }
}
