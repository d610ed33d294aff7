// Where streamed output goes: standard output, or a file that appears only once complete
// (written to a temporary file beside it, then renamed). Writes wait for the disk or the
// pipe, so memory stays flat however many rows go through.
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { type FileHandle, mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface Writer {
  /** Text, or bytes already encoded as UTF-8. */
  write(text: string | Uint8Array): Promise<void>;
  /** Everything is written: flush, and make the file visible. */
  commit(): Promise<void>;
  /** Give up: a file is removed, standard output is flushed as it is. */
  abort(): Promise<void>;
}

const FLUSH_AT = 64 * 1024;

/** Small writes gathered into larger ones. */
function buffered(flush: (text: string | Uint8Array) => Promise<void>) {
  let parts: (string | Uint8Array)[] = [];
  let size = 0;
  return {
    async write(text: string | Uint8Array) {
      parts.push(text);
      size += text.length;
      if (size >= FLUSH_AT) await this.flush();
    },
    async flush() {
      if (parts.length === 0) return;
      const text = parts.every((p) => typeof p === "string")
        ? parts.join("")
        : parts.length === 1
          ? (parts[0] as Uint8Array)
          : Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p)));
      parts = [];
      size = 0;
      await flush(text);
    },
  };
}

export function streamWriter(stream: NodeJS.WritableStream): Writer {
  const out = buffered(async (text) => {
    if (!stream.write(text)) await once(stream, "drain");
  });
  return {
    write: (text) => out.write(text),
    commit: () => out.flush(),
    abort: () => out.flush(),
  };
}

/** A temporary file beside `path`, renamed to it on commit. */
export async function fileWriter(path: string, mode = 0o600): Promise<Writer> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle: FileHandle = await open(temp, "wx", mode);
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await handle.close();
    }
  };
  const out = buffered(async (text) => {
    if (typeof text === "string") await handle.write(text);
    else await handle.write(text);
  });
  return {
    write: (text) => out.write(text),
    async commit() {
      await out.flush();
      await handle.sync();
      await close();
      await rename(temp, path);
    },
    async abort() {
      await close().catch(() => {});
      await rm(temp, { force: true });
    },
  };
}

/** A whole file written at once, atomically, with `mode`. */
export async function writeWhole(path: string, text: string, mode = 0o600): Promise<void> {
  const w = await fileWriter(path, mode);
  try {
    await w.write(text);
    await w.commit();
  } catch (e) {
    await w.abort();
    throw e;
  }
}
