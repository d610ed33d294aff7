// Streamed output: small writes gathered into larger ones, each waiting for the disk or the
// pipe, so memory stays flat however many rows go through.
import { once } from "node:events";
import { fstatSync, write as writeFd } from "node:fs";

export interface Writer {
  /** Text, or bytes already encoded as UTF-8. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Everything is written: flush, and make the file visible. */
  commit(): Promise<void>;
  /** Give up: a file is removed, standard output is flushed as it is. */
  abort(): Promise<void>;
}

const FLUSH_AT = 64 * 1024;

/** Small writes gathered into chunks of FLUSH_AT, handed to `flush`. */
export function buffered(flush: (chunk: string | Uint8Array) => Promise<void>) {
  let parts: (string | Uint8Array)[] = [];
  let size = 0;
  return {
    async write(chunk: string | Uint8Array) {
      parts.push(chunk);
      size += chunk.length;
      if (size >= FLUSH_AT) await this.flush();
    },
    async flush() {
      if (parts.length === 0) return;
      const chunk = parts.every((p) => typeof p === "string")
        ? parts.join("")
        : parts.length === 1
          ? (parts[0] as Uint8Array)
          : Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p)));
      parts = [];
      size = 0;
      await flush(chunk);
    },
  };
}

/**
 * Writes made one after another, each started without waiting for its own end: `start` waits
 * for the write before (so at most one is under way, and memory stays flat), then starts this
 * one and returns. The caller makes its next chunk while the system takes this one, on libuv's
 * threads: on two cores, the copy into the file costs the main thread nothing. A failure is
 * thrown by the next `start`, or by `finished`.
 */
export function oneInFlight(write: (bytes: Uint8Array) => Promise<void>) {
  let last: Promise<void> = Promise.resolve();
  return {
    async start(chunk: string | Uint8Array): Promise<void> {
      await last;
      last = write(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
      // Seen by the next start or by finished, whichever comes.
      last.catch(() => {});
    },
    finished: (): Promise<void> => last,
  };
}

/** All of `bytes` written at the descriptor's position: a pipe may take part of a write. */
export async function writeAll(fd: number, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    written += await new Promise<number>((done, fail) =>
      writeFd(fd, bytes, written, bytes.length - written, null, (e, n) => (e ? fail(e) : done(n))),
    );
  }
}

/**
 * The descriptor of a stream that writes into a regular file (`reflet batch … > results.csv`),
 * else null. Node writes such a stream synchronously, on the main thread.
 */
function regularFileOf(stream: NodeJS.WritableStream): number | null {
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== "number") return null;
  try {
    return fstatSync(fd).isFile() ? fd : null;
  } catch {
    return null;
  }
}

/**
 * Thrown by a stream writer whose stream failed (a full disk, a closed pipe): the stream's own
 * error handler has already told the user (src/cli/run.ts), so this carries no message.
 */
export class StreamFailed extends Error {
  constructor(override readonly cause: unknown) {
    super("the output stream failed");
    this.name = "StreamFailed";
  }
}

/** Writes to an open stream (standard output); a failure of the stream fails the next write. */
export function streamWriter(stream: NodeJS.WritableStream): Writer {
  let failure: unknown = null;
  const failed = new Promise<never>((_, reject) => {
    stream.once("error", (e) => {
      failure = e;
      reject(new StreamFailed(e));
    });
  });
  // Nobody may be waiting when it fails: the rejection is then seen at the next write.
  failed.catch(() => {});
  const fd = regularFileOf(stream);
  // A regular file is written by libuv's threads; a failure goes to the stream's own handler,
  // as a failure of the stream itself would.
  const direct =
    fd === null
      ? null
      : oneInFlight((bytes) =>
          writeAll(fd, bytes).catch((e: unknown) => {
            if (failure === null) stream.emit("error", e);
            throw new StreamFailed(e);
          }),
        );
  const out = buffered(
    direct?.start ??
      (async (chunk) => {
        if (failure !== null) throw new StreamFailed(failure);
        if (!stream.write(chunk)) await Promise.race([once(stream, "drain"), failed]);
      }),
  );
  return {
    write: (chunk) => out.write(chunk),
    async commit() {
      await out.flush();
      await direct?.finished();
    },
    async abort() {
      await out.flush().catch(() => {});
      await direct?.finished().catch(() => {});
    },
  };
}
