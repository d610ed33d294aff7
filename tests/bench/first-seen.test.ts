// Where each participant was first seen says what a Map of places says, for ids read from
// several files in turn (a file may come back), lines or none, through every growth.
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
});
