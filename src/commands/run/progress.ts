// Where a run stands across its questionnaires: the question's number among all of them,
// and the minutes left, from the person's own pace once a few answers give one (before
// that, from the minutes each questionnaire declares). The clock is passed in.
import type { Where } from "../../ask/question.ts";
import { shownItems } from "../../engine/score.ts";
import type { Model } from "../../model/model.ts";

/** Answers given in this run before the pace is trusted over the declared minutes. */
const PACE_AFTER = 3;

export type WhereOf = (questionnaire: number, index: number, total: number) => Where;

export function runProgress(
  models: readonly Model[],
  titles: readonly string[],
  now: () => number = Date.now,
): WhereOf {
  // Until a questionnaire is reached, its count is the items shown before any answer.
  const totals = models.map((m) => shownItems(m, {}).shown.length);
  const minutes = models.map((m) => m.file.minutes);
  let first: { n: number; at: number } | undefined;
  /** What is left by the minutes the questionnaires declare, from question `index` of `k` on. */
  const declared = (k: number, index: number): number | undefined => {
    const own = minutes[k];
    const count = totals[k] ?? 0;
    if (own === undefined || count === 0) return undefined;
    const rate = (own * 60_000) / count;
    let ms = (count - index) * rate;
    for (let j = k + 1; j < models.length; j++) {
      const given = minutes[j];
      ms += given !== undefined ? given * 60_000 : (totals[j] ?? 0) * rate;
    }
    return ms;
  };
  return (k, index, total) => {
    totals[k] = total;
    const before = totals.slice(0, k).reduce((a, b) => a + b, 0);
    const n = before + index + 1;
    const all = totals.reduce((a, b) => a + b, 0);
    first ??= { n, at: now() };
    const done = n - first.n;
    const ms =
      done >= PACE_AFTER ? ((now() - first.at) / done) * (all - n + 1) : declared(k, index);
    return {
      ...(models.length > 1 ? { title: titles[k] ?? "", overall: { n, total: all } } : {}),
      // To the nearest minute, but never none while most of a minute is likely still left.
      ...(ms !== undefined ? { minutesLeft: Math.ceil(ms / 60_000 - 0.25) } : {}),
    };
  };
}
