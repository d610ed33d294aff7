// reflet score: one answers file in, one profile out. The JSON format is the engine's result
// as it is, so scripts see exactly what run and batch compute.
import type { Action } from "../../cli/command.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";
import { score as scoreAnswers } from "../../engine/score.ts";
import { nothingScored, recordTargets, resultSheet } from "../../engine/sheet.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { loadAnswersText } from "../../load/answers-plain.ts";
import { answerMessages } from "../../load/messages/answers.ts";
import { openOptions, openQuestionnaire } from "../../load/open.ts";
import { formatProblem, ProblemsError } from "../../load/problem.ts";
import { readStdin, readTextFile } from "../../load/read.ts";
import { warningMessages } from "../../load/semantic/messages/warnings.ts";
import { renderProfile } from "../../render/profile/render.ts";
import type { scoreTable } from "./command.ts";
import { scoreMessages } from "./messages.ts";

export const action: Action<typeof scoreTable> = async (ctx, [ref], opts) => {
  const m = messagesFor(ctx.lang, scoreMessages);
  const file = opts.answers;
  if (file === undefined) throw new ExitError(EXIT.usage, [m.missingAnswers]);
  // Reading a terminal would wait for input nobody is going to type.
  if (file === "-" && ctx.stdin.isTTY) throw new ExitError(EXIT.usage, [m.stdinIsTerminal]);
  const model = await openQuestionnaire(ref, openOptions(ctx, opts.dir));
  const text =
    file === "-"
      ? await readStdin(ctx.stdin, ctx.lang)
      : await readTextFile(file, ctx.lang, { cwd: ctx.cwd });
  const loaded = await loadAnswersText(text, file, model, ctx.lang);
  if (!loaded.ok) throw new ProblemsError(loaded.problems);
  const warning = messagesFor(ctx.lang, warningMessages).prefix;
  for (const w of loaded.value.warnings ?? [])
    ctx.err(formatProblem({ ...w, message: warning + w.message }));
  const result = scoreAnswers(model, loaded.value.answers, {
    participant: loaded.value.participant,
  });
  // A blank sheet gets no profile: it would be built on nothing.
  if (nothingScored(resultSheet(model, result, recordTargets(model))))
    throw new ProblemsError([
      { file, ...messagesFor(ctx.lang, answerMessages).blank(result.answered) },
    ]);
  // Read before anything is printed: a bad norm file is one line and no half output.
  const normsFile = opts.norms;
  const format = opts.format;
  let standing = "";
  if (normsFile !== undefined && format !== "json") {
    const { standingFor } = await import("../../norms/score.ts");
    const { lineExit } = await import("../compare/line-exit.ts");
    standing = await lineExit(() => standingFor(normsFile, model, result, format, ctx));
  }
  ctx.out(renderProfile(model, result, format, ctx, undefined, { why: opts.why }) + standing);
  return EXIT.ok;
};
