// reflet progress [ID]: the dimensions over time, the plans chosen on the way and what came of
// them, as a terminal chart, Markdown or one HTML page. Reliability comes from the questionnaire
// as reflet finds it now, when it is still the version of the last result.

import type { Action } from "../../cli/command.ts";
import { EXIT } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import type { Ctx } from "../../io/context.ts";
import { knownId, openQuestionnaire } from "../../load/open.ts";
import { progressHtml } from "../../render/progress/html.ts";
import { progressMarkdown } from "../../render/progress/markdown.ts";
import { progressText } from "../../render/progress/text.ts";
import { progressViews, type Reliability, type ReliabilityOf } from "../../render/progress/view.ts";
import type { HistoryEntry } from "../../store/entry.ts";
import { invocation } from "../../term/invocation.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { columnsOf } from "../../term/wrap.ts";
import { readTracked } from "../checkin/read.ts";
import { historyMessages } from "../history/messages.ts";
import { readEntries, withStore } from "../history/read.ts";
import type { progressTable } from "./command.ts";

/**
 * The reliabilities each questionnaire of the history declares, for the version of its last
 * result; a questionnaire not found, broken or of another version declares none here.
 */
async function declaredReliability(
  ctx: Ctx,
  entries: readonly HistoryEntry[],
): Promise<ReliabilityOf> {
  const found = new Map<string, ReadonlyMap<string, Reliability>>();
  for (const qid of new Set(entries.map((e) => e.questionnaire.id))) {
    try {
      if (!knownId(qid, ctx)) continue;
      const model = await openQuestionnaire(qid, ctx);
      const dims = new Map<string, Reliability>();
      for (const d of model.file.dimensions) if (d.reliability) dims.set(d.id, d.reliability);
      found.set(`${qid}\n${model.version}`, dims);
    } catch {
      // Reliability stays unknown: progress still shows every figure.
    }
  }
  return (qid, version) => found.get(`${qid}\n${version}`) ?? new Map();
}

export const action: Action<typeof progressTable> = async (ctx, [id], opts) => {
  const { entries, plans } = await withStore(ctx, (paths) => {
    const mine = (q: { id: string }) => id === undefined || q.id === id;
    return {
      entries: readEntries(ctx, paths).filter((e) => mine(e.questionnaire)),
      plans: readTracked(ctx, paths).filter((t) => mine(t.commitment.questionnaire)),
    };
  });
  const views = progressViews(entries, plans, await declaredReliability(ctx, entries));
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
      progressText(views, { lang: ctx.lang, colour: ctx.colour, width: columnsOf(ctx.stdout) }),
    );
  return EXIT.ok;
};
