// The questions of a run, questionnaire after questionnaire: the session slot, resume or
// start over, the introduction the first time, then every question, with a checkpoint after
// each answer unless --no-save asked that nothing be written.
import { randomInt } from "node:crypto";
import { runSession } from "../../ask/session.ts";
import { type Terminal, withPrompter } from "../../ask/terminal.ts";
import { itemOrder } from "../../engine/order.ts";
import { contentLang, localize } from "../../i18n/text.ts";
import type { Ctx } from "../../io/context.ts";
import type { Model } from "../../model/model.ts";
import type { Answers } from "../../model/types.ts";
import { saveCheckpoint } from "../../store/checkpoint.ts";
import { introSeen, rememberIntro } from "../../store/intros.ts";
import type { DataPaths } from "../../store/paths.ts";
import type { Claimed } from "../../store/sessions.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { columnsOf } from "../../term/wrap.ts";
import { introLines } from "./intro.ts";
import { runProgress } from "./progress.ts";
import { startingPoint } from "./resume.ts";
import { claimSession } from "./sessions.ts";

export interface Answered {
  model: Model;
  answers: Answers;
  /** The session slot this process holds for the questionnaire. */
  slot: number;
  /** The order the items were asked in. */
  order: readonly string[];
}

export async function answerAll(
  ctx: Ctx,
  term: Terminal,
  paths: DataPaths,
  models: readonly Model[],
  o: { restart: boolean; save: boolean },
  held: Claimed[],
): Promise<Answered[]> {
  const titles = models.map((m) =>
    sanitizeLine(localize(m.file.title, contentLang(ctx.lang, m.languages), m.languages)),
  );
  const whereOf = runProgress(models, titles);
  return withPrompter(term, ctx.lang, async (prompter, signal) => {
    const answered: Answered[] = [];
    for (const [k, model] of models.entries()) {
      const lang = contentLang(ctx.lang, model.languages);
      const { slot, lock } = await claimSession(ctx, prompter, paths, model);
      held.push({ slot, lock });
      const start = await startingPoint(ctx, prompter, paths, model, o.restart, slot);
      if (!start && !introSeen(paths, model.id)) {
        const columns = columnsOf(term.output);
        term.output.write(
          `${introLines(model, lang, ctx.lang, term.colour, columns).join("\n")}\n`,
        );
        if (o.save) rememberIntro(paths, model.id);
      }
      // A shuffled order is drawn once per person and session, then kept by the checkpoint.
      const order = start?.order ?? itemOrder(model, randomInt(2 ** 32));
      const answers = await runSession(model, {
        prompter,
        lang,
        ...(start ? { start } : {}),
        order,
        signal,
        where: (index, total) => whereOf(k, index, total),
        save: (p) => {
          if (!o.save) return;
          saveCheckpoint(
            paths,
            {
              v: 1,
              questionnaire: model.id,
              hash: model.hash,
              lang,
              answers: p.answers,
              position: p.position,
              savedAt: new Date().toISOString(),
              ...(model.order !== "file" ? { order: [...order] } : {}),
            },
            slot,
          );
        },
      });
      answered.push({ model, answers, slot, order });
    }
    return answered;
  });
}
