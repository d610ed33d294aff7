// Participant ids of any form, each with a number, kept compactly: the ids' characters go one
// after the other into one growing array, found again through an open-addressing table, at
// some 20 bytes for a short id (a Map of strings costs some 60). A hash match is confirmed
// character by character. Every read of the arrays (`x[i]!`) is at an index written before.
// Ids come from a CSV anyone could fill in, so the hash is keyed with a key drawn at random
// for each process: nobody can prepare ids that all land in one slot (with a fixed hash,
// 32,768 chosen ids made every insertion walk past all the earlier ones).
import { randomFillSync } from "node:crypto";

export const EMPTY = -1;

export class HashedIds {
  /** Characters of every id, one after the other; one byte each until an id needs two. */
  private chars: Uint8Array | Uint16Array = new Uint8Array(1 << 12);
  private used = 0;
  /** Where each id starts in `chars`; the next one's start is where it ends. */
  private starts: Int32Array = new Int32Array(1 << 10);
  /** The number given with each id. */
  private values: Int32Array = new Int32Array(1 << 10);
  private count = 0;
  /** Open addressing: the id's place in `starts`, or EMPTY. */
  private slots = new Int32Array(1 << 11).fill(EMPTY);
  /** Slots looked at so far, by add and get: what a flood of colliding ids would drive up. */
  probes = 0;

  get size(): number {
    return this.count;
  }

  /** Adds `id` with its number `value` (0 or more); false when `id` was already there. */
  add(id: string, value: number): boolean {
    const hash = hashOf(id);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      this.probes++;
      const k = this.slots[slot]!;
      if (k === EMPTY) break;
      if (this.equals(k, id)) return false;
      slot = (slot + 1) & mask;
    }
    this.store(id, value);
    this.slots[slot] = this.count - 1;
    // Three quarters full at most: probes stay short, the table stays small.
    if (this.count * 4 > this.slots.length * 3) this.rehash();
    return true;
  }

  /** The number given with `id`; EMPTY when it is not there. */
  get(id: string): number {
    const hash = hashOf(id);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      this.probes++;
      const k = this.slots[slot]!;
      if (k === EMPTY) return EMPTY;
      if (this.equals(k, id)) return this.values[k]!;
    }
  }

  private equals(k: number, id: string): boolean {
    const start = this.starts[k]!;
    const end = this.end(k);
    if (end - start !== id.length) return false;
    for (let i = 0; i < id.length; i++)
      if (this.chars[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private end(k: number): number {
    return k + 1 < this.count ? this.starts[k + 1]! : this.used;
  }

  private store(id: string, value: number): void {
    let wide = this.chars instanceof Uint16Array;
    for (let i = 0; i < id.length && !wide; i++) wide = id.charCodeAt(i) > 0xff;
    if (this.used + id.length > this.chars.length || (wide && this.chars instanceof Uint8Array)) {
      const size = Math.max(grownLength(this.chars.length), this.used + id.length);
      const next = wide ? new Uint16Array(size) : new Uint8Array(size);
      next.set(this.chars.subarray(0, this.used));
      this.chars = next;
    }
    for (let i = 0; i < id.length; i++) this.chars[this.used + i] = id.charCodeAt(i);
    if (this.count === this.starts.length) {
      this.starts = grownBy(this.starts, this.count + 1);
      this.values = grownBy(this.values, this.count + 1);
    }
    this.starts[this.count] = this.used;
    this.values[this.count] = value;
    this.used += id.length;
    this.count++;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = this.slots.length - 1;
    for (let k = 0; k < this.count; k++) {
      let slot = hashAt(this.chars, this.starts[k]!, this.end(k)) & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = k;
    }
  }
}

/**
 * The next length of an array that grows a row at a time: half as long again, not twice.
 * At a million ids, doubling would leave up to half of each array unused, and the old and
 * the new array side by side while one is copied: the peak memory of a large batch.
 */
const grownLength = (length: number): number => length + (length >> 1);

/** `a` copied into an array of at least `least` numbers. */
export function grownBy(a: Int32Array, least: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(grownLength(a.length), least));
  next.set(a);
  return next;
}

const KEY = randomFillSync(new Int32Array(2));
const K0 = KEY[0]!;
const K1 = KEY[1]!;

// The state of the hash being computed: module variables rather than an object an id, as
// a million ids are hashed at least twice (once more each time the table grows).
let v0 = 0;
let v1 = 0;
let v2 = 0;
let v3 = 0;

const rotl = (x: number, b: number): number => (x << b) | (x >>> (32 - b));

function round(): void {
  v0 = (v0 + v1) | 0;
  v1 = rotl(v1, 5) ^ v0;
  v0 = rotl(v0, 16);
  v2 = (v2 + v3) | 0;
  v3 = rotl(v3, 8) ^ v2;
  v0 = (v0 + v3) | 0;
  v3 = rotl(v3, 7) ^ v0;
  v2 = (v2 + v1) | 0;
  v1 = rotl(v1, 13) ^ v2;
  v2 = rotl(v2, 16);
}

function begin(): void {
  v0 = K0;
  v1 = K1;
  v2 = 0x6c796765 ^ K0;
  v3 = 0x74656462 ^ K1;
}

function word(m: number): void {
  v3 ^= m;
  round();
  v0 ^= m;
}

function finish(): number {
  v2 ^= 0xff;
  round();
  round();
  round();
  return v1 ^ v3;
}

/**
 * The keyed hash of an id: HalfSipHash-1-3 (SipHash on 32-bit words, made for keyed hash
 * tables) over the UTF-16 code units, two to a word, the length in the last word.
 */
function hashOf(id: string): number {
  const n = id.length;
  begin();
  let i = 0;
  for (; i + 1 < n; i += 2) word(id.charCodeAt(i) | (id.charCodeAt(i + 1) << 16));
  word((i < n ? id.charCodeAt(i) : 0) | ((n & 0xff) << 24));
  return finish();
}

/** The same hash, of an id already stored (when the table grows). */
function hashAt(chars: Uint8Array | Uint16Array, start: number, end: number): number {
  begin();
  let i = start;
  for (; i + 1 < end; i += 2) word(chars[i]! | (chars[i + 1]! << 16));
  word((i < end ? chars[i]! : 0) | (((end - start) & 0xff) << 24));
  return finish();
}
