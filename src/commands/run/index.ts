// reflet run ID|FILE [more...]: answer questionnaires in a row, then one combined profile.
import type { Action } from "../../cli/command.ts";
import { locateQuestionnaire, openOptions, openQuestionnaire } from "../../load/open.ts";
import type { Model } from "../../model/model.ts";
import { mentionDue } from "../checkin/mention.ts";
import type { runTable } from "./command.ts";
import { type RunOptions, requireTerminal, runModels } from "./flow.ts";
import { menu } from "./menu.ts";

export const action: Action<typeof runTable> = async (ctx, [refs], opts) => {
  const names = refs;
  // A mistyped name is said first (with the id it is close to), terminal or not; then, with
  // no terminal, no questions: refuse before loading or writing anything.
  for (const ref of names) locateQuestionnaire(ref, openOptions(ctx, opts.dir));
  requireTerminal(ctx);
  const options: RunOptions = {
    format: opts.format,
    ...(opts.output !== undefined ? { output: opts.output } : {}),
    ...(opts.answersOut !== undefined ? { answersOut: opts.answersOut } : {}),
    save: opts.save,
    restart: opts.restart,
    why: opts.why,
  };
  if (names.length === 0) return menu(ctx, options, opts.dir);
  await mentionDue(ctx);
  const models: Model[] = [];
  for (const ref of names) {
    const model = await openQuestionnaire(ref, openOptions(ctx, opts.dir));
    // The same questionnaire named twice (by id and by path) is answered once.
    if (!models.some((m) => m.id === model.id)) models.push(model);
  }
  // A norm file is read and checked before the first question, not after the last.
  if (typeof opts.norms === "string") {
    const file = opts.norms;
    const { normsFor } = await import("../../norms/score.ts");
    const { lineExit } = await import("../compare/line-exit.ts");
    options.norms = await lineExit(() => normsFor(file, models, ctx));
  }
  return runModels(ctx, models, names, options);
};
