// A scorer prepared once per questionnaire, for scoring many answer sheets: the same Result
// as score(), computed from tables instead of exact fractions built answer by answer.
//
// When every scale value, weight and option point is a whole number (as in nearly every
// questionnaire), each target's raw, minimum, maximum and weights are whole numbers too, and
// a score is one division of two of them. One correctly rounded division of the unreduced
// integers gives the same float as the engine's reduced fraction, so the numbers are
// identical; band edges and thresholds are compared by cross-multiplying integers. Any other
// questionnaire, and any that allows "does not apply" or has best–worst items, is scored by
// score() itself: the caller sees no difference.

import { usesAnswerKinds } from "../../model/kinds.ts";
import type { Model } from "../../model/model.ts";
import type { Answers, AnswerValue } from "../../model/types.ts";
import { type ScoreOptions, score } from "../score.ts";
import { recordTargets, resultSheet, type ScoredSheet } from "../sheet.ts";
import type { Result } from "../types.ts";
import { type Compiled, compilePlan } from "./plan.ts";
import { NotWhole } from "./ratio.ts";
import { newScores, scoreRow, type Values, valuesOf } from "./row.ts";
import { RowSheet } from "./sheet.ts";

export type Scorer = (answers: Answers, options?: ScoreOptions) => Result;

/**
 * One sheet's answers as a reader hands them over. `values` (the answers by item index, when
 * the reader has them so) spares a lookup per item, and then `answers` (a getter, for a CSV
 * row) is not read at all by the compiled scorer.
 */
export interface SheetSource {
  readonly answers: Answers;
  readonly values?: readonly (AnswerValue | undefined)[] | undefined;
}

/**
 * Scores one sheet into its view. The view of a compiled scorer is valid until the next
 * call: read it, or ask for its Result, before scoring the next sheet.
 */
export type SheetScorer = (source: SheetSource, participant: string | null) => ScoredSheet;

/** The tables of `model`, or null when it is scored by score() itself. */
export function compiledPlan(model: Model): Compiled | null {
  // "Does not apply" and best–worst items are scored by score() itself.
  if (usesAnswerKinds(model)) return null;
  try {
    return compilePlan(model);
  } catch (e) {
    if (!(e instanceof NotWhole)) throw e;
    return null;
  }
}

export function sheetScorer(model: Model): SheetScorer {
  const c = compiledPlan(model);
  if (c) return compiledSheets(c);
  const targets = recordTargets(model);
  return (source, participant) =>
    resultSheet(model, score(model, source.answers, { participant }), targets);
}

function compiledSheets(c: Compiled): SheetScorer {
  const scratch = newScores(c);
  return (source, participant) => {
    // The scorer clears the answers of hidden items: then it gets its own copy.
    const given = source.values;
    let values: Values;
    if (!given) values = valuesOf(c, source.answers);
    else values = c.conditional ? given.slice() : (given as Values);
    return new RowSheet(c, values, scoreRow(c, values, scratch), participant);
  };
}

/** A drop-in for score() on `model`: compiled when its numbers are whole. */
export function compileScorer(model: Model): Scorer {
  const c = compiledPlan(model);
  if (!c) return (answers, options) => score(model, answers, options);
  const sheetOf = compiledSheets(c);
  return (answers, options = {}) => sheetOf({ answers }, options.participant ?? null).result();
}
