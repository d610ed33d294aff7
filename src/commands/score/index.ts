// reflet score: one answers file in, one profile out. The JSON format is the engine's result
// as it is, so scripts see exactly what run and batch compute.
import type { Action } from "../../cli/command.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";
import { score as scoreAnswers } from "../../engine/score.ts";
import { nothingScored, recordTargets, resultSheet } from "../../engine/sheet.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { answerMessages } from "../../load/answer-messages.ts";
import { checkAnswersText } from "../../load/answers.ts";
import { openQuestionnaire } from "../../load/open.ts";
import { ProblemsError } from "../../load/problem.ts";
import { readStdin, readTextFile } from "../../load/read.ts";
import { type ProfileFormat, renderProfile } from "../../render/profile/render.ts";
import { scoreMessages } from "./messages.ts";

export const action: Action = async (ctx, [ref], opts) => {
  const m = messagesFor(ctx.lang, scoreMessages);
  const file = opts.answers as string | undefined;
  if (file === undefined) throw new ExitError(EXIT.usage, [m.missingAnswers]);
  // Reading a terminal would wait for input nobody is going to type.
  if (file === "-" && ctx.stdin.isTTY) throw new ExitError(EXIT.usage, [m.stdinIsTerminal]);
  const model = await openQuestionnaire(ref as string, {
    ...ctx,
    dirs: opts.dir as string[] | undefined,
  });
  const text =
    file === "-" ? await readStdin(ctx.stdin, ctx.lang) : await readTextFile(file, ctx.lang);
  const loaded = checkAnswersText(text, file, model, ctx.lang);
  if (!loaded.ok) throw new ProblemsError(loaded.problems);
  const result = scoreAnswers(model, loaded.value.answers, {
    participant: loaded.value.participant,
  });
  // A blank sheet gets no profile: it would be built on nothing.
  if (nothingScored(resultSheet(model, result, recordTargets(model))))
    throw new ProblemsError([
      { file, ...messagesFor(ctx.lang, answerMessages).blank(result.answered) },
    ]);
  ctx.out(
    renderProfile(model, result, opts.format as ProfileFormat, ctx, undefined, {
      why: opts.why === true,
    }),
  );
  return EXIT.ok;
};
