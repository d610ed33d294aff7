// The byte writers' shortcuts for the common cells: plain text written as its characters,
// whole numbers written digit by digit. Each must give the bytes of the general path.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteChunks, plain } from "../../src/batch/output/byte-chunks.ts";
import { csvCell, EXCEL_CSV, PLAIN_CSV } from "../../src/render/csv.ts";
import { sanitizeJson } from "../../src/term/sanitize.ts";

const written = (fill: (b: ByteChunks) => void): string => {
  const b = new ByteChunks();
  fill(b);
  return Buffer.from(b.take() ?? new Uint8Array(0)).toString("utf8");
};

// Text close to the edge: separators, quotes, formula signs, spaces, controls, accents.
const tricky = fc.string({
  unit: fc.constantFrom(..."aZ09 .'_=+-@,;\"\\\t\r\n\u007f\u0085\u202eé€".split("")),
  maxLength: 12,
});

describe("plain text", () => {
  it("is what csvCell and JSON write as itself, and nothing else is taken for it", () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string(), fc.string({ unit: "binary" })), (s) => {
        const same =
          s !== "" &&
          csvCell(s, PLAIN_CSV) === s &&
          csvCell(s, EXCEL_CSV) === s &&
          sanitizeJson(JSON.stringify(s)) === `"${s}"` &&
          Buffer.byteLength(s) === s.length;
        if (plain(s)) {
          expect(same).toBe(true);
          expect(written((b) => b.ascii(s))).toBe(s);
        }
      }),
      { numRuns: 1000 },
    );
    for (const s of ["p000001", "Ana M. 3", "a'b"]) expect(plain(s), s).toBe(true);
    for (const s of ["", " a", "a ", "-1", "=A1", "@x", "+1", "a,b", "a;b", 'a"b', "a\\b", "é"])
      expect(plain(s), s).toBe(false);
  });
});

describe("whole numbers", () => {
  it("are written as String() writes them, whatever the number", () => {
    const numbers = fc.oneof(
      fc.nat(),
      fc.integer({ min: 2 ** 31 - 3, max: 2 ** 31 + 3 }),
      fc.constantFrom(0, 9, 10, 99, 100, 999_999, 1_000_000),
      fc.double(),
    );
    fc.assert(
      fc.property(fc.array(numbers, { maxLength: 5 }), (ns) => {
        const text = written((b) => {
          for (const n of ns) b.uint(n);
        });
        expect(text).toBe(ns.map(String).join(""));
      }),
      { numRuns: 2000 },
    );
  });
});
