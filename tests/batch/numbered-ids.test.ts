// Ids of a prefix and a number are kept at 4 bytes each, apart from the others: the set still
// says what a Set of strings says, whatever mix of numbered and other ids comes, in any order,
// and no flood of numbered ids (scattered numbers, countless prefixes) makes it grow beyond a
// few slots an id or walk long chains.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdSet } from "../../src/batch/id-set.ts";
import { NumberedIds } from "../../src/batch/numbered-ids.ts";

const digits = (n: number, width: number) => String(n).padStart(width, "0");

const numbered = fc.oneof(
  // Numbers read mostly in order, as exports number people: they fill pages.
  fc
    .tuple(fc.constantFrom("p", "P-", "", "é", "2024-", "x1y"), fc.nat({ max: 9000 }), fc.nat(3))
    .map(([prefix, n, pad]) => prefix + digits(n, String(n).length + pad)),
  // Scattered numbers: most find no page and go to the hashed store.
  fc
    .tuple(fc.constantFrom("p", "q"), fc.nat({ max: 999_999_999 }))
    .map(([prefix, n]) => `${prefix}${n}`),
  // Ten digits or more: not numbered, kept as text.
  fc.bigInt({ min: 10n ** 9n, max: 10n ** 12n }).map((n) => `p${n}`),
  // Many forms: more than are kept.
  fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 99 })).map(([f, n]) => `f${f}-${n}`),
);
const other = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom("", "p", "p1 ", " 1", "1a", "١٢", "p\u0000", "😀1"),
);
const id = fc.oneof(numbered, numbered, other);

describe("the id set, on numbered and other ids", () => {
  it("answers add, has and indexOf as a Map of first numbers would", () => {
    fc.assert(
      fc.property(fc.array(id, { minLength: 100, maxLength: 6000 }), (ids) => {
        const mine = new IdSet();
        const reference = new Map<string, number>();
        const wrong: string[] = [];
        for (const x of ids) {
          if (mine.add(x) === reference.has(x)) wrong.push(`add ${x}`);
          if (!reference.has(x)) reference.set(x, reference.size);
        }
        for (const [x, k] of reference) if (mine.indexOf(x) !== k) wrong.push(`indexOf ${x}`);
        for (const x of ids)
          if (mine.has(`${x}0`) !== reference.has(`${x}0`)) wrong.push(`has ${x}0`);
        expect(wrong).toEqual([]);
        expect(mine.size).toBe(reference.size);
      }),
      { numRuns: 60 },
    );
  });

  it("keeps ids of one number in different forms apart: p1, p01, p001, 1, 01", () => {
    const forms = ["p1", "p01", "p001", "1", "01", "001", "p0", "p00", "P1", "p1a", "pp1", "1p1"];
    const set = new IdSet();
    for (const x of forms) expect(set.add(x)).toBe(true);
    for (const x of forms) expect(set.add(x)).toBe(false);
    expect(forms.map((x) => set.indexOf(x))).toEqual(forms.map((_, k) => k));
    for (const x of ["p", "p2", "p0001", "0", "2", "p10"]) expect(set.has(x)).toBe(false);
    expect(set.size).toBe(forms.length);
  });

  it("finds a numbered id kept in the hashed store after its number's page is made", () => {
    const set = new IdSet();
    // Numbers three pages apart: past the first, there is no room to make their pages.
    const scattered = Array.from({ length: 300 }, (_, i) => `p${i * 3 * 4096}`);
    for (const x of scattered) expect(set.add(x)).toBe(true);
    // The same form in order: the pages are made, over the scattered numbers among others.
    const taken = new Set(scattered);
    const wrong: string[] = [];
    for (let n = 0; n < 400_000; n++)
      if (set.add(`p${n}`) === taken.has(`p${n}`)) wrong.push(`p${n}`);
    expect(wrong).toEqual([]);
    expect(scattered.map((x) => set.indexOf(x))).toEqual(scattered.map((_, k) => k));
    expect(set.size).toBe(400_000 + scattered.filter((x) => Number(x.slice(1)) >= 400_000).length);
  });
});

describe("numbered ids under a flood", () => {
  /** Puts every id not there yet; how many were kept here, and the pages' slots. */
  function fill(ids: Iterable<string>) {
    const store = new NumberedIds();
    let kept = 0;
    let refused = 0;
    for (const x of ids) {
      if (!store.locate(x) || store.get() !== -1) continue;
      if (store.put(kept + refused)) kept++;
      else refused++;
    }
    return { kept, refused, slots: store.slots };
  }

  it("makes no more than 4 slots an id kept, plus one page, for numbers one page apart", () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `p${i * 4096}`);
    const { kept, refused, slots } = fill(ids);
    expect(kept + refused).toBe(ids.length);
    expect(refused).toBeGreaterThan(ids.length * 0.9);
    expect(slots).toBeLessThanOrEqual(4 * kept + 4096);
  });

  it("keeps ids of countless prefixes elsewhere: a page a form is not made", () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `${i.toString(36)}-7`);
    const { kept, refused, slots } = fill(ids);
    expect(kept).toBeLessThanOrEqual(32);
    expect(refused).toBe(ids.length - kept);
    expect(slots).toBeLessThanOrEqual(4 * kept + 4096);
  });

  it("keeps a million ids read in order in exactly a million slots' pages", () => {
    const ids = (function* () {
      for (let n = 1; n <= 1_000_000; n++) yield `p${digits(n, 7)}`;
    })();
    const { kept, refused, slots } = fill(ids);
    expect(kept).toBe(1_000_000);
    expect(refused).toBe(0);
    expect(slots).toBe(Math.ceil(1_000_001 / 4096) * 4096);
  });

  it("looks few slots up in the hashed store for a flood of scattered numbered ids", () => {
    const set = new IdSet();
    const ids = Array.from({ length: 30_000 }, (_, i) => `p${(i * 2_654_435_761) % 999_999_937}`);
    const distinct = new Set(ids);
    for (const x of ids) set.add(x);
    expect(set.size).toBe(distinct.size);
    for (const x of distinct) expect(set.has(x)).toBe(true);
    expect(set.probes / (3 * ids.length)).toBeLessThan(8);
  });
});
