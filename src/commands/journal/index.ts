// reflet journal [ID]: the reflection notes kept with each result.
import type { Action } from "../../cli/command.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { knownId, unknownId } from "../../load/open.ts";
import { journalText } from "../../render/history/text.ts";
import { invocation } from "../../term/invocation.ts";
import { historyMessages } from "../history/messages.ts";
import { list, readEntries, withStore } from "../history/read.ts";

export const action: Action = async (ctx, [id], opts) => {
  const m = messagesFor(ctx.lang, historyMessages);
  const all = await withStore(ctx, (paths) => readEntries(ctx, paths));
  // An id neither in the history nor found: a typo, not an empty journal.
  if (typeof id === "string" && !all.some((e) => e.questionnaire.id === id) && !knownId(id, ctx))
    throw unknownId(id, ctx);
  const entries = all.filter(
    (e) => e.notes.length > 0 && (id === undefined || e.questionnaire.id === id),
  );
  return list(ctx, entries, {
    asJson: opts.json === true,
    json: () =>
      entries.map((e) => ({ date: e.date, questionnaire: e.questionnaire, notes: e.notes })),
    empty: m.noNotes(invocation(ctx.env)),
    text: journalText,
  });
};
