// Prompts need a person at a keyboard. Inquirer does not check: on a pipe it takes the
// first choice, on a closed stdin it ends quietly. So we check, before anything is written.

import type { Lang } from "../i18n/lang.ts";
import type { Ctx, InStream, OutStream } from "../io/context.ts";
import type { Colour } from "../term/colour.ts";
import { inquirerPrompter } from "./inquirer.ts";
import { plainPrompter } from "./plain.ts";
import type { Prompter } from "./prompter.ts";
import { watchSignals } from "./signals.ts";

export interface Terminal {
  input: InStream;
  /** Where prompts are drawn: stdout, or stderr when stdout is redirected to a file. */
  output: OutStream;
  colour: Colour;
  /** A terminal that cannot move its cursor (TERM=dumb): plain line-by-line prompts. */
  plain: boolean;
  /** The run's environment: which editor `/e` opens (VISUAL, EDITOR) and what it inherits. */
  env: NodeJS.ProcessEnv;
}

export function terminalOf(
  ctx: Pick<Ctx, "stdin" | "stdout" | "stderr" | "colour" | "errColour" | "env">,
): Terminal | undefined {
  if (ctx.stdin.isTTY !== true) return undefined;
  const plain = ctx.env.TERM === "dumb";
  if (ctx.stdout.isTTY === true)
    return { input: ctx.stdin, output: ctx.stdout, colour: ctx.colour, plain, env: ctx.env };
  if (ctx.stderr.isTTY === true)
    return { input: ctx.stdin, output: ctx.stderr, colour: ctx.errColour, plain, env: ctx.env };
  return undefined;
}

/**
 * Runs `use` with a prompter on the terminal. While it runs, Ctrl-C, SIGTERM and SIGHUP end
 * the current prompt (as Interrupted) instead of the process.
 */
export async function withPrompter<T>(
  term: Terminal,
  lang: Lang,
  use: (prompter: Prompter, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const watch = watchSignals();
  const look = { lang, colour: term.colour };
  const context = { input: term.input, output: term.output, signal: watch.signal, env: term.env };
  const plain = term.plain ? plainPrompter(look, context) : undefined;
  try {
    return await use(plain ?? inquirerPrompter(look, context), watch.signal);
  } finally {
    plain?.close();
    watch.dispose();
  }
}

/** A yes/no question whose default (the first choice) is no: for anything that cannot be undone. */
export function confirmNo(
  term: Terminal,
  lang: Lang,
  question: string,
  words: { yes: string; no: string },
): Promise<boolean> {
  return withPrompter(term, lang, (prompter) =>
    prompter.choose(question, [
      { value: false, label: words.no },
      { value: true, label: words.yes },
    ]),
  );
}
