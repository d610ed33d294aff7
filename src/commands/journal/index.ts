// reflet journal [ID]: the reflection notes kept with each result, then what was written at
// each check-in of a plan.
import type { Action } from "../../cli/command.ts";
import { EXIT } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { knownId, unknownId } from "../../load/open.ts";
import { journalText } from "../../render/history/text.ts";
import { checkinJournalText } from "../../render/progress/text.ts";
import { invocation } from "../../term/invocation.ts";
import { columnsOf } from "../../term/wrap.ts";
import { readTracked } from "../checkin/read.ts";
import { historyMessages } from "../history/messages.ts";
import { list, readEntries, withStore } from "../history/read.ts";
import type { journalTable } from "./command.ts";

export const action: Action<typeof journalTable> = async (ctx, [id], opts) => {
  const m = messagesFor(ctx.lang, historyMessages);
  const { all, plans } = await withStore(ctx, (paths) => ({
    all: readEntries(ctx, paths),
    plans: readTracked(ctx, paths).filter(
      (t) => id === undefined || t.commitment.questionnaire.id === id,
    ),
  }));
  // An id neither in the history nor found: a typo, not an empty journal.
  if (typeof id === "string" && !all.some((e) => e.questionnaire.id === id) && !knownId(id, ctx))
    throw unknownId(id, ctx);
  const entries = all.filter(
    (e) => e.notes.length > 0 && (id === undefined || e.questionnaire.id === id),
  );
  const checkins = checkinJournalText(plans, {
    lang: ctx.lang,
    colour: ctx.colour,
    width: columnsOf(ctx.stdout),
  });
  // JSON keeps its shape: the notes of each result (check-ins are in commitments.jsonl).
  if (opts.json === true || entries.length > 0 || checkins === "") {
    const code = list(ctx, entries, {
      asJson: opts.json === true,
      json: () =>
        entries.map((e) => ({ date: e.date, questionnaire: e.questionnaire, notes: e.notes })),
      empty: m.noNotes(invocation(ctx.env)),
      text: journalText,
    });
    if (opts.json === true || checkins === "") return code;
    ctx.out("\n");
  }
  ctx.out(checkins);
  return EXIT.ok;
};
