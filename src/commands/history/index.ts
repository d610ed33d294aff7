// reflet history [ID]: past results with the change per dimension; `forget` erases.
import type { Action } from "../../cli/command.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { knownId, unknownId } from "../../load/open.ts";
import { historyText } from "../../render/history/text.ts";
import { invocation } from "../../term/invocation.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { FORGET, type historyTable } from "./command.ts";
import { forget } from "./forget.ts";
import { historyMessages } from "./messages.ts";
import { list, readEntries, withStore } from "./read.ts";

export const action: Action<typeof historyTable> = async (ctx, [words], opts) => {
  const [first, ...rest] = words;
  if (first === FORGET) return forget(ctx, rest, opts);
  const m = messagesFor(ctx.lang, historyMessages);
  // history --progress [ID] is reflet progress [ID], as text.
  if (opts.progress) {
    if (rest.length > 0 || opts.json)
      throw new ExitError(EXIT.usage, [m.progressAlone(invocation(ctx.env))]);
    const { action: progress } = await import("../progress/index.ts");
    return progress(ctx, [first], { format: "text" });
  }
  const cmd = invocation(ctx.env);
  const entries = (await withStore(ctx, (paths) => readEntries(ctx, paths))).filter(
    (e) => first === undefined || e.questionnaire.id === first,
  );
  // An id neither in the history nor found: a typo, not an empty history.
  if (first !== undefined && entries.length === 0 && !knownId(first, ctx))
    throw unknownId(first, ctx);
  return list(ctx, entries, {
    asJson: opts.json,
    json: () => entries,
    empty: first === undefined ? m.empty(cmd) : m.noneFor(sanitizeLine(first), cmd),
    text: historyText,
  });
};
