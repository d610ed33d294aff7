// --pseudonymize: participant ids replaced by a keyed hash (HMAC-SHA256), the same id
// giving the same pseudonym on every run with the same key. Without the key nobody can
// tell who is who, even by hashing a list of names. The key lives in the data folder
// (0600, in a 0700 folder), or in the file given with --key-file.
import { createHmac, randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { StoreError } from "../../store/errors.ts";
import { ensurePrivateDir, PRIVATE_FILE } from "../../store/files.ts";
import { dataPaths } from "../../store/paths.ts";
import { checkFolders, readPrivate } from "../../store/safe-open.ts";

export const KEY_FILE_NAME = "pseudonym.key";
const MIN_KEY_BYTES = 16;

export type Pseudonymizer = (id: string) => string;

export function pseudonymizer(key: Uint8Array): Pseudonymizer {
  return (id) => `p-${createHmac("sha256", key).update(id, "utf8").digest("hex").slice(0, 16)}`;
}

export interface KeyOptions {
  keyFile?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export type KeyOutcome =
  | { ok: true; key: Buffer; file: string; created: boolean }
  | { ok: false; file: string; reason: "too-short" | "unreadable"; detail?: string };

/** The key, read from its file, or made (32 random bytes) the first time. */
export async function loadKey(o: KeyOptions): Promise<KeyOutcome> {
  const file = o.keyFile
    ? resolve(o.cwd, o.keyFile)
    : join(dataPaths(o.env, o.cwd).dir, KEY_FILE_NAME);
  try {
    // The key in the data folder is no link, FIFO or file of someone else's (safe-open.ts);
    // a file named with --key-file is the person's choice and read as it is.
    if (!o.keyFile) checkFolders(dirname(file));
    const text = o.keyFile ? await readFile(file, "utf8") : readPrivate(file);
    if (text === undefined) throw Object.assign(new Error(), { code: "ENOENT" });
    const key = Buffer.from(text.trim(), "utf8");
    if (key.length < MIN_KEY_BYTES) return { ok: false, file, reason: "too-short" };
    return { ok: true, key, file, created: false };
  } catch (e) {
    if (e instanceof StoreError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "ENOENT")
      return { ok: false, file, reason: "unreadable", detail: code ?? String(e) };
  }
  if (!o.keyFile) ensurePrivateDir(dirname(file));
  const text = randomBytes(32).toString("hex");
  try {
    // "wx": two batches started together must not each write a different key.
    await writeFile(file, `${text}\n`, { mode: PRIVATE_FILE, flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return loadKey(o);
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, file, reason: "unreadable", detail: code ?? String(e) };
  }
  return { ok: true, key: Buffer.from(text, "utf8"), file, created: true };
}

/** True when the group or everyone may read `file`: a key anyone can read unmasks everyone. */
export function readableByOthers(file: string): boolean {
  try {
    return (statSync(file).mode & 0o044) !== 0;
  } catch {
    return false;
  }
}
