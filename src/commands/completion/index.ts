// reflet completion bash|zsh|fish: a completion script generated from the command table.
import type { Action } from "../../cli/command.ts";
import { cliMessages } from "../../cli/messages.ts";
import { buildProgram } from "../../cli/program.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { invocation } from "../../term/invocation.ts";
import { FORGET } from "../history/command.ts";
import { bashScript } from "./bash.ts";
import type { completionTable } from "./command.ts";
import { fishScript } from "./fish.ts";
import { historyIds, type IdKind, questionnaireIds } from "./ids.ts";
import { programShape } from "./shape.ts";
import { zshScript } from "./zsh.ts";

export const SHELLS = { bash: bashScript, zsh: zshScript, fish: fishScript } as const;

/** The commands whose arguments are ids, and which ids. */
const ARGUMENT_IDS: Record<string, IdKind> = {
  run: "questionnaires",
  score: "questionnaires",
  batch: "questionnaires",
  template: "questionnaires",
  history: "history",
  journal: "history",
  progress: "history",
  share: "history",
};

export const action: Action<typeof completionTable> = async (ctx, [shell], opts) => {
  if (opts.ids !== undefined) {
    const ids = opts.ids === "history" ? historyIds : questionnaireIds;
    for (const id of ids(ctx.env, ctx.cwd)) ctx.out(`${id}\n`);
    return 0;
  }
  const { program } = buildProgram(ctx);
  const shape = programShape(
    program,
    messagesFor(ctx.lang, cliMessages).helpOption,
    { history: [FORGET] },
    ARGUMENT_IDS,
    invocation(ctx.env),
  );
  ctx.out(SHELLS[shell](shape));
  return 0;
};
