// reflet run ID|FILE [more...]: answer questionnaires in a row, then one combined profile.
import type { Action } from "../../cli/command.ts";
import { openQuestionnaire } from "../../load/open.ts";
import type { Model } from "../../model/model.ts";
import type { ProfileFormat } from "../../render/profile/render.ts";
import { requireTerminal, runModels } from "./flow.ts";

export const action: Action = async (ctx, [refs], opts) => {
  // No terminal, no questions: refuse before loading or writing anything.
  requireTerminal(ctx);
  const models: Model[] = [];
  for (const ref of refs as string[]) {
    models.push(await openQuestionnaire(ref, { ...ctx, dirs: opts.dir as string[] | undefined }));
  }
  return runModels(ctx, models, refs as string[], {
    format: opts.format as ProfileFormat,
    ...(typeof opts.output === "string" ? { output: opts.output } : {}),
    ...(typeof opts.answersOut === "string" ? { answersOut: opts.answersOut } : {}),
    save: opts.save !== false,
    restart: opts.restart === true,
  });
};
