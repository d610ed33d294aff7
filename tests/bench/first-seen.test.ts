// Where each participant was first seen says what a Map of places says, for ids read from
// several files in turn (a file may come back), lines or none, through every growth; and for
// files read as a CSV is, line after line with a rejected row or a duplicate here and there.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FirstSeen, type Place } from "../../src/batch/first-seen.ts";

const sighting = fc.record({
  id: fc.oneof(
    fc.nat({ max: 400 }).map((n) => `p${n}`),
    fc.constantFrom("", "é", "Zoé"),
  ),
  file: fc.constantFrom("a.csv", "b.csv", "answers/c.yaml"),
  line: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
});

describe("where participants were first seen", () => {
  it("gives each id's first file and line, as a Map would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(sighting, { maxLength: 400 }), { minLength: 1, maxLength: 6 }),
        (files) => {
          const mine = new FirstSeen();
          const reference = new Map<string, Place>();
          // A file's rows come together, as inputs are read one after the other.
          for (const rows of files) {
            const file = rows[0]?.file ?? "a.csv";
            for (const { id, line } of rows) {
              expect(mine.get(id)).toEqual(reference.get(id));
              mine.add(id, { file, line });
              if (!reference.has(id)) reference.set(id, { file, line });
            }
          }
          for (const [id, place] of reference) expect(mine.get(id)).toEqual(place);
          expect(mine.get("never")).toBeUndefined();
        },
      ),
      { numRuns: 100 },
    );
  });

  it("gives each id's first line in files whose lines run on, as a Map would", () => {
    const row = fc.record({
      // Mostly the next line; sometimes a few later (rows rejected, or a quoted line break).
      step: fc.oneof(
        fc.constant(1),
        fc.constant(1),
        fc.constant(1),
        fc.integer({ min: 2, max: 4 }),
      ),
      id: fc.oneof(
        fc.nat({ max: 3000 }).map((n) => `p${String(n).padStart(5, "0")}`),
        fc.nat({ max: 50 }).map((n) => `x${n}y`),
      ),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            file: fc.constantFrom("a.csv", "b.csv", "c.csv"),
            rows: fc.array(row, { maxLength: 2000 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (files) => {
          const mine = new FirstSeen();
          const reference = new Map<string, Place>();
          for (const { file, rows } of files) {
            let line = 1;
            for (const { step, id } of rows) {
              line += step;
              if (reference.has(id)) continue;
              mine.add(id, { file, line });
              reference.set(id, { file, line });
            }
          }
          const wrong = [...reference].filter(([id, place]) => {
            const got = mine.get(id);
            return got?.file !== place.file || got.line !== place.line;
          });
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
