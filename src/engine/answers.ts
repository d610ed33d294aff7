// Checks answers against a questionnaire, before scoring. Pure: the loaders attach positions.

import {
  allowsNotApplicable,
  isBestWorst,
  isNotApplicable,
  NOT_APPLICABLE,
} from "../model/kinds.ts";
import type { Model } from "../model/model.ts";
import type { AnswerValue, Item } from "../model/types.ts";

export type AnswerProblemCode =
  | "unknown-item"
  | "not-on-scale"
  | "unknown-option"
  | "one-option"
  | "too-few-options"
  | "too-many-options"
  | "not-text"
  | "best-worst"
  | "same-pick";

export interface AnswerProblem {
  item: string;
  code: AnswerProblemCode;
  /** What was given, for the message. */
  value: unknown;
  /** What would be accepted, for the message. */
  allowed: (string | number)[];
  /** For too few or too many options: the least or the most that may be chosen. */
  limit?: number;
}

/** What an answer to the item may be, for messages: "na" last where "does not apply" is allowed. */
export function allowedValues(model: Model, item: Item): (string | number)[] {
  const na = allowsNotApplicable(model, item) ? [NOT_APPLICABLE] : [];
  if (item.type === "likert") return [...(model.scales.get(item.scale)?.values ?? []), ...na];
  if (item.type === "text") return [];
  return [...item.options.map((o) => o.value), ...na];
}

export function checkAnswer(model: Model, item: Item, value: AnswerValue): AnswerProblem | null {
  const allowed = allowedValues(model, item);
  const problem = (code: AnswerProblemCode): AnswerProblem => ({
    item: item.id,
    code,
    value,
    allowed,
  });
  if (isNotApplicable(model, item, value)) return null;
  switch (item.type) {
    case "best-worst": {
      if (!isBestWorst(value)) return problem("best-worst");
      const values = item.options.map((o) => o.value);
      if (!values.includes(String(value.best)) || !values.includes(String(value.worst)))
        return problem("unknown-option");
      return String(value.best) === String(value.worst) ? problem("same-pick") : null;
    }
    case "likert":
      return typeof value === "number" && allowed.includes(value) ? null : problem("not-on-scale");
    case "text":
      return typeof value === "string" ? null : problem("not-text");
    case "choice":
    case "scenario":
      if (Array.isArray(value) || isBestWorst(value)) return problem("one-option");
      return allowed.includes(String(value)) ? null : problem("unknown-option");
    case "multi": {
      if (isBestWorst(value)) return problem("unknown-option");
      const list = Array.isArray(value) ? value : [String(value)];
      if (list.some((v) => !allowed.includes(v))) return problem("unknown-option");
      // An option picked twice is picked once.
      const picked = new Set(list).size;
      if (picked < (item.min ?? 0)) return { ...problem("too-few-options"), limit: item.min ?? 0 };
      if (item.max !== undefined && picked > item.max)
        return { ...problem("too-many-options"), limit: item.max };
      return null;
    }
  }
}

/** Every problem in a set of answers; an empty list means they can be scored as they are. */
export function checkAnswers(
  model: Model,
  answers: Readonly<Record<string, AnswerValue>>,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const index = model.itemIndex.get(id);
    if (index === undefined) {
      problems.push({ item: id, code: "unknown-item", value, allowed: [] });
      continue;
    }
    const p = checkAnswer(model, model.items[index] as Item, value);
    if (p) problems.push(p);
  }
  return problems;
}
