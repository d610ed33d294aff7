// Records written as bytes into one growing buffer, handed to the writer in chunks: the
// parts of a record that repeat row after row are copied as bytes already encoded, and the
// common cells (plain ids, whole numbers) are written byte by byte; anything else is encoded
// as a string.

// A chunk is written once it holds 256 kB (results.ts): room for that and a long row or two.
const START_SIZE = 272 * 1024;

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
    // set() measured faster than a loop over the bytes, even for parts of a dozen bytes.
    this.buf.set(part, this.off);
    this.off += n;
  }

  write(s: string): void {
    this.room(s.length * 3);
    this.off += this.buf.write(s, this.off, "utf8");
  }

  /** Text of which plain(s) holds: its characters are its bytes. */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    const off = this.off;
    for (let i = 0; i < n; i++) buf[off + i] = s.charCodeAt(i);
    this.off += n;
  }

  /** A whole number ≥ 0 in decimal, as String(n) writes it. */
  uint(n: number): void {
    if (!(n >= 0 && n < 2 ** 31 && n === Math.floor(n))) {
      this.write(String(n));
      return;
    }
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    this.room(digits);
    const buf = this.buf;
    let v = n;
    for (let i = this.off + digits - 1; i >= this.off; i--) {
      const q = (v / 10) | 0;
      buf[i] = 48 + v - q * 10;
      v = q;
    }
    this.off += digits;
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

// Characters that a CSV cell or a JSON string writes otherwise than as themselves.
const SEMICOLON = 0x3b;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SPACE = 0x20;

/**
 * Text written as itself both as a CSV cell (csvCell) and between the quotes of a JSON string
 * (sanitizeJson(JSON.stringify(s))): printable ASCII but for separators, quotes and
 * backslashes, no space at either end, and no formula character first (csv/formula.ts).
 * Anything else goes through those functions.
 */
export function plain(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const first = s.charCodeAt(0);
  // = + - @ (formula starts); the rest of FORMULA_START is not printable ASCII.
  if (first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > SPACE && c < 0x7f) {
      if (c === COMMA || c === SEMICOLON || c === QUOTE || c === BACKSLASH) return false;
    } else if (c !== SPACE || i === 0 || i === n - 1) return false;
  }
  return true;
}
