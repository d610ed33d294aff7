// Whether a text says a word: the word, in any case, not inside a longer word. The warnings
// look for the same few words (dimension names, frequency words) in every text of a
// questionnaire; a pattern that tests its boundaries with Unicode classes under the `i` flag
// costs milliseconds to build and tests those classes at every position of the text. So the
// word alone is searched, and only where it is found are its neighbours tested, against one
// class built once: the same answer as `(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])` with `iu`.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/iu;

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const patterns = new Map<string, RegExp>();

function patternFor(word: string): RegExp {
  let pattern = patterns.get(word);
  if (!pattern) {
    pattern = new RegExp(literal(word), "giu");
    patterns.set(word, pattern);
  }
  return pattern;
}

/** The code point that ends just before `i`, or "" at the start. */
function pointBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  if (i >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.slice(Math.max(0, i - 1), i);
}

/** The code point that starts at `i`, or "" at the end. */
function pointAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/**
 * A search for any of `words` (in any case, inside a longer word or not), as wordIn searches
 * for each: when it finds none in a text, wordIn is false there for every one of them, known
 * in one search instead of one per word.
 */
export function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.map(literal).join("|"), "iu");
}

export function wordIn(word: string, text: string): boolean {
  const pattern = patternFor(word);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    if (
      !LETTER_OR_DIGIT.test(pointBefore(text, start)) &&
      !LETTER_OR_DIGIT.test(pointAt(text, start + m[0].length))
    )
      return true;
    // Matches may overlap: the next try starts one character (code point) further.
    pattern.lastIndex = start + Math.max(1, pointAt(text, start).length);
  }
  return false;
}
