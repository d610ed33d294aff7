// The engine's Result from a row already scored into arrays, when a whole profile is needed
// (a report, or a caller of the compiled scorer): contributions, evidence, advice. Targets and
// links index arrays the compiled plan sized for them (`x[t]!`).
import type { AnswerValue } from "../../model/types.ts";
import { judge } from "../evidence.ts";
import { assembleResult } from "../score.ts";
import type { Contribution, DimensionResult, Result, TargetResult } from "../types.ts";
import { context } from "./context.ts";
import type { Compiled, Link, Plan } from "./plan.ts";
import type { RowScores, Values } from "./row.ts";
import { complete } from "./target.ts";

function targetResult(c: Compiled, t: number, values: Values, s: RowScores): TargetResult {
  const plan = c.plans[t] as Plan;
  const contributions: Contribution[] = [];
  for (let l = plan.first; l < plan.end; l++) {
    const p = s.points[l]!;
    if (Number.isNaN(p)) continue;
    const link = c.links[l] as Link;
    const answer = values[link.item] as AnswerValue;
    contributions.push({
      item: link.id,
      answer,
      points: p,
      reversed: link.reversed,
      weight: link.weight,
    });
  }
  const base = {
    id: plan.target.id,
    status: s.ok[t] === 1 ? ("ok" as const) : ("insufficient" as const),
    answered: s.answeredBy[t]!,
    expected: s.expected[t]!,
    raw: s.raw[t]!,
  };
  if (s.ok[t] !== 1)
    return {
      ...base,
      sum: null,
      mean: null,
      score: null,
      percent: null,
      band: null,
      contributions,
    };
  return {
    ...base,
    sum: s.sum[t]!,
    mean: s.mean[t]!,
    score: s.score[t]!,
    percent: s.percent[t]!,
    band: plan.target.bands[s.band[t]!]?.id ?? null,
    contributions,
  };
}

export function resultOf(
  c: Compiled,
  values: Values,
  s: RowScores,
  participant: string | null,
): Result {
  complete(c, s);
  const dimensions: DimensionResult[] = [];
  let t = 0;
  for (const dim of c.model.dimensions) {
    const at = t;
    t += 1 + dim.facets.length;
    const facets = dim.facets.map((_, f) => targetResult(c, at + 1 + f, values, s));
    dimensions.push({ ...targetResult(c, at, values, s), facets });
  }
  const judged = judge(c.model, dimensions, s.flags, context(c, values, s), s.lowInformation);
  // Never compiled for a questionnaire that allows "does not apply" (index.ts). The flags are
  // copied: the scratch's may be shared from sheet to sheet.
  const parts = { answered: s.answered, shown: s.shown, dimensions, flags: [...s.flags] };
  return assembleResult(c.model, participant, { ...parts, notApplicable: [] }, judged);
}
