// The answers that are not one value on one scale: "does not apply" (na) and the two picks of a
// best–worst item. Pure; shared by scoring, the checks, the model's reach and every reader of
// answers, so they can never disagree. The rules are in docs/scoring.md.

import { add, type Exact, exact, sub, ZERO } from "../core/exact.ts";
import type { Model } from "./model.ts";
import type {
  AnswerValue,
  BestWorst,
  BestWorstItem,
  BestWorstOption,
  Item,
  Text,
} from "./types.ts";

/** The answer that says "does not apply", as answers files, test cases and conditions write it. */
export const NOT_APPLICABLE = "na";

/** True when the item accepts "does not apply" (its own setting, else its scale's). */
export function allowsNotApplicable(model: Model, item: Item): boolean {
  return model.notApplicable.has(item.id);
}

/** True when the answer is "does not apply" to an item that allows it. */
export function isNotApplicable(model: Model, item: Item, answer: unknown): boolean {
  return answer === NOT_APPLICABLE && model.notApplicable.has(item.id);
}

export function isBestWorst(answer: unknown): answer is BestWorst {
  return (
    typeof answer === "object" &&
    answer !== null &&
    !Array.isArray(answer) &&
    "best" in answer &&
    "worst" in answer
  );
}

/** Points for `targetId` in a table of scores: its own key, plus its facets' keys. */
export function tablePoints(
  scores: Readonly<Record<string, number>> | undefined,
  targetId: string,
  parentOf: (id: string) => string | undefined,
): Exact {
  let total = ZERO;
  for (const [key, value] of Object.entries(scores ?? {})) {
    if (key === targetId || parentOf(key) === targetId) total = add(total, exact(value));
  }
  return total;
}

/** Points of an option picked as the least likely: its `worst`, else the opposite of `best`. */
export function worstPoints(
  option: BestWorstOption,
  targetId: string,
  parentOf: (id: string) => string | undefined,
): Exact {
  if (option.worst) return tablePoints(option.worst, targetId, parentOf);
  return sub(ZERO, tablePoints(option.best, targetId, parentOf));
}

/** The two options a best–worst answer picks; undefined unless they are two different options. */
export function bestWorstPicks(
  item: BestWorstItem,
  answer: unknown,
): [BestWorstOption, BestWorstOption] | undefined {
  if (!isBestWorst(answer)) return undefined;
  const best = item.options.find((o) => o.value === String(answer.best));
  const worst = item.options.find((o) => o.value === String(answer.worst));
  if (!best || !worst || best === worst) return undefined;
  return [best, worst];
}

/** Points a best–worst answer gives a target; undefined when the answer cannot be read. */
export function bestWorstPoints(
  item: BestWorstItem,
  answer: AnswerValue,
  targetId: string,
  parentOf: (id: string) => string | undefined,
): Exact | undefined {
  const picks = bestWorstPicks(item, answer);
  if (!picks) return undefined;
  return add(
    tablePoints(picks[0].best, targetId, parentOf),
    worstPoints(picks[1], targetId, parentOf),
  );
}

/** Every target a best–worst item's options name, as given (facets included). */
export function bestWorstKeys(item: BestWorstItem): string[] {
  const keys = new Set<string>();
  for (const o of item.options) {
    for (const k of Object.keys(o.best ?? {})) keys.add(k);
    for (const k of Object.keys(o.worst ?? {})) keys.add(k);
  }
  return [...keys];
}

/** True when the questionnaire uses "does not apply" or best–worst items anywhere. */
export function usesAnswerKinds(model: Model): boolean {
  return model.notApplicable.size > 0 || model.items.some((i) => i.type === "best-worst");
}

/** The words of "does not apply" when the author gives none. */
export const DEFAULT_NOT_APPLICABLE_LABEL = {
  fr: "Ne s’applique pas",
  en: "Does not apply",
} as const satisfies Text;

/** The label of an item's "does not apply" choice: the author's, else the default. */
export function notApplicableLabel(model: Model, itemId: string): Text {
  return model.notApplicable.get(itemId) ?? DEFAULT_NOT_APPLICABLE_LABEL;
}
