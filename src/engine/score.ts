// The scoring engine: answers in, result out. Pure: no I/O, no clock, no colour.

import { inInterval } from "../model/compile.ts";
import type { Model, Target } from "../model/model.ts";
import type { Answers, AnswerValue, Item } from "../model/types.ts";
import { type ConditionContext, holds } from "./conditions.ts";
import { qualityFlags } from "./quality.ts";
import {
  type Contribution,
  type DimensionResult,
  RESULT_SCHEMA_VERSION,
  type Result,
  type TargetResult,
} from "./types.ts";

export interface ScoreOptions {
  participant?: string | null;
}

/** The answer as the engine reads it: undefined when missing or not shown. */
function answerContext(answers: Answers): Pick<ConditionContext, "answer"> {
  return { answer: (id) => answers[id] };
}

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
  const ctx: ConditionContext = { ...noScores, ...answerContext(visible) };
  const shown: Item[] = [];
  for (const item of model.items) {
    if (item.when && !holds(item.when, ctx)) continue;
    shown.push(item);
    const a = answers[item.id];
    if (a !== undefined) visible[item.id] = a;
  }
  return { shown, visible };
}

/** Points an answer gives one target, or undefined when the answer cannot be read. */
export function pointsFor(
  model: Model,
  item: Item,
  targetId: string,
  answer: AnswerValue,
): number | undefined {
  if (item.type === "likert") {
    const scale = model.scales.get(item.scale);
    if (!scale || typeof answer !== "number" || !scale.values.includes(answer)) return undefined;
    const keyed = item.reverse ? scale.min + scale.max - answer : answer;
    return keyed * (item.weight ?? 1);
  }
  if (item.type === "text") return undefined;
  const picked = Array.isArray(answer) ? answer : [answer];
  if (item.type !== "multi" && picked.length !== 1) return undefined;
  let total = 0;
  for (const value of picked) {
    const option = item.options.find((o) => o.value === value);
    if (!option) return undefined;
    const scores = option.scores ?? {};
    if (scores[targetId] !== undefined) total += scores[targetId];
    else {
      for (const [k, v] of Object.entries(scores)) {
        if (model.targets.get(k)?.parent === targetId) total += v;
      }
    }
  }
  return total;
}

function bandOf(target: Target, value: number | null): string | null {
  if (value === null) return null;
  return target.bands.find((b) => inInterval(value, b.range))?.id ?? null;
}

function scoreTarget(
  model: Model,
  target: Target,
  visible: Answers,
  shownIds: ReadonlySet<string>,
): TargetResult {
  const contributions: Contribution[] = [];
  let expected = 0;
  let raw = 0;
  let lo = 0;
  let hi = 0;
  let answeredWeight = 0;
  let expectedWeight = 0;
  for (const reach of target.reach) {
    if (!shownIds.has(reach.itemId)) continue;
    expected++;
    expectedWeight += reach.weight;
    const answer = visible[reach.itemId];
    if (answer === undefined) continue;
    const item = model.items[model.itemIndex.get(reach.itemId) as number] as Item;
    const points = pointsFor(model, item, target.id, answer);
    if (points === undefined) continue;
    raw += points;
    lo += reach.min;
    hi += reach.max;
    answeredWeight += reach.weight;
    contributions.push({
      item: reach.itemId,
      answer,
      points,
      reversed: item.type === "likert" && item.reverse === true,
      weight: reach.weight,
    });
  }
  const answered = contributions.length;
  const enough = answered > 0 && answered >= target.minAnswered * expected;
  if (!enough) {
    return {
      id: target.id,
      status: "insufficient",
      answered,
      expected,
      raw,
      sum: null,
      mean: null,
      score: null,
      percent: null,
      band: null,
      contributions,
    };
  }
  const mean = raw / answeredWeight;
  // Prorating keeps a sum with a few missing answers on the scale of a complete one.
  const sum = answeredWeight === expectedWeight ? raw : (raw * expectedWeight) / answeredWeight;
  const percent = hi === lo ? 0 : ((raw - lo) / (hi - lo)) * 100;
  const score = target.aggregate === "sum" ? sum : mean;
  const bandValue = target.bandsOn === "percent" ? percent : target.bandsOn === "sum" ? sum : mean;
  return {
    id: target.id,
    status: "ok",
    answered,
    expected,
    raw,
    sum,
    mean,
    score,
    percent,
    band: bandOf(target, bandValue),
    contributions,
  };
}

export function score(model: Model, answers: Answers, options: ScoreOptions = {}): Result {
  const { shown, visible } = shownItems(model, answers);
  const shownIds = new Set(shown.map((i) => i.id));
  const byId = new Map<string, TargetResult>();
  const dimensions: DimensionResult[] = model.dimensions.map((dim) => {
    const facets = dim.facets.map((fid) => {
      const r = scoreTarget(model, model.targets.get(fid) as Target, visible, shownIds);
      byId.set(fid, r);
      return r;
    });
    const r = scoreTarget(model, dim, visible, shownIds);
    byId.set(dim.id, r);
    return { ...r, facets };
  });
  const flags = qualityFlags(model, visible);
  const flagIds = new Set(flags.map((f) => f.id));
  const ctx: ConditionContext = {
    ...answerContext(visible),
    band: (id) => byId.get(id)?.band ?? null,
    percent: (id) => byId.get(id)?.percent ?? null,
    score: (id) => byId.get(id)?.score ?? null,
    hasFlag: (id) => flagIds.has(id),
  };
  let profile: Result["profile"] = null;
  for (const p of model.profiles) {
    const because: string[] = [];
    if (!p.when || holds(p.when, ctx, because)) {
      profile = { id: p.id, because };
      break;
    }
  }
  const advice: Result["advice"] = [];
  for (const a of model.advice) {
    const because: string[] = [];
    if (holds(a.when, ctx, because)) {
      advice.push({ id: a.id, kind: a.kind ?? "action", priority: a.priority ?? 0, because });
    }
  }
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    questionnaire: { id: model.id, version: model.version, hash: model.hash },
    participant: options.participant ?? null,
    answered: Object.keys(visible).filter((id) => shownIds.has(id)).length,
    shown: shown.length,
    dimensions,
    profile,
    advice,
    flags,
  };
}
