// The validated, resolved questionnaire the engine works on: bands parsed, references
// resolved, every item's reach over dimensions and facets computed once.
import type { Exact } from "../core/exact.ts";
import type {
  Advice,
  Condition,
  Dimension,
  Item,
  ItemOrder,
  Profile,
  QuestionnaireFile,
  Text,
} from "./types.ts";

export interface Interval {
  lo: number;
  hi: number;
  loIncluded: boolean;
  hiIncluded: boolean;
}

export interface ResolvedBand {
  id: string;
  range: Interval;
  label: Text;
  text?: Text;
  side?: "bright" | "shadow";
  /** When this holds for the person, the band's text and side are not shown. */
  contradicts?: Condition;
}

/** How one item feeds one dimension or facet. */
export interface Reach {
  itemId: string;
  /** Smallest and largest contribution the item can make to this target. */
  min: number;
  max: number;
  /** Divisor share in a mean: the Likert weight, or 1 for option items. */
  weight: number;
  /** The same three as exact decimals: the engine computes on these. */
  exact: { min: Exact; max: Exact; weight: Exact };
}

/** A dimension or a facet: anything that gets a score and a band. */
export interface Target {
  id: string;
  kind: "dimension" | "facet";
  /** For a facet, its dimension's id. */
  parent?: string;
  name: Text;
  description?: Text;
  bright?: Text;
  shadow?: Text;
  aggregate: "sum" | "mean";
  bandsOn: "percent" | "mean" | "sum";
  bands: ResolvedBand[];
  minAnswered: number;
  reach: Reach[];
  /** For a dimension, its facets' ids in file order. */
  facets: string[];
  /** The figure a person sees (a facet takes its dimension's). */
  display: "percent" | "sum" | "mean";
  /** The missing-answer rule: prorate, plain sum, or no score under N answered items. */
  missing: "prorate" | "sum" | { insufficientBelow: number };
}

export interface ScaleInfo {
  min: number;
  max: number;
  values: number[];
}

export interface Model {
  file: QuestionnaireFile;
  id: string;
  version: string;
  languages: string[];
  /** sha256 of the file's bytes: a checkpoint resumes only against the same content. */
  hash: string;
  /** Where it was loaded from, for messages; "builtin:ID" for built-in questionnaires. */
  source: string;
  items: Item[];
  itemIndex: ReadonlyMap<string, number>;
  scales: ReadonlyMap<string, ScaleInfo>;
  dimensions: Target[];
  targets: ReadonlyMap<string, Target>;
  /** Profiles in the order they are tried: priority high to low, then file order. */
  profiles: Profile[];
  /** Advice in rank order: priority high to low, then file order. */
  advice: Advice[];
  straightLining: { minItems: number; maxShare: number } | null;
  pairs: { id: string; items: [string, string]; maxGap: number }[];
  // ---- answer kinds and order (docs/questionnaire-format.md) ----
  /** Items that accept "does not apply", with the label the author gave (null: the default). */
  notApplicable: ReadonlyMap<string, Text | null>;
  /** How the items are ordered when asked: "file", "interleave", "shuffle" or every item id. */
  order: ItemOrder;
  /** When a sheet says too little for a profile (quality.lowInformation, with defaults). */
  lowInformation: LowInformationRule;
}

export interface LowInformationRule {
  maxMiddleShare: number;
  minItems: number;
  maxNotApplicableShare: number;
  minCompleteness: number;
  straightLining: boolean;
  text?: Text;
}

export type DimensionSpec = Dimension;
