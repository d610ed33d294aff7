// The participant ids a batch has seen, to refuse a second answer sheet of the same person.
// A Set of strings costs some 60 bytes an id: at a million rows, more than the whole batch's
// memory budget. Here the ids' characters go one after the other into one growing array,
// found again through an open-addressing table of hashes, at some 20 bytes for a short id.
// Membership is exact: a hash match is confirmed character by character.

const EMPTY = -1;

export class IdSet {
  /** Characters of every id, one after the other; one byte each until an id needs two. */
  private chars: Uint8Array | Uint16Array = new Uint8Array(1 << 12);
  private used = 0;
  /** Where each id starts in `chars`; the next one's start is where it ends. */
  private starts: Int32Array = new Int32Array(1 << 10);
  private count = 0;
  /** Open addressing: the id's number, or EMPTY. */
  private slots = new Int32Array(1 << 11).fill(EMPTY);

  get size(): number {
    return this.count;
  }

  /** Adds `id`; false when it was already there. */
  add(id: string): boolean {
    const hash = hashOf(id);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const k = this.slots[slot] as number;
      if (k === EMPTY) break;
      if (this.equals(k, id)) return false;
      slot = (slot + 1) & mask;
    }
    this.store(id);
    this.slots[slot] = this.count - 1;
    // Three quarters full at most: probes stay short, the table stays small.
    if (this.count * 4 > this.slots.length * 3) this.rehash();
    return true;
  }

  has(id: string): boolean {
    const hash = hashOf(id);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot] as number;
      if (k === EMPTY) return false;
      if (this.equals(k, id)) return true;
    }
  }

  private equals(k: number, id: string): boolean {
    const start = this.starts[k] as number;
    const end = this.end(k);
    if (end - start !== id.length) return false;
    for (let i = 0; i < id.length; i++)
      if (this.chars[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private end(k: number): number {
    return k + 1 < this.count ? (this.starts[k + 1] as number) : this.used;
  }

  private store(id: string): void {
    let wide = this.chars instanceof Uint16Array;
    for (let i = 0; i < id.length && !wide; i++) wide = id.charCodeAt(i) > 0xff;
    if (this.used + id.length > this.chars.length || (wide && this.chars instanceof Uint8Array)) {
      const size = Math.max(this.chars.length * 2, this.used + id.length);
      const next = wide ? new Uint16Array(size) : new Uint8Array(size);
      next.set(this.chars.subarray(0, this.used));
      this.chars = next;
    }
    for (let i = 0; i < id.length; i++) this.chars[this.used + i] = id.charCodeAt(i);
    if (this.count === this.starts.length) this.starts = grown(this.starts);
    this.starts[this.count] = this.used;
    this.used += id.length;
    this.count++;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = this.slots.length - 1;
    for (let k = 0; k < this.count; k++) {
      let slot = hashAt(this.chars, this.starts[k] as number, this.end(k)) & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = k;
    }
  }
}

function grown(a: Int32Array): Int32Array {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
}

/** FNV-1a over the UTF-16 code units, mixed so that nearby ids spread over the table. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return mix(h);
}

/** The same hash, of an id already stored (when the table grows). */
function hashAt(chars: Uint8Array | Uint16Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (chars[i] as number), 0x01000193);
  return mix(h);
}

function mix(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (x ^ (x >>> 13)) | 0;
}
