// What `reflet progress` shows, per questionnaire: each dimension's percent result after
// result, the commitments made in between with what came of them, and the change since the
// first result of the current version (an earlier version asked other questions: comparable.ts),
// read as a reliable change or as noise where the questionnaire declares its reliability.

import { changeError, rci, reliableChange } from "../../stats/rci.ts";
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
  /**
   * What the change amounts to, by the reliable change index (stats/rci.ts): beyond
   * measurement noise or within it; "unknown" when the questionnaire declares no reliability
   * for the dimension; null when there is no change to read.
   */
  reading: "reliable" | "noise" | "unknown" | null;
}

/** A dimension's declared reliability (questionnaire-format.md, `reliability`). */
export interface Reliability {
  alpha: number;
  sd: number;
}

/** The reliabilities a questionnaire's version declares, by dimension; none when unknown. */
export type ReliabilityOf = (id: string, version: string) => ReadonlyMap<string, Reliability>;

function readingOf(
  change: { from: number; to: number } | null,
  r: Reliability | undefined,
): Series["reading"] {
  if (!change) return null;
  const error = r ? changeError(r.sd, r.alpha) : null;
  if (error === null) return "unknown";
  return reliableChange(rci(change.from, change.to, error)) === "none" ? "noise" : "reliable";
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
  reliability: ReliabilityOf = () => new Map(),
): ProgressView[] {
  const ids = [...new Set(entries.map((e) => e.questionnaire.id))];
  return ids.map((id) => {
    const group = entries.filter((e) => e.questionnaire.id === id);
    const last = group.at(-1) as HistoryEntry;
    const since = group.findIndex((e) => comparable(e, last.questionnaire.version));
    const declared = reliability(id, last.questionnaire.version);
    const dimensionIds = [...new Set(group.flatMap((e) => e.result.dimensions.map((d) => d.id)))];
    const series = dimensionIds.map((dim) => {
      const percents = group.map(
        (e) => e.result.dimensions.find((d) => d.id === dim)?.percent ?? null,
      );
      const from = percents[since];
      const to = percents.at(-1);
      const named = group.findLast((e) => e.names[dim] !== undefined);
      const change =
        from !== null &&
        from !== undefined &&
        to !== null &&
        to !== undefined &&
        group.length > since + 1
          ? { from, to }
          : null;
      return {
        id: dim,
        name: named?.names[dim] ?? dim,
        percents,
        change,
        reading: readingOf(change, declared.get(dim)),
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
