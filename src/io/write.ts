// Every file reflet writes goes through here: whole files and streams, for every command and
// for the history store. A regular file (or a path not there yet) is replaced in one step: a
// temporary file beside it, written, fsynced, renamed over it, so readers see the old content
// or the new, never half. A device, a FIFO, a socket or a descriptor (`/dev/fd/3`,
// `/dev/stdout`) is written straight into and never replaced: renaming over `/dev/full` would
// put a file where the device was, and a FIFO's reader would wait forever.
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { type FileHandle, mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { buffered, oneInFlight, type Writer, writeAll } from "./stream.ts";

export type { Writer } from "./stream.ts";

/** A write that failed: the destination as given, and the system's code (ENOSPC, EACCES…). */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`${code}: ${path}`);
    this.name = "WriteError";
  }
}

/** Whatever failed while writing `path` is reported as a failure to write `path`, never a temporary file. */
export function writeError(e: unknown, path: string): WriteError {
  if (e instanceof WriteError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  return new WriteError(path, typeof code === "string" ? code : String(e));
}

/**
 * What a destination is: nothing yet, a regular file (replaced atomically), something to
 * write straight into (a device, a FIFO, a socket, a descriptor), or a folder (an error).
 */
export type Destination = "new" | "file" | "direct" | "folder";

/** This process's descriptors by name: renaming beside them is never possible. */
const DESCRIPTOR = /^\/(dev\/(fd\/\d+|stdout|stderr)|proc\/(self|\d+)\/fd\/\d+)$/;

export function destinationOf(path: string, shown = path): Destination {
  if (DESCRIPTOR.test(path)) return "direct";
  try {
    const s = statSync(path);
    return s.isDirectory() ? "folder" : s.isFile() ? "file" : "direct";
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return "new";
    throw writeError(e, shown);
  }
}

/** The temporary files this module makes, for whoever cleans up after a crash. */
export const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;
const tempBeside = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);

/** Opened for writing only; appended, so a descriptor opened `>>` is not cut short. */
const DIRECT_FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_NOCTTY;

/**
 * Folders reflet makes for an output: by the user's umask, never wider than 0755 (a
 * umask of 000 must not leave results in a folder anyone can change).
 */
export const OUTPUT_DIR = 0o755;

export interface WriteOptions {
  /** The exact mode of the file (0600 for personal data); else an existing file keeps its
   * own and a new one gets 0666 less the umask. */
  mode?: number;
  /** The destination as the user gave it, for messages (else the path). */
  name?: string;
  /** Always replaced, never written into: for the data folder, where a device or a FIFO
   * someone put in place of a file must not receive personal data. */
  replaceOnly?: boolean;
}

/** Where `path` leads, as these options want it written. */
function destinationFor(path: string, shown: string, o: WriteOptions): Destination {
  const dest = destinationOf(path, shown);
  if (dest === "folder") throw new WriteError(shown, "EISDIR");
  return o.replaceOnly && dest === "direct" ? "file" : dest;
}

function modeOf(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** Writes `data` to `path` and returns once it is on the disk (or in the device). */
export function writeWholeSync(path: string, data: string, o: WriteOptions = {}): void {
  const shown = o.name ?? path;
  const dest = destinationFor(path, shown, o);
  const bytes = Buffer.from(data, "utf8");
  const put = (fd: number) => {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
  };
  if (dest === "direct") {
    let fd: number | undefined;
    try {
      fd = openSync(path, DIRECT_FLAGS);
      put(fd);
    } catch (e) {
      throw writeError(e, shown);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return;
  }
  const temp = tempBeside(path);
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: OUTPUT_DIR });
    const wanted = o.mode ?? modeOf(path);
    fd = openSync(temp, "wx", wanted ?? 0o666);
    if (wanted !== undefined) chmodSync(temp, wanted);
    put(fd);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw writeError(e, shown);
  }
}

/** A file written as it goes: visible (when regular) only once `commit` has run. */
export async function openOutput(path: string, o: WriteOptions = {}): Promise<Writer> {
  const shown = o.name ?? path;
  const dest = destinationFor(path, shown, o);
  const temp = dest === "direct" ? path : tempBeside(path);
  let handle: FileHandle;
  try {
    if (dest === "direct") handle = await open(path, DIRECT_FLAGS);
    else {
      await mkdir(dirname(path), { recursive: true, mode: OUTPUT_DIR });
      const wanted = o.mode ?? modeOf(path);
      handle = await open(temp, "wx", wanted ?? 0o666);
      if (wanted !== undefined) await handle.chmod(wanted);
    }
  } catch (e) {
    throw writeError(e, shown);
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  const writes = oneInFlight((bytes) =>
    writeAll(handle.fd, bytes).catch((e: unknown) => {
      throw writeError(e, shown);
    }),
  );
  const out = buffered(writes.start);
  return {
    write: (chunk) => out.write(chunk),
    async commit() {
      try {
        await out.flush();
        await writes.finished();
        // A pipe or a device has nothing to sync, and nothing to rename.
        if (dest !== "direct") await handle.sync();
        await close();
        if (dest !== "direct") await rename(temp, path);
      } catch (e) {
        await close().catch(() => {});
        if (dest !== "direct") await rm(temp, { force: true });
        throw writeError(e, shown);
      }
    },
    async abort() {
      await writes.finished().catch(() => {});
      await close().catch(() => {});
      if (dest !== "direct") await rm(temp, { force: true });
    },
  };
}

/** A whole file written at once, by the same rules. */
export async function writeWhole(path: string, data: string, o: WriteOptions = {}): Promise<void> {
  const shown = o.name ?? path;
  const w = await openOutput(path, o);
  try {
    await w.write(data);
    await w.commit();
  } catch (e) {
    await w.abort();
    throw writeError(e, shown);
  }
}

/**
 * A new file no one else can have opened: created exclusively (it fails if `path` exists),
 * in a folder of reflet's own making (a staging folder, the data folder).
 */
export async function createNew(path: string, data: string, mode: number): Promise<void> {
  try {
    await writeFile(path, data, { mode, flag: "wx" });
  } catch (e) {
    throw writeError(e, path);
  }
}
