// The scoring engine: answers in, result out. Pure: no I/O, no clock, no colour.
// The rules, with worked examples, are in docs/scoring.md.
import type { Model, Target } from "../model/model.ts";
import type { Answers, AnswerValue, Item } from "../model/types.ts";
import { type ConditionContext, holds } from "./conditions.ts";
import { isNotApplicable } from "./kinds.ts";
import { qualityFlags } from "./quality.ts";
import { chooseProfile, fireAdvice } from "./rules.ts";
import { type ScoredTarget, scoreTarget } from "./target.ts";
import { type DimensionResult, RESULT_SCHEMA_VERSION, type Result } from "./types.ts";

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
  const ctx: ConditionContext = { ...noScores, answer: (id) => visible[id] };
  const shown: Item[] = [];
  for (const item of model.items) {
    if (item.when && !holds(item.when, ctx)) continue;
    shown.push(item);
    const a = answers[item.id];
    if (a !== undefined) visible[item.id] = a;
  }
  return { shown, visible };
}

export function score(model: Model, answers: Answers, options: ScoreOptions = {}): Result {
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
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    questionnaire: { id: model.id, version: model.version, hash: model.hash },
    participant: options.participant ?? null,
    answered: Object.keys(visible).length,
    shown: shown.length,
    dimensions,
    profile: chooseProfile(model, ctx),
    advice: fireAdvice(model, ctx),
    flags,
    notApplicable: shown
      .filter((item) => isNotApplicable(model, item, visible[item.id]))
      .map((i) => i.id),
  };
}
