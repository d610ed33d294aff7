// The warnings' word search gives the answer of the one-pattern search it replaces, which
// tested its boundaries with Unicode classes under the `i` flag.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyOf, wordIn } from "../../src/load/semantic/whole-word.ts";

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const reference = (word: string, text: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${literal(word)}(?![\\p{L}\\p{N}])`, "iu").test(text);

// Letters and digits of several scripts, case pairs, astral letters, separators, and a mark
// (U+0345) that is a letter only under case folding.
const pieces = ["a", "A", "é", "É", "ß", "K", "1", "٣", "𝐀", "𐐀", "𐐨", "\u0345", " ", "-", "."];
const piece = fc.constantFrom(...pieces);
const textOf = (max: number) => fc.array(piece, { maxLength: max }).map((a) => a.join(""));

describe("wordIn", () => {
  it("finds whole words in any case, not parts of words", () => {
    expect(wordIn("souvent", "Vous répondez SOUVENT.")).toBe(true);
    expect(wordIn("souvent", "souventes fois")).toBe(false);
    expect(wordIn("always", "nearly-always")).toBe(true);
    expect(wordIn("chaque fois", "à chaque fois")).toBe(true);
    expect(wordIn("ever", "never, ever")).toBe(true);
    expect(wordIn("ever", "never")).toBe(false);
    expect(wordIn("Écoute", "l’écoute active")).toBe(true);
    expect(wordIn("a.b", "axb")).toBe(false);
    // The first match is inside a word; the one overlapping it is not.
    expect(wordIn("--", "a---")).toBe(true);
    expect(wordIn("ab", "\u0345ab")).toBe(reference("ab", "\u0345ab"));
  });

  it("answers as the pattern with Unicode boundaries does, whatever the text", () => {
    fc.assert(
      fc.property(
        textOf(4).filter((w) => w !== ""),
        textOf(30),
        (word, text) => {
          expect(wordIn(word, text)).toBe(reference(word, text));
        },
      ),
      { numRuns: 600 },
    );
  });

  it("finds a word after an overlapping match that was inside a longer word", () => {
    fc.assert(
      fc.property(
        textOf(3).filter((w) => w !== ""),
        textOf(10),
        textOf(10),
        (word, a, b) => {
          const text = `${a}${word}${word}${b} ${word}`;
          expect(wordIn(word, text)).toBe(reference(word, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds a word wherever one of a list is whole (anyOf, the quick test before wordIn)", () => {
    expect(anyOf(["souvent", "jamais"]).test("Vous répondez SOUVENT.")).toBe(true);
    expect(anyOf(["souvent", "jamais"]).test("toujours")).toBe(false);
    expect(anyOf(["a.b"]).test("axb")).toBe(false);
    fc.assert(
      fc.property(
        fc.array(
          textOf(3).filter((w) => w !== ""),
          { minLength: 1, maxLength: 4 },
        ),
        textOf(20),
        (words, text) => {
          if (words.some((w) => wordIn(w, text))) expect(anyOf(words).test(text)).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  });
});
