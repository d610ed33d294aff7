// Bytes to text for CSV inputs, chunk by chunk. UTF-8 (with or without a byte order mark)
// is expected; a UTF-16 byte order mark is honoured (Excel's "Unicode text"); anything
// else that is not valid UTF-8 is read as Windows-1252, which is what Excel on Windows
// writes in French, and the caller warns.
import { isUtf8 } from "node:buffer";
import { TextDecoder } from "node:util";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Where a trailing, possibly incomplete UTF-8 sequence starts (the length when none). */
function completeUpTo(b: Uint8Array): number {
  let i = b.length - 1;
  let continuation = 0;
  // i stays within the bytes: it starts at the last one and the loop stops below 0.
  while (i >= 0 && continuation < 3 && (b[i]! & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return b.length;
  const lead = b[i]!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return b.length - i < need ? i : b.length;
}

export class StreamDecoder {
  private started = false;
  private tail: Buffer<ArrayBufferLike> = Buffer.alloc(0);
  private other: TextDecoder | null = null;
  encoding: Encoding = "utf-8";

  /** True once bytes that are not UTF-8 were read as Windows-1252. */
  get fellBack(): boolean {
    return this.encoding === "windows-1252";
  }

  decode(chunk: Uint8Array): string {
    // Most chunks follow a whole character: no copy for them.
    let bytes: Buffer<ArrayBufferLike> =
      this.tail.length === 0
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        : Buffer.concat([this.tail, chunk]);
    this.tail = Buffer.alloc(0);
    if (!this.started) {
      // A byte order mark may be split over chunks: wait for three bytes.
      if (bytes.length < 3) {
        this.tail = bytes;
        return "";
      }
      this.started = true;
      bytes = this.start(bytes);
    }
    if (this.other) return this.other.decode(bytes, { stream: true });
    const cut = completeUpTo(bytes);
    const complete = bytes.subarray(0, cut);
    if (!isUtf8(complete)) return this.fallBack(bytes);
    this.tail = Buffer.from(bytes.subarray(cut));
    return complete.toString("utf8");
  }

  end(): string {
    const rest = this.tail;
    this.tail = Buffer.alloc(0);
    if (!this.started) {
      this.started = true;
      const bytes = this.start(rest);
      if (this.other) return this.other.decode(bytes);
      return isUtf8(bytes) ? bytes.toString("utf8") : this.fallBack(bytes, true);
    }
    if (this.other) return this.other.decode(rest);
    return isUtf8(rest) ? rest.toString("utf8") : this.fallBack(rest, true);
  }

  private start(bytes: Buffer<ArrayBufferLike>): Buffer<ArrayBufferLike> {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return this.use("utf-16le", bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return this.use("utf-16be", bytes.subarray(2));
    return bytes;
  }

  private use(encoding: Encoding, bytes: Buffer<ArrayBufferLike>): Buffer<ArrayBufferLike> {
    this.encoding = encoding;
    this.other = new TextDecoder(encoding, { ignoreBOM: true });
    return bytes;
  }

  private fallBack(bytes: Buffer<ArrayBufferLike>, last = false): string {
    this.use("windows-1252", bytes);
    return (this.other as TextDecoder).decode(bytes, { stream: !last });
  }
}
