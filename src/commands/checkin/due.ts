// What `reflet` (the menu) and `reflet run` mention before anything else, once a day at
// most: check-ins that are due, and questionnaires worth taking again because every plan made
// after them is done or dropped, or because their interval (retakeAfterDays) has passed.
// Only on a terminal (both callers require one); a data folder that cannot be read says
// nothing here: the session says it when it starts.

import { messagesFor } from "../../i18n/lang.ts";
import { addDays, clockOf, localDay, wholeDays } from "../../io/clock.ts";
import type { Ctx } from "../../io/context.ts";
import { knownId, openQuestionnaire } from "../../load/open.ts";
import { dueAt, readCommitments, type Tracked, tracked } from "../../store/commitments.ts";
import type { HistoryEntry } from "../../store/entry.ts";
import { readHistory } from "../../store/history.ts";
import { dataPaths } from "../../store/paths.ts";
import { lastReminded, markReminded } from "../../store/reminder.ts";
import { invocation } from "../../term/invocation.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { checkinMessages } from "./messages.ts";

/** Days after a result before taking it again is suggested, when the questionnaire says nothing. */
export const RETAKE_AFTER_DAYS = 28;

export interface Retake {
  id: string;
  title: string;
  /** Every plan made since its last result is closed; else its interval has passed. */
  why: "closed" | "interval";
  /** Whole days since its last result. */
  days: number;
}

/**
 * Questionnaires worth taking again, among those with plans: every plan made since their last
 * result is done or dropped, or `days(id)` have passed since that result.
 */
export function retakes(
  all: readonly Tracked[],
  entries: readonly HistoryEntry[],
  now: Date,
  days: (id: string) => number,
): Retake[] {
  const ids = [...new Set(all.map((t) => t.commitment.questionnaire.id))];
  return ids.flatMap((id): Retake[] => {
    const last = entries.findLast((e) => e.questionnaire.id === id);
    const title =
      last?.questionnaire.title ||
      all.findLast((t) => t.commitment.questionnaire.id === id)?.commitment.questionnaire.title ||
      id;
    const elapsed = last ? wholeDays(new Date(last.date), now) : 0;
    const since = all.filter(
      (t) => t.commitment.questionnaire.id === id && (!last || t.commitment.date >= last.date),
    );
    if (since.length > 0 && since.every((t) => t.status !== "open"))
      return [{ id, title, why: "closed", days: elapsed }];
    if (last && addDays(new Date(last.date), days(id)).getTime() <= now.getTime())
      return [{ id, title, why: "interval", days: elapsed }];
    return [];
  });
}

/** The interval a questionnaire declares (`retakeAfterDays`), if reflet finds it. */
async function declaredDays(ctx: Ctx, ids: readonly string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const id of ids) {
    try {
      if (!knownId(id, ctx)) continue;
      const days = (await openQuestionnaire(id, ctx)).file.retakeAfterDays;
      if (days !== undefined) found.set(id, days);
    } catch {
      // A questionnaire that no longer loads keeps the default.
    }
  }
  return found;
}

/** The lines to say now, or none; saying them marks the day. */
export async function dueLines(ctx: Ctx): Promise<string[]> {
  const m = messagesFor(ctx.lang, checkinMessages);
  const now = clockOf(ctx.env)();
  const paths = dataPaths(ctx.env, ctx.cwd);
  const day = localDay(now);
  if (lastReminded(paths) === day) return [];
  const all = tracked(readCommitments(paths).records);
  if (all.length === 0) return [];
  const due = dueAt(all, now);
  const lines = due.length > 0 ? [m.due(invocation(ctx.env), due.length)] : [];
  const declared = await declaredDays(ctx, [
    ...new Set(all.map((t) => t.commitment.questionnaire.id)),
  ]);
  const days = (id: string) => declared.get(id) ?? RETAKE_AFTER_DAYS;
  for (const r of retakes(all, readHistory(paths).entries, now, days)) {
    const cmd = invocation(ctx.env);
    lines.push(
      sanitizeLine(
        r.why === "closed"
          ? m.retake(cmd, r.title, r.id)
          : m.retakeInterval(cmd, r.title, r.id, r.days),
      ),
    );
  }
  if (lines.length > 0) markReminded(paths, day);
  return lines;
}
