// A zip file written as a stream, entry after entry, each deflated as its bytes come: sizes
// and checksums follow each entry's data (a data descriptor), so nothing is held back. Each
// chunk is deflated on its own, ending on a sync flush, and the last block closes the entry:
// one valid deflate stream, compressed chunk by chunk.
import { constants, crc32, deflateRawSync } from "node:zlib";

export type Put = (bytes: Uint8Array) => Promise<void>;

/** Past 4 GB an entry or the file would need Zip64, which a results workbook never needs. */
export class ZipTooLarge extends Error {
  constructor() {
    super("zip: larger than 4 GB");
    this.name = "ZipTooLarge";
  }
}

const MAX32 = 0xffffffff;
// Flags: sizes after the data (bit 3), names in UTF-8 (bit 11).
const FLAGS = 0x0808;
const DEFLATE = 8;
// 1 January 1980, 00:00: the same bytes for the same results.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const FINAL_BLOCK = deflateRawSync(Buffer.alloc(0));

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

export class ZipWriter {
  private offset = 0;
  private readonly done: Written[] = [];
  private current: Written | null = null;

  constructor(private readonly put: Put) {}

  private async out(bytes: Uint8Array): Promise<void> {
    this.offset += bytes.length;
    if (this.offset > MAX32) throw new ZipTooLarge();
    await this.put(bytes);
  }

  async begin(name: string): Promise<void> {
    const n = Buffer.from(name, "utf8");
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(FLAGS, 6);
    h.writeUInt16LE(DEFLATE, 8);
    h.writeUInt16LE(0, 10);
    h.writeUInt16LE(DOS_DATE, 12);
    h.writeUInt16LE(n.length, 26);
    this.current = { name: n, crc: 0, compressed: 0, size: 0, offset: this.offset };
    await this.out(Buffer.concat([h, n]));
  }

  async write(bytes: Uint8Array): Promise<void> {
    const c = this.current as Written;
    if (bytes.length === 0) return;
    c.crc = crc32(bytes, c.crc);
    c.size += bytes.length;
    const deflated = deflateRawSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH });
    c.compressed += deflated.length;
    if (c.size > MAX32 || c.compressed > MAX32) throw new ZipTooLarge();
    await this.out(deflated);
  }

  async end(): Promise<void> {
    const c = this.current as Written;
    c.compressed += FINAL_BLOCK.length;
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(c.crc >>> 0, 4);
    d.writeUInt32LE(c.compressed, 8);
    d.writeUInt32LE(c.size, 12);
    await this.out(Buffer.concat([FINAL_BLOCK, d]));
    this.done.push(c);
    this.current = null;
  }

  /** A whole entry at once. */
  async file(name: string, text: string): Promise<void> {
    await this.begin(name);
    await this.write(Buffer.from(text, "utf8"));
    await this.end();
  }

  /** The central directory and its end: the zip is complete. */
  async finish(): Promise<void> {
    const start = this.offset;
    const parts: Buffer[] = [];
    for (const e of this.done) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(FLAGS, 8);
      h.writeUInt16LE(DEFLATE, 10);
      h.writeUInt16LE(0, 12);
      h.writeUInt16LE(DOS_DATE, 14);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      parts.push(h, e.name);
    }
    const dir = Buffer.concat(parts);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.done.length, 8);
    end.writeUInt16LE(this.done.length, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(start, 16);
    await this.out(Buffer.concat([dir, end]));
  }
}
