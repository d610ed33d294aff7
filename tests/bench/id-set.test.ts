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
});
