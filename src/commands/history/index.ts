// reflet history [ID]: past results with the change per dimension; `forget` erases.
import type { Action } from "../../cli/command.ts";
import { EXIT } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { historyText } from "../../render/history/text.ts";
import { toJson } from "../../render/json.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { forget } from "./forget.ts";
import { historyMessages } from "./messages.ts";
import { readEntries, withStore } from "./read.ts";
import { FORGET } from "./spec.ts";

export const action: Action = async (ctx, [words], opts) => {
  const [first, ...rest] = (words as string[] | undefined) ?? [];
  if (first === FORGET) return forget(ctx, rest, opts);
  const m = messagesFor(ctx.lang, historyMessages);
  const entries = (await withStore(ctx, (paths) => readEntries(ctx, paths))).filter(
    (e) => first === undefined || e.questionnaire.id === first,
  );
  if (opts.json) {
    ctx.out(toJson({ schemaVersion: 1, entries }));
    return EXIT.ok;
  }
  if (entries.length === 0) {
    ctx.err(first === undefined ? m.empty : m.noneFor(sanitizeLine(first)));
    return EXIT.ok;
  }
  ctx.out(
    historyText(entries, {
      lang: ctx.lang,
      colour: ctx.colour,
      width: ctx.stdout.columns ?? 80,
      notEnough: m.notEnough,
    }),
  );
  return EXIT.ok;
};
