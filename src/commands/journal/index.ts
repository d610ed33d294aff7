// reflet journal [ID]: the reflection notes kept with each result.
import type { Action } from "../../cli/command.ts";
import { EXIT } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { journalText } from "../../render/history/text.ts";
import { toJson } from "../../render/json.ts";
import { historyMessages } from "../history/messages.ts";
import { readEntries, withStore } from "../history/read.ts";

export const action: Action = async (ctx, [id], opts) => {
  const m = messagesFor(ctx.lang, historyMessages);
  const entries = (await withStore(ctx, (paths) => readEntries(ctx, paths))).filter(
    (e) => e.notes.length > 0 && (id === undefined || e.questionnaire.id === id),
  );
  if (opts.json) {
    const notes = entries.map((e) => ({
      date: e.date,
      questionnaire: e.questionnaire,
      notes: e.notes,
    }));
    ctx.out(toJson({ schemaVersion: 1, entries: notes }));
    return EXIT.ok;
  }
  if (entries.length === 0) {
    ctx.err(m.noNotes);
    return EXIT.ok;
  }
  ctx.out(
    journalText(entries, {
      lang: ctx.lang,
      colour: ctx.colour,
      width: ctx.stdout.columns ?? 80,
      notEnough: m.notEnough,
    }),
  );
  return EXIT.ok;
};
