// reflet progress [ID]: the dimensions over time, the plans chosen on the way and what came of
// them, as a terminal chart, Markdown or one HTML page.

import type { Action } from "../../cli/command.ts";
import { EXIT } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { progressHtml } from "../../render/progress/html.ts";
import { progressMarkdown } from "../../render/progress/markdown.ts";
import { progressText } from "../../render/progress/text.ts";
import { progressViews } from "../../render/progress/view.ts";
import { invocation } from "../../term/invocation.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { readTracked } from "../checkin/read.ts";
import { historyMessages } from "../history/messages.ts";
import { readEntries, withStore } from "../history/read.ts";
import type { progressTable } from "./command.ts";

export const action: Action<typeof progressTable> = async (ctx, [id], opts) => {
  const views = await withStore(ctx, (paths) => {
    const mine = (q: { id: string }) => id === undefined || q.id === id;
    const entries = readEntries(ctx, paths).filter((e) => mine(e.questionnaire));
    const plans = readTracked(ctx, paths).filter((t) => mine(t.commitment.questionnaire));
    return progressViews(entries, plans);
  });
  if (views.length === 0) {
    const m = messagesFor(ctx.lang, historyMessages);
    const cmd = invocation(ctx.env);
    ctx.err(id === undefined ? m.empty(cmd) : m.noneFor(sanitizeLine(String(id)), cmd));
    return EXIT.ok;
  }
  if (opts.format === "html") ctx.out(progressHtml(views, ctx.lang));
  else if (opts.format === "markdown") ctx.out(progressMarkdown(views, ctx.lang));
  else
    ctx.out(
      progressText(views, { lang: ctx.lang, colour: ctx.colour, width: ctx.stdout.columns ?? 80 }),
    );
  return EXIT.ok;
};
