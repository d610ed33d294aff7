// What profile and advice conditions read of a row scored into arrays: its answers, and the
// bands, percents and scores of its targets as exact fractions, as rules.ts compares them. A
// target's index is within the arrays the compiled plan sized (`x[t]!`).

import { div, exact } from "../../core/exact.ts";
import type { ConditionContext } from "../conditions.ts";
import type { Compiled } from "./plan.ts";
import type { RowScores, Values } from "./row.ts";
import { complete } from "./target.ts";

export function context(c: Compiled, values: Values, s: RowScores): ConditionContext {
  complete(c, s);
  const flagIds = new Set(s.flags.map((f) => f.id));
  const at = (id: string) => {
    const t = c.indexOf.get(id);
    return t !== undefined && s.ok[t] === 1 ? t : undefined;
  };
  return {
    answer: (id) => {
      const i = c.model.itemIndex.get(id);
      return i === undefined ? undefined : values[i];
    },
    band: (id) => {
      const t = at(id);
      return t === undefined ? null : (c.targets[t]?.bands[s.band[t]!]?.id ?? null);
    },
    percent: (id) => {
      const t = at(id);
      return t === undefined ? null : div(exact(s.percentN[t]!), exact(s.percentD[t]!));
    },
    score: (id) => {
      const t = at(id);
      return t === undefined ? null : div(exact(s.scoreN[t]!), exact(s.scoreD[t]!));
    },
    hasFlag: (id) => flagIds.has(id),
  };
}
