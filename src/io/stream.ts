// Streamed output: small writes gathered into larger ones, each waiting for the disk or the
// pipe, so memory stays flat however many rows go through.
import { once } from "node:events";

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
  const out = buffered(async (chunk) => {
    if (failure !== null) throw new StreamFailed(failure);
    if (!stream.write(chunk)) await Promise.race([once(stream, "drain"), failed]);
  });
  return {
    write: (chunk) => out.write(chunk),
    commit: () => out.flush(),
    abort: () => out.flush().catch(() => {}),
  };
}
