// reflet score: one answers file in, one profile out.
import type { Action } from "../../cli/command.ts";
import { score as scoreAnswers } from "../../engine/score.ts";
import { checkAnswersText } from "../../load/answers.ts";
import { openQuestionnaire } from "../../load/open.ts";
import { ProblemsError } from "../../load/problem.ts";
import { readStdin, readTextFile } from "../../load/read.ts";
import { renderProfile } from "../../render/profile/render.ts";

export const action: Action = async (ctx, [ref], opts) => {
  const model = await openQuestionnaire(ref as string, {
    ...ctx,
    dirs: opts.dir as string[] | undefined,
  });
  const file = opts.answers as string;
  const text =
    file === "-" ? await readStdin(ctx.stdin, ctx.lang) : await readTextFile(file, ctx.lang);
  const loaded = checkAnswersText(text, file, model, ctx.lang);
  if (!loaded.ok) throw new ProblemsError(loaded.problems);
  const result = scoreAnswers(model, loaded.value.answers, {
    participant: loaded.value.participant,
  });
  ctx.out(renderProfile(model, result, opts.format as "text" | "markdown" | "json", ctx));
  return 0;
};
