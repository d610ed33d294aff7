// The batch's set of participant ids says what a Set of strings says, for any ids: short,
// long, accented, astral, empty, colliding prefixes, added again and again.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdSet } from "../../src/batch/id-set.ts";

const id = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.nat({ max: 3000 }).map((n) => `p${String(n).padStart(6, "0")}`),
  fc.constantFrom("", "é", "Élodie", "😀", "a\u0000b"),
);

describe("the set of participant ids", () => {
  it("answers every add and has as a Set would, through every growth", () => {
    fc.assert(
      fc.property(
        fc.array(id, { minLength: 500, maxLength: 3000 }),
        fc.array(id, { maxLength: 50 }),
        (ids, probes) => {
          const mine = new IdSet();
          const reference = new Set<string>();
          for (const x of ids) {
            expect(mine.add(x)).toBe(!reference.has(x));
            reference.add(x);
          }
          expect(mine.size).toBe(reference.size);
          for (const x of [...probes, ...ids]) expect(mine.has(x)).toBe(reference.has(x));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("keeps a million short ids apart", () => {
    const ids = new IdSet();
    let refused = 0;
    for (let n = 0; n < 1_000_000; n++) if (!ids.add(`p${n}`)) refused++;
    expect(refused).toBe(0);
    expect(ids.add("p999999")).toBe(false);
    expect(ids.has("p1000000")).toBe(false);
    expect(ids.size).toBe(1_000_000);
  });

  it("is not slowed by ids made to share one hash: 32,768 FNV-1a collisions take few probes", () => {
    const ids = fnvCollisions(15);
    expect(ids.length).toBe(32_768);
    // They do collide under the fixed hash the set once used: every one in one slot.
    expect(new Set(ids.map(oldHash)).size).toBe(1);
    const set = new IdSet();
    for (const x of ids) expect(set.add(x)).toBe(true);
    for (const x of ids) expect(set.has(x)).toBe(true);
    expect(set.size).toBe(ids.length);
    // A few slots an operation, as for any ids; under the old hash, 16,384 on average.
    expect(set.probes / (2 * ids.length)).toBeLessThan(8);
  });
});

const FNV_BASIS = 0x811c9dc5;
const fnvFrom = (h: number, text: string): number => {
  let x = h;
  for (let i = 0; i < text.length; i++) x = Math.imul(x ^ text.charCodeAt(i), 0x01000193);
  return x;
};

/** The hash the set used before its hash was keyed: FNV-1a, then mixed. */
function oldHash(id: string): number {
  const h = fnvFrom(FNV_BASIS, id);
  const x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (x ^ (x >>> 13)) | 0;
}

/**
 * 2^rounds ids of one FNV-1a hash: at each round, two blocks that lead from the same state
 * to the same state (a birthday search), so any choice of one block a round collides.
 */
function fnvCollisions(rounds: number): string[] {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  let seed = 12345;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) | 0;
    return (seed >>> 8) % alphabet.length;
  };
  let state = FNV_BASIS;
  const pairs: [string, string][] = [];
  while (pairs.length < rounds) {
    const seen = new Map<number, string>();
    for (;;) {
      let block = "";
      for (let i = 0; i < 7; i++) block += alphabet[next()];
      const h = fnvFrom(state, block);
      const other = seen.get(h);
      if (other !== undefined && other !== block) {
        pairs.push([other, block]);
        state = h;
        break;
      }
      seen.set(h, block);
    }
  }
  let ids = [""];
  for (const [a, b] of pairs) ids = ids.flatMap((x) => [x + a, x + b]);
  return ids;
}
