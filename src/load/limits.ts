// Limits that keep a hostile file from exhausting memory or time. Documented in docs/security.md.
export const LIMITS = {
  /** Bytes of a questionnaire or answers file, checked before parsing. */
  maxYamlBytes: 2 * 1024 * 1024,
  /** Nesting of maps and lists. Real questionnaires stay under 12. */
  maxDepth: 64,
  /** Aliases (*name) in one file: reuse is by name, not by anchor. */
  maxAliases: 100,
  /**
   * Syntax tokens (keys, values, punctuation, spaces) of one YAML file, counted while it is
   * read: bounds the memory of a file made of tiny elements. A 300-item bilingual
   * questionnaire has about 30,000.
   */
  maxYamlTokens: 200_000,
  /**
   * Tests (each band, percent, score, answer, answered and flag) in one condition of an item,
   * advice or profile. Real conditions hold under 20; the check that a condition can hold
   * at all works through them one by one.
   */
  maxConditionTests: 500,
  /**
   * Nesting of all, any and not in one condition. Real conditions stay under 5; checking and
   * evaluating a condition go one level deeper a nesting.
   */
  maxConditionDepth: 16,
  /** Bands of one band set, or written for one dimension or facet. Real ones have 3 to 7. */
  maxBands: 100,
} as const;
