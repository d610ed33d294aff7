// "Did you mean …?" for a question with no column: the headers nearest to its text. A reworded
// question keeps most of its letters in the same places, so texts are compared by their
// character trigrams (Dice's coefficient), after normalising case, accents and numbering.
import { normalizeLabel } from "../../load/cells.ts";
import { unnumbered } from "./header-match.ts";

/** Only the start of a long text is compared: enough to know it, bounded in time. */
const COMPARED_LENGTH = 300;
/** Below this share of trigrams in common, a header is not offered as the item's column. */
const NEAR_ENOUGH = 0.45;

export type Trigrams = Set<string>;

export function trigrams(text: string): Trigrams {
  const plain = ` ${normalizeLabel(unnumbered(text.trim()) ?? text)
    .slice(0, COMPARED_LENGTH)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")} `;
  const grams: Trigrams = new Set();
  for (let i = 0; i + 3 <= plain.length; i++) grams.add(plain.slice(i, i + 3));
  return grams;
}

export function likeness(a: Trigrams, b: Trigrams): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const g of a) if (b.has(g)) common++;
  return (2 * common) / (a.size + b.size);
}

/**
 * The candidates nearest to any of `texts`, best first, at most `max` of them, each near
 * enough to be worth offering.
 */
export function nearest<T>(
  texts: readonly Trigrams[],
  candidates: readonly { value: T; grams: Trigrams }[],
  max = 2,
): T[] {
  const scored: { value: T; score: number }[] = [];
  for (const c of candidates) {
    let score = 0;
    for (const t of texts) score = Math.max(score, likeness(t, c.grams));
    if (score >= NEAR_ENOUGH) scored.push({ value: c.value, score });
  }
  return scored
    .sort((x, y) => y.score - x.score)
    .slice(0, max)
    .map((s) => s.value);
}
