// Records written as bytes into one growing buffer, handed to the writer in chunks: the
// parts of a record that repeat row after row are copied as bytes already encoded, the rest
// is encoded in place.

// A chunk is written once it holds 64 kB: room for that and a long row or two.
const START_SIZE = 80 * 1024;

export class ByteChunks {
  private buf: Buffer = Buffer.allocUnsafe(START_SIZE);
  private off = 0;

  private room(n: number): void {
    if (this.off + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.off + n));
    this.buf.copy(bigger, 0, 0, this.off);
    this.buf = bigger;
  }

  put(part: Uint8Array): void {
    const n = part.length;
    this.room(n);
    // Parts are short: a loop beats the call into set() for a few dozen bytes.
    if (n < 64) {
      const buf = this.buf;
      const off = this.off;
      for (let i = 0; i < n; i++) buf[off + i] = part[i]!;
    } else this.buf.set(part, this.off);
    this.off += n;
  }

  write(s: string): void {
    this.room(s.length * 3);
    this.off += this.buf.write(s, this.off, "utf8");
  }

  /** The bytes added so far if there are at least `min` of them (then it starts anew). */
  take(min = 1): Uint8Array | null {
    if (this.off < min || this.off === 0) return null;
    const out = this.buf.subarray(0, this.off);
    this.buf = Buffer.allocUnsafe(START_SIZE);
    this.off = 0;
    return out;
  }
}

export const bytes = (s: string): Uint8Array => Buffer.from(s, "utf8");
