// reflet history forget ID|--all: erase results (and notes, and paused sessions), after a
// confirmation on a terminal, or with --yes.
import { terminalOf } from "../../ask/terminal.ts";
import type { OptionsFor } from "../../cli/command.ts";
import { EXIT, type ExitCode, ExitError } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import type { Ctx } from "../../io/context.ts";
import { forgetSessions } from "../../store/checkpoint.ts";
import { forgetCommitments, readCommitments } from "../../store/commitments.ts";
import { forgetAll, forgetEntries } from "../../store/history.ts";
import { hasPaused } from "../../store/sessions.ts";
import { invocation } from "../../term/invocation.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { stopUnlessConfirmed } from "../confirm.ts";
import type { historyTable } from "./command.ts";
import { historyMessages } from "./messages.ts";
import { readEntries, withStore } from "./read.ts";

export async function forget(
  ctx: Ctx,
  ids: string[],
  opts: OptionsFor<typeof historyTable>,
): Promise<ExitCode> {
  const m = messagesFor(ctx.lang, historyMessages);
  const all = opts.all;
  if (ids.length > 1 || (all && ids.length > 0)) throw new ExitError(EXIT.usage, [m.forgetBoth]);
  const id = ids[0];
  if (!all && id === undefined)
    throw new ExitError(EXIT.usage, [m.forgetWhat(invocation(ctx.env))]);
  return withStore(ctx, async (paths) => {
    const entries = readEntries(ctx, paths);
    const count = all ? entries.length : entries.filter((e) => e.questionnaire.id === id).length;
    const shown = sanitizeLine(id ?? "");
    const committed = readCommitments(paths).records.some(
      (r) => r.kind === "commitment" && r.questionnaire.id === id,
    );
    if (!all && count === 0 && !committed) {
      // A paused session may still be there: forgetting it needs no confirmation.
      const erased = forgetSessions(paths, id as string) > 0;
      ctx.err(erased ? m.forgotPaused(shown) : m.noneFor(shown, invocation(ctx.env)));
      return EXIT.ok;
    }
    const paused = !all && (await hasPaused(paths, id as string));
    if (!opts.yes) {
      const term = terminalOf(ctx);
      if (!term) throw new ExitError(EXIT.usage, [m.needYes(invocation(ctx.env))]);
      const question = all ? m.confirmAll(count) : m.confirmOne(count, shown, paused);
      const stop = await stopUnlessConfirmed(ctx, term, question, m);
      if (stop !== undefined) return stop;
    }
    if (all) {
      ctx.err(m.forgotAll(forgetAll(paths)));
    } else {
      const n = forgetEntries(paths, (e) => e.questionnaire.id === id);
      forgetCommitments(paths, (c) => c.questionnaire.id === id);
      const erased = forgetSessions(paths, id as string) > 0;
      ctx.err(m.forgotOne(n, shown, erased));
    }
    return EXIT.ok;
  });
}
