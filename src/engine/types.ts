// What the engine returns. JSON output is this object as it is (schemaVersion 1; fields
// added since, such as evidence and lowInformation, are additive: older readers ignore them).
// docs/scoring.md gives the rules behind each number, with worked examples.
import type { AdviceKind, AnswerValue } from "../model/types.ts";

export const RESULT_SCHEMA_VERSION = 1;

/** How one answer moved one dimension or facet. */
export interface Contribution {
  item: string;
  answer: AnswerValue;
  /** Points added to the target, after reverse keying and weight. */
  points: number;
  reversed: boolean;
  weight: number;
}

export interface TargetResult {
  id: string;
  /** "insufficient": too few answers for a fair score; no percent, no band. */
  status: "ok" | "insufficient";
  answered: number;
  /** Items that were shown (their condition held) and feed this target. */
  expected: number;
  /** Plain sum of the answered items' points. */
  raw: number;
  /** The sum, prorated to all expected items when some are unanswered. */
  sum: number | null;
  mean: number | null;
  /** `sum` or `mean`, as the dimension aggregates. */
  score: number | null;
  /**
   * 0-100: where the answers stand between the lowest and highest points the answered
   * items could give; 50 when those are equal.
   */
  percent: number | null;
  /** The band whose range holds the percent, mean or sum (as bandsOn says), computed exactly. */
  band: string | null;
  /** Every answered, shown item feeding this target, in file order. */
  contributions: Contribution[];
}

export interface DimensionResult extends TargetResult {
  facets: TargetResult[];
}

export interface QualityFlag {
  /** "straight-lining", or the id of an inconsistent pair. */
  id: string;
  kind: "straight-lining" | "inconsistent";
  items: string[];
}

export interface FiredAdvice {
  id: string;
  kind: AdviceKind;
  priority: number;
  /** The conditions that held, in a neutral notation: `band(impatience) in [high]`. */
  because: string[];
  /** The answers behind the conditions that held (see Evidence). */
  evidence: Evidence[];
}

export interface Result {
  schemaVersion: typeof RESULT_SCHEMA_VERSION;
  questionnaire: { id: string; version: string; hash: string };
  participant: string | null;
  answered: number;
  shown: number;
  dimensions: DimensionResult[];
  /** `because` is empty for the fallback profile (the one without a condition). */
  profile: { id: string; because: string[]; evidence: Evidence[] } | null;
  /** Priority high to low, then file order. */
  advice: FiredAdvice[];
  flags: QualityFlag[];
  // ---- answer kinds (docs/scoring.md, "Does not apply") ----
  /** Items answered "does not apply", in file order: counted in `answered`, left out of every score. */
  notApplicable: string[];
  /** Band-side texts and strength advice, only from a dimension's top band; [] on a low-information sheet. */
  strengths: Statement[];
  /** Band-side texts (shadow) and watch advice; [] on a low-information sheet. */
  watch: Statement[];
  /** Null for a full sheet; else why it says too little (archetype and strengths withheld). */
  lowInformation: { reasons: LowInformationReason[] } | null;
  /** Texts whose condition held but that the person does not see, and why. */
  withheld: Withheld[];
}

// --- Evidence and low-information sheets (additive to schemaVersion 1) ---------------------

/**
 * One answer behind a text. For a band, percent or score condition (and a band's own
 * strength or watch point), every contribution of that dimension or facet: their points add
 * up to its raw score. For an answer, answered or flag condition, the answer itself, with
 * target and points null.
 */
export interface Evidence {
  item: string;
  answer: AnswerValue;
  /** The dimension or facet the points went to; null for an answer cited on its own. */
  target: string | null;
  points: number | null;
}

/** A strength or a watch point: a dimension's band side, or an advice rule of that kind. */
export interface Statement {
  source: "band" | "advice";
  /** The dimension's id (source band) or the advice's id. */
  id: string;
  /** The band it comes from (source band); null for advice. */
  band: string | null;
  evidence: Evidence[];
}

export type LowInformationReason = "straight-lining" | "middle" | "not-applicable" | "incomplete";

export interface Withheld {
  kind: "profile" | "advice" | "band";
  /** The profile's or advice's id, or the band's dimension or facet. */
  id: string;
  /** The band, for kind band. */
  band: string | null;
  reason: "contradicted" | "low-information";
}
