// What `reflet progress` shows, per questionnaire: each dimension's percent result after
// result, the commitments made in between with what came of them, and the change since the
// first result of the current version (an earlier version asked other questions: comparable.ts).

import type { Tracked } from "../../store/commitments.ts";
import type { HistoryEntry } from "../../store/entry.ts";
import { comparable } from "../history/comparable.ts";

export interface Series {
  id: string;
  name: string;
  /** One per result, oldest first; null where there was no score. */
  percents: (number | null)[];
  /** From the first result of the current version to the last; null when not both scored. */
  change: { from: number; to: number } | null;
}

export interface PlanView {
  /** 1-based, in the order the plans were made. */
  number: number;
  /** The index of the result it followed (its place on the time line); -1 before any. */
  after: number;
  tracked: Tracked;
}

export interface ProgressView {
  id: string;
  title: string;
  dates: string[];
  versions: string[];
  /** The index of the first result of the current version. */
  since: number;
  series: Series[];
  plans: PlanView[];
}

/** One view per questionnaire that has results, in order of first appearance. */
export function progressViews(
  entries: readonly HistoryEntry[],
  commitments: readonly Tracked[],
): ProgressView[] {
  const ids = [...new Set(entries.map((e) => e.questionnaire.id))];
  return ids.map((id) => {
    const group = entries.filter((e) => e.questionnaire.id === id);
    const last = group.at(-1) as HistoryEntry;
    const since = group.findIndex((e) => comparable(e, last.questionnaire.version));
    const dimensionIds = [...new Set(group.flatMap((e) => e.result.dimensions.map((d) => d.id)))];
    const series = dimensionIds.map((dim) => {
      const percents = group.map(
        (e) => e.result.dimensions.find((d) => d.id === dim)?.percent ?? null,
      );
      const from = percents[since];
      const to = percents.at(-1);
      const named = group.findLast((e) => e.names[dim] !== undefined);
      return {
        id: dim,
        name: named?.names[dim] ?? dim,
        percents,
        change:
          from !== null &&
          from !== undefined &&
          to !== null &&
          to !== undefined &&
          group.length > since + 1
            ? { from, to }
            : null,
      };
    });
    const plans = commitments
      .filter((t) => t.commitment.questionnaire.id === id)
      .map((t, i) => ({
        number: i + 1,
        after: group.findLastIndex((e) => e.date <= t.commitment.date),
        tracked: t,
      }));
    return {
      id,
      title: last.questionnaire.title || id,
      dates: group.map((e) => e.date),
      versions: group.map((e) => e.questionnaire.version),
      since,
      series,
      plans,
    };
  });
}
