// Opening what lives in the data folder without being redirected. The top folder (REFLET_HOME,
// or the platform's data or cache folder) is the person's to choose: when it is a symbolic
// link, the link is followed, and the folder it leads to must be theirs and closed to others.
// Everything inside it (history, sessions, locks, key, cache) is opened with O_NOFOLLOW and
// O_NONBLOCK, then checked on the open descriptor: a link, a FIFO, a device or a file of
// another user is refused, for reading as for writing. Since nobody else can write in a
// folder checked this way, nobody else can swap what is in it between a check and a use.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  type Stats,
  statSync,
} from "node:fs";
import { StoreError, storeError } from "./errors.ts";

// Absent on Windows, where links need privileges to create and owners are not uids.
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const checksOwners = typeof process.getuid === "function";

/** Read only; the file must exist. */
export const READ = constants.O_RDONLY;
/** Appending, created 0600 when missing. */
export const APPEND = constants.O_RDWR | constants.O_APPEND | constants.O_CREAT;
/** A new file only: fails with EEXIST when anything (a link included) is at that name. */
export const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;

const ownedByMe = (s: Stats) => !checksOwners || s.uid === process.getuid?.();

/** Refuses a folder of another user, or one that others may write in. */
function checkFolder(dir: string, s: Stats): void {
  if (!s.isDirectory()) throw new StoreError("not-a-folder", dir, "ENOTDIR");
  if (!ownedByMe(s)) throw new StoreError("not-owned", dir);
  if (checksOwners && (s.mode & 0o022) !== 0) throw new StoreError("open-to-others", dir);
}

function statOrNone(dir: string, stat: (p: string) => Stats): Stats | undefined {
  try {
    return stat(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw storeError(e, dir);
  }
}

/**
 * Checks the top folder (a link to it is followed) and then each folder below it (a link is
 * refused). A folder that does not exist yet ends the check: there is nothing in it to read.
 */
export function checkFolders(top: string, ...below: string[]): void {
  const s = statOrNone(top, statSync);
  if (!s) return;
  checkFolder(top, s);
  for (const dir of below) {
    const l = statOrNone(dir, lstatSync);
    if (!l) return;
    if (l.isSymbolicLink()) throw new StoreError("link", dir);
    checkFolder(dir, l);
  }
}

/** Refuses what the descriptor shows is not a regular file of this user. */
function checkFile(fd: number, file: string): void {
  const s = fstatSync(fd);
  if (!s.isFile()) throw new StoreError("not-regular", file);
  if (!ownedByMe(s)) throw new StoreError("not-owned", file);
}

/** Opens `file` without following a link at its name; the descriptor is a file of this user. */
export function openPrivate(file: string, flags: number, mode = 0o600): number {
  let fd: number;
  try {
    fd = openSync(file, flags | NOFOLLOW | NONBLOCK, mode);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // O_NOFOLLOW on a link fails with ELOOP (EMLINK on some BSDs); ENXIO is a FIFO without reader.
    if (code === "ELOOP" || code === "EMLINK") throw new StoreError("link", file);
    if (code === "ENXIO") throw new StoreError("not-regular", file);
    throw e;
  }
  try {
    checkFile(fd, file);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  return fd;
}

/** The text of a file of the data folder, or undefined when there is none. */
export const readPrivate = (file: string): string | undefined =>
  readPrivateBytes(file)?.toString("utf8");

/** The bytes of a file of the data folder, or undefined when there is none. */
export function readPrivateBytes(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openPrivate(file, READ);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw storeError(e, file);
  }
  try {
    return readFileSync(fd);
  } catch (e) {
    throw storeError(e, file);
  } finally {
    closeSync(fd);
  }
}

/** Throws as reading would when `file` is there but is no regular file of this user. */
export function checkPrivate(file: string): void {
  try {
    closeSync(openPrivate(file, READ));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw storeError(e, file);
  }
}
