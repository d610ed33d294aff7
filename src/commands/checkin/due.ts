// What `reflet` (the menu) and `reflet run` mention before anything else, once a day at
// most: check-ins that are due, and questionnaires worth taking again because every plan made
// after them is done or dropped. Only on a terminal (both callers require one); a data folder
// that cannot be read says nothing here: the session says it when it starts.

import { messagesFor } from "../../i18n/lang.ts";
import { clockOf, localDay } from "../../io/clock.ts";
import type { Ctx } from "../../io/context.ts";
import { dueAt, readCommitments, type Tracked, tracked } from "../../store/commitments.ts";
import type { HistoryEntry } from "../../store/entry.ts";
import { readHistory } from "../../store/history.ts";
import { dataPaths } from "../../store/paths.ts";
import { lastReminded, markReminded } from "../../store/reminder.ts";
import { invocation } from "../../term/invocation.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { reflectMessages } from "./messages.ts";

/** Questionnaires whose plans, all made since their last result, are now closed. */
export function retakes(all: readonly Tracked[], entries: readonly HistoryEntry[]): string[] {
  const ids = [...new Set(all.map((t) => t.commitment.questionnaire.id))];
  return ids.filter((id) => {
    const last = entries.findLast((e) => e.questionnaire.id === id);
    const since = all.filter(
      (t) => t.commitment.questionnaire.id === id && (!last || t.commitment.date >= last.date),
    );
    return since.length > 0 && since.every((t) => t.status !== "open");
  });
}

/** The lines to say now, or none; saying them marks the day. */
export function dueLines(ctx: Ctx): string[] {
  const m = messagesFor(ctx.lang, reflectMessages);
  const now = clockOf(ctx.env)();
  const paths = dataPaths(ctx.env, ctx.cwd);
  const day = localDay(now);
  if (lastReminded(paths) === day) return [];
  const all = tracked(readCommitments(paths).records);
  if (all.length === 0) return [];
  const due = dueAt(all, now);
  const lines = due.length > 0 ? [m.due(invocation(ctx.env), due.length)] : [];
  for (const id of retakes(all, readHistory(paths).entries)) {
    const title = all.findLast((t) => t.commitment.questionnaire.id === id)?.commitment
      .questionnaire.title;
    lines.push(sanitizeLine(m.retake(invocation(ctx.env), title ?? id, id)));
  }
  if (lines.length > 0) markReminded(paths, day);
  return lines;
}
