// Standard output written straight to its descriptor when it is a pipe or a file. Node's
// `process.stdout` is a stream made on first use, with the code of its kind (net and streams
// for a pipe): some 10 ms of a start here, for commands that write a few kilobytes once. So the
// stream is made only when a command asks for it (a batch streaming its rows, a prompt) or
// when the output is a terminal, which Node's own stream writes as the terminal expects (a
// Windows console takes UTF-16); from then on every write goes through it, and what was
// written keeps its order.
import { fstatSync, writeSync } from "node:fs";
import { isatty } from "node:tty";

/** What fails a write: said by the caller, as a failed stream's error event would be. */
export type OnWriteError = (e: NodeJS.ErrnoException) => void;

export interface DirectOut {
  /** Whether the descriptor is a terminal, without making its stream. */
  isTTY(): boolean;
  /** Writes `text` whole, or hands the failure to the error handler; to a terminal, by the stream. */
  write(text: string): void;
  /** The stream, made now if it was not (the error handler is set on it). */
  stream(): NodeJS.WriteStream;
  /** The stream if a command has asked for it. */
  made(): NodeJS.WriteStream | undefined;
}

/**
 * Whether `fd` is a terminal. A terminal is a character device: a pipe or a file is known
 * without loading Node's terminal code, which `isatty` would.
 */
export function isTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice() && isatty(fd);
  } catch {
    return false;
  }
}

/** Writes all of `bytes`; returns where it stopped when the descriptor had no room. */
function writeUntilFull(fd: number, bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at);
    } catch (e) {
      // A descriptor left non-blocking by another process, with a full pipe: the stream waits.
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") return at;
      throw e;
    }
  }
  return at;
}

export function directOut(
  fd: number,
  makeStream: () => NodeJS.WriteStream,
  onError: OnWriteError,
): DirectOut {
  let stream: NodeJS.WriteStream | undefined;
  let tty: boolean | undefined;
  const isTTY = () => (tty ??= isTerminal(fd));
  const made = () => {
    if (stream === undefined) {
      stream = makeStream();
      stream.on("error", onError);
    }
    return stream;
  };
  return {
    isTTY,
    stream: made,
    made: () => stream,
    write(text) {
      if (stream !== undefined || isTTY()) {
        made().write(text);
        return;
      }
      const bytes = Buffer.from(text, "utf8");
      try {
        const at = writeUntilFull(fd, bytes);
        if (at < bytes.length) made().write(bytes.subarray(at));
      } catch (e) {
        onError(e as NodeJS.ErrnoException);
      }
    },
  };
}
