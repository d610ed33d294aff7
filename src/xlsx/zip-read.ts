// Reading the entries of a zip file (a workbook is one) without trusting it: only the central
// directory is read whole, and it is capped; an entry is inflated as a stream and stopped as
// soon as it gives more than its limit, whatever size it claims. Memory stays at a few chunks
// however large, or however deceitful, the file.
import { createReadStream } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { WorkbookError } from "./errors.ts";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

/** The most entries a zip may list: a workbook has a few dozen. */
export const MAX_ENTRIES = 10_000;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_MIN = 22;
// The end record is followed by a comment of at most 65,535 bytes.
const TAIL = EOCD_MIN + 0xffff;

const notZip = (): WorkbookError => new WorkbookError("not-zip");

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buf, 0, length, position);
  if (bytesRead !== length) throw notZip();
  return buf;
}

/** The entries of the zip at `path`, from its central directory. */
export async function zipEntries(path: string): Promise<Map<string, ZipEntry>> {
  const handle = await open(path, "r");
  try {
    const size = (await handle.stat()).size;
    if (size < EOCD_MIN) throw notZip();
    const tailStart = Math.max(0, size - TAIL);
    const tail = await readAt(handle, tailStart, size - tailStart);
    let at = tail.length - EOCD_MIN;
    while (at >= 0 && tail.readUInt32LE(at) !== EOCD) at--;
    if (at < 0) throw notZip();
    const count = tail.readUInt16LE(at + 10);
    const dirSize = tail.readUInt32LE(at + 12);
    const dirOffset = tail.readUInt32LE(at + 16);
    // Zip64 marks: a workbook never needs them, a crafted file may.
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff)
      throw new WorkbookError("too-big");
    if (count > MAX_ENTRIES) throw new WorkbookError("too-many-entries");
    if (dirOffset + dirSize > size || dirSize > count * (46 + 0xffff * 3)) throw notZip();
    const dir = await readAt(handle, dirOffset, dirSize);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw notZip();
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      if (p + 46 + nameLength > dir.length) throw notZip();
      const name = dir.toString("utf8", p + 46, p + 46 + nameLength);
      entries.set(name, {
        name,
        flags: dir.readUInt16LE(p + 8),
        method: dir.readUInt16LE(p + 10),
        compressedSize: dir.readUInt32LE(p + 20),
        size: dir.readUInt32LE(p + 24),
        offset: dir.readUInt32LE(p + 42),
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/**
 * The bytes of an entry, inflated as they are read; more than `limit` bytes (told by its
 * header, or found while inflating) is a WorkbookError, at once.
 */
export async function* entryBytes(
  path: string,
  entry: ZipEntry,
  limit: number,
): AsyncGenerator<Buffer> {
  if (entry.flags & 1) throw new WorkbookError("encrypted");
  if (entry.method !== 0 && entry.method !== 8) throw new WorkbookError("unsupported");
  if (entry.size > limit) throw new WorkbookError("too-big");
  const handle = await open(path, "r");
  let start: number;
  try {
    const local = await readAt(handle, entry.offset, 30);
    if (local.readUInt32LE(0) !== LOCAL) throw notZip();
    start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  } finally {
    await handle.close();
  }
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(path, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 64 * 1024,
  });
  const bytes = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 64 * 1024 })) : raw;
  // A read error would otherwise leave the inflater waiting for ever.
  if (bytes !== raw) raw.on("error", (e) => bytes.destroy(e));
  let total = 0;
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw new WorkbookError("too-big");
      yield chunk;
    }
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    // Inflating failed: the entry is not what its header says.
    throw notZip();
  } finally {
    raw.destroy();
    if (bytes !== raw) bytes.destroy();
  }
}

/** A small entry as text. */
export async function entryText(path: string, entry: ZipEntry, limit: number): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of entryBytes(path, entry, limit)) parts.push(chunk);
  return Buffer.concat(parts).toString("utf8");
}
