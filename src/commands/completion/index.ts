// reflet completion bash|zsh|fish: a completion script generated from the command table.
import type { Action } from "../../cli/command.ts";
import { cliMessages } from "../../cli/messages.ts";
import { buildProgram } from "../../cli/program.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { FORGET } from "../history/command.ts";
import { bashScript } from "./bash.ts";
import type { completionTable } from "./command.ts";
import { fishScript } from "./fish.ts";
import { programShape } from "./shape.ts";
import { zshScript } from "./zsh.ts";

export const SHELLS = { bash: bashScript, zsh: zshScript, fish: fishScript } as const;

export const action: Action<typeof completionTable> = async (ctx, [shell]) => {
  const { program } = buildProgram(ctx);
  const shape = programShape(program, messagesFor(ctx.lang, cliMessages).helpOption, {
    history: [FORGET],
  });
  ctx.out(SHELLS[shell](shape));
  return 0;
};
