// What flows through a batch: answer sheets read from the inputs, and what could not be read.
import type { ScoredSheet } from "../engine/sheet.ts";
import type { Problem } from "../load/problem.ts";
import type { Answers, AnswerValue } from "../model/types.ts";

/** One person's answers, from an answers file or a CSV row. */
export interface Entry {
  participant: string;
  /** True for a positional id (`row-12`), unique by construction: never a duplicate. */
  generated: boolean;
  file: string;
  /** The CSV line; null for an answers file. */
  line: number | null;
  answers: Answers;
  /** The same answers by item index (the questionnaire's order), when the reader has them so. */
  values?: readonly (AnswerValue | undefined)[];
  /** The language the answers file asks for, if any. */
  lang: string | null;
  /** The --group-by column's cell (CSV), null when empty or not asked for. */
  group?: string | null;
  /** When the answers were given, as the timestamp cell of a Forms export says it, else the file's date. */
  answeredAt?: string | null;
  /** When the row was sent (its timestamp column, read for --keep); null when unknown. */
  time?: number | null;
}

/**
 * The units of the inputs, in runs (the rows of one chunk of a file, an answers file's
 * units): a step of the async machinery per row would cost more than reading the row.
 */
export type UnitRuns = AsyncIterable<Unit[]>;

export type Unit =
  | { kind: "entry"; entry: Entry }
  /** A rejected file or row; `count` is how many rows it stands for (lines lost to a cut). */
  | { kind: "rejected"; problems: Problem[]; count: number }
  | { kind: "warning"; problem: Problem };

/** An entry once scored; `participant` is the id shown everywhere (a pseudonym if asked). */
export interface Scored {
  entry: Entry;
  participant: string;
  /** What every output reads; valid while the sinks handle this entry (engine/sheet.ts). */
  sheet: ScoredSheet;
}

export type Severity = "error" | "warning";

/** Where results go. Every method may be absent; each is awaited, so writers keep back-pressure. */
export interface Sink {
  scored?(s: Scored): Promise<void> | void;
  problem?(p: Problem, severity: Severity): Promise<void> | void;
  /** Everything went through: write what is left, make files visible. */
  commit?(): Promise<void>;
  /** The batch stopped: leave no half-written file behind. */
  abort?(): Promise<void>;
}

export interface Tally {
  scored: number;
  rejected: number;
  flagged: number;
}
