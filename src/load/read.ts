// Reading a user's file: never more than the size cap (a pipe or a device has no size to
// check beforehand), strict UTF-8, one Problem at `file:line:col` on failure.
import { isUtf8 } from "node:buffer";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { resolve } from "node:path";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { LIMITS } from "./limits.ts";
import { loadMessages } from "./messages/files.ts";
import { ProblemsError } from "./problem.ts";

const CHUNK = 64 * 1024;

type Said = { message: string; hint?: string };

const fail = (file: string, said: Said, at?: { line: number; col: number }): never => {
  throw new ProblemsError([{ file, ...at, ...said }]);
};

/** Line and column where the first byte that is not UTF-8 starts. */
function invalidAt(bytes: Uint8Array): { line: number; col: number } {
  // A prefix decodes (its incomplete last character aside) exactly when it ends before the
  // first wrong byte: search for the longest one.
  const decodes = (n: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (decodes(mid)) good = mid;
    else bad = mid;
  }
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, good), { stream: true });
  const lines = before.split("\n");
  return { line: lines.length, col: (lines.at(-1) as string).length + 1 };
}

/** The text of `bytes` read from `file`, without a byte order mark; a Problem when not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file: string, lang: Lang): string {
  // Checked, then decoded by Node's own UTF-8 code: several times faster than a strict
  // TextDecoder on a questionnaire, which every edited file's check pays.
  if (!isUtf8(bytes))
    return fail(file, messagesFor(lang, loadMessages).notUtf8(), invalidAt(bytes));
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * At most `maxBytes + 1` bytes of `path` (relative to `cwd`): one more than allowed is enough
 * to refuse it. Problems name the path as the person typed it.
 */
function readBounded(path: string, maxBytes: number, lang: Lang, cwd?: string): Buffer {
  const m = messagesFor(lang, loadMessages);
  let fd: number;
  try {
    fd = openSync(cwd === undefined ? path : resolve(cwd, path), "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EISDIR") return fail(path, m.unreadable(m.isAFolder));
    return fail(path, code === "ENOENT" ? m.notFound() : m.unreadable(code ?? String(e)));
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) fail(path, m.unreadable(m.isAFolder));
    if (info.isFile() && info.size > maxBytes)
      fail(path, m.tooLarge(info.size, maxBytes), { line: 1, col: 1 });
    const chunks: Buffer[] = [];
    let size = 0;
    // A file is read in one go (one byte more than its size shows whether it grew); a pipe or
    // a device, in chunks.
    let want = info.isFile() ? Math.min(info.size, maxBytes) + 1 : CHUNK;
    for (;;) {
      const chunk = Buffer.allocUnsafe(want);
      want = CHUNK;
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return fail(path, m.unreadable(code === "EISDIR" ? m.isAFolder : (code ?? String(e))));
      }
      if (n === 0) break;
      size += n;
      if (size > maxBytes) fail(path, m.tooLarge(size, maxBytes), { line: 1, col: 1 });
      chunks.push(chunk.subarray(0, n));
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
  } finally {
    closeSync(fd);
  }
}

export interface ReadOptions {
  /** The folder a relative path is read from (the command's working folder). */
  cwd?: string;
  maxBytes?: number;
}

/** Reads a text file of at most `maxBytes`; throws ProblemsError with a user-worded message. */
export function readTextFileSync(path: string, lang: Lang, o: ReadOptions = {}): string {
  const bytes = readBounded(path, o.maxBytes ?? LIMITS.maxYamlBytes, lang, o.cwd);
  return decodeUtf8(bytes, path, lang);
}

/** Reads a text file of at most `maxBytes`; throws ProblemsError with a user-worded message. */
export async function readTextFile(path: string, lang: Lang, o: ReadOptions = {}): Promise<string> {
  return readTextFileSync(path, lang, o);
}

/** The first `maxBytes` of a file as text (for a quick look at its head), or undefined. */
export function readHead(path: string, maxBytes: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const buf = Buffer.alloc(maxBytes);
    const n = readSync(fd, buf, 0, maxBytes, 0);
    return new TextDecoder("utf-8").decode(buf.subarray(0, n), { stream: true });
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads all of stdin as UTF-8, up to `maxBytes`. */
export async function readStdin(
  stdin: NodeJS.ReadableStream,
  lang: Lang,
  maxBytes: number = LIMITS.maxYamlBytes,
): Promise<string> {
  const m = messagesFor(lang, loadMessages);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    if (size > maxBytes) fail("-", m.tooLarge(size, maxBytes), { line: 1, col: 1 });
    chunks.push(b);
  }
  return decodeUtf8(Buffer.concat(chunks), "-", lang);
}
