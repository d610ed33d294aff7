// The few file operations personal data needs: private folders, atomic files.
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { TEMP_NAME, writeWholeSync } from "../io/write.ts";
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

/**
 * Replaces `file` in one step (src/io/write.ts): readers see the old content or the new, never
 * half. Without `mode`, an existing file keeps its own and a new one gets 0666 less the umask.
 */
export function writeFileAtomically(file: string, data: string, mode?: number): void {
  try {
    writeWholeSync(file, data, { replaceOnly: true, ...(mode === undefined ? {} : { mode }) });
  } catch (e) {
    throw storeError(e, file);
  }
}
