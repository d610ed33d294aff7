// Plural forms follow each language's rule: French puts 0 and 1 in the singular, English only 1.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { counted, plural } from "../../src/i18n/plural.ts";
import { runs, seedOptions } from "../fuzz/helpers.ts";

describe("plural forms", () => {
  it("French: 0 and 1 singular, 2 and more plural, a million too", () => {
    expect([0, 1, 2, 10, 1_000_000].map((n) => counted("fr", n, "résultat", "résultats"))).toEqual([
      "0 résultat",
      "1 résultat",
      "2 résultats",
      "10 résultats",
      "1000000 résultats",
    ]);
  });

  it("English: only 1 singular", () => {
    expect([0, 1, 2].map((n) => plural("en", n, "item", "items"))).toEqual([
      "items",
      "item",
      "items",
    ]);
  });
});

describe("plural forms against Intl.PluralRules", () => {
  const numbers = fc.oneof(
    fc.integer({ min: -3, max: 3 }),
    fc.integer(),
    fc.constantFrom(1_000_000, 2_000_000, -1_000_000, 1e21, 0.5, 1.5, -1.5, 1.0004, 2.5),
    fc.double({ noNaN: false }),
  );
  for (const lang of ["fr", "en"] as const) {
    it(`${lang}: the singular exactly where Intl.PluralRules says "one"`, () => {
      const rules = new Intl.PluralRules(lang);
      fc.assert(
        fc.property(numbers, (n) => {
          expect(plural(lang, n, "one", "other")).toBe(rules.select(n) === "one" ? "one" : "other");
        }),
        { ...seedOptions(), numRuns: runs(2000) },
      );
    });
  }
});

describe("minutes left in a session", () => {
  it("agrees in French: 1 min restante, 2 min restantes", async () => {
    const { askMessages } = await import("../../src/ask/messages.ts");
    expect(askMessages.fr.minutesLeft(1)).toBe("environ 1 min restante");
    expect(askMessages.fr.minutesLeft(2)).toBe("environ 2 min restantes");
    expect(askMessages.en.minutesLeft(1)).toBe("about 1 min left");
  });
});
