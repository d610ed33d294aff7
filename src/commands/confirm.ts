// The last question before something that cannot be undone (forgetting results, writing a file
// to share): asked with "no" first, and Ctrl-C ends it as a signal would.
import { Interrupted } from "../ask/prompter.ts";
import { confirmNo, type Terminal } from "../ask/terminal.ts";
import { EXIT, type ExitCode, signalExitCode } from "../cli/exit.ts";
import type { Ctx } from "../io/context.ts";

/**
 * Asks `question` on `term`: undefined when the person says yes, else the exit code to end
 * with, once it has said that nothing was changed (`words.kept`).
 */
export async function stopUnlessConfirmed(
  ctx: Ctx,
  term: Terminal,
  question: string,
  words: { yes: string; no: string; kept: string },
): Promise<ExitCode | undefined> {
  try {
    if (await confirmNo(term, ctx.lang, question, words)) return undefined;
  } catch (e) {
    if (e instanceof Interrupted) return signalExitCode(e.signal);
    throw e;
  }
  ctx.err(words.kept);
  return EXIT.ok;
}
