// The scoring engine: answers in, result out. Pure: no I/O, no clock, no colour.
// The rules, with worked examples, are in docs/scoring.md.

import { isNotApplicable } from "../model/kinds.ts";
import type { Model, Target } from "../model/model.ts";
import type { Answers, AnswerValue, Item } from "../model/types.ts";
import { type ConditionContext, holds } from "./conditions.ts";
import { judge } from "./evidence.ts";
import { lowInformationReasons, middleOf, type SheetCounts } from "./information.ts";
import { qualityFlags } from "./quality.ts";
import { type ScoredTarget, scoreTarget } from "./target.ts";
import {
  type DimensionResult,
  type QualityFlag,
  RESULT_SCHEMA_VERSION,
  type Result,
} from "./types.ts";

export interface ScoreOptions {
  participant?: string | null;
}

/** Item conditions look at earlier answers only: no scores, bands or flags exist yet. */
const noScores = {
  band: () => null,
  percent: () => null,
  score: () => null,
  hasFlag: () => false,
};

/**
 * Items whose condition holds, in order. An item's condition may only look at earlier
 * items, so one pass decides; answers to hidden items are dropped.
 */
export function shownItems(model: Model, answers: Answers): { shown: Item[]; visible: Answers } {
  const visible: Record<string, AnswerValue> = {};
  const shown: Item[] = [];
  for (const item of model.items) {
    if (!isShown(item, visible)) continue;
    shown.push(item);
    const a = answers[item.id];
    if (a !== undefined) visible[item.id] = a;
  }
  return { shown, visible };
}

/** Whether `item` is shown to someone whose earlier (shown) answers are `visible`. */
export function isShown(item: Item, visible: Answers): boolean {
  return !item.when || holds(item.when, { ...noScores, answer: (id) => visible[id] });
}

/** One sheet's scores and the context conditions are evaluated in: shared by score() and the checks. */
export interface ScoredSheet {
  shown: Item[];
  visible: Answers;
  dimensions: DimensionResult[];
  flags: QualityFlag[];
  ctx: ConditionContext;
}

export function scoreSheet(model: Model, answers: Answers): ScoredSheet {
  const { shown, visible } = shownItems(model, answers);
  const shownIds = new Set(shown.map((i) => i.id));
  const scored = new Map<string, ScoredTarget>();
  const scoreOne = (target: Target) => {
    const s = scoreTarget(model, target, visible, shownIds);
    scored.set(target.id, s);
    return s.result;
  };
  const dimensions: DimensionResult[] = model.dimensions.map((dim) => {
    const facets = dim.facets.map((id) => scoreOne(model.targets.get(id) as Target));
    return { ...scoreOne(dim), facets };
  });
  const flags = qualityFlags(model, visible);
  const flagIds = new Set(flags.map((f) => f.id));
  const ctx: ConditionContext = {
    answer: (id) => visible[id],
    band: (id) => scored.get(id)?.result.band ?? null,
    percent: (id) => scored.get(id)?.exact?.percent ?? null,
    score: (id) => scored.get(id)?.exact?.score ?? null,
    hasFlag: (id) => flagIds.has(id),
  };
  return { shown, visible, dimensions, flags, ctx };
}

/** The counts the low-information detector reads (engine/information.ts). */
function sheetCounts(model: Model, s: ScoredSheet, notApplicable: number): SheetCounts {
  let likert = 0;
  let middle = 0;
  for (const item of s.shown) {
    const a = s.visible[item.id];
    if (item.type !== "likert" || typeof a !== "number") continue;
    likert++;
    if (a === middleOf(model.scales.get(item.scale))) middle++;
  }
  return {
    likert,
    middle,
    notApplicable,
    answered: Object.keys(s.visible).length,
    shown: s.shown.length,
    straightLined: s.flags.some((f) => f.kind === "straight-lining"),
  };
}

export function score(model: Model, answers: Answers, options: ScoreOptions = {}): Result {
  const s = scoreSheet(model, answers);
  const notApplicable = s.shown
    .filter((item) => isNotApplicable(model, item, s.visible[item.id]))
    .map((i) => i.id);
  const counts = sheetCounts(model, s, notApplicable.length);
  const judged = judge(
    model,
    s.dimensions,
    s.flags,
    s.ctx,
    lowInformationReasons(model.lowInformation, counts),
  );
  const sheet = { ...s, answered: Object.keys(s.visible).length, shown: s.shown.length };
  return assembleResult(model, options.participant ?? null, { ...sheet, notApplicable }, judged);
}

/** What a sheet contributes to its result, whichever scorer computed it. */
export interface SheetParts {
  answered: number;
  shown: number;
  dimensions: DimensionResult[];
  flags: QualityFlag[];
  notApplicable: string[];
}

/** The result both scorers (this one and engine/compiled/) return. */
export function assembleResult(
  model: Model,
  participant: string | null,
  s: SheetParts,
  judged: ReturnType<typeof judge>,
): Result {
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    questionnaire: { id: model.id, version: model.version, hash: model.hash },
    participant,
    answered: s.answered,
    shown: s.shown,
    dimensions: s.dimensions,
    profile: judged.profile,
    advice: judged.advice,
    flags: s.flags,
    strengths: judged.strengths,
    watch: judged.watch,
    lowInformation: judged.lowInformation,
    withheld: judged.withheld,
    notApplicable: s.notApplicable,
  };
}
