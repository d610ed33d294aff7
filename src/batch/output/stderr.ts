// What a batch says on standard error while it runs: each problem on its own line, and on a
// terminal only, a progress line redrawn in place at most a few times a second.

import { messagesFor } from "../../i18n/lang.ts";
import type { Ctx } from "../../io/context.ts";
import { formatProblem } from "../../load/problem.ts";
import { batchMessages } from "../messages.ts";
import type { Sink, Tally } from "../types.ts";

const REDRAW_MS = 200;
const CLEAR = "\r\x1b[K";

export interface StderrSink extends Sink {
  /** Removes the progress line before the final lines are printed. */
  done(): void;
}

export function stderrSink(
  ctx: Pick<Ctx, "stderr" | "err" | "lang">,
  tally: () => Tally,
  now: () => number = Date.now,
): StderrSink {
  const m = messagesFor(ctx.lang, batchMessages);
  const live = ctx.stderr.isTTY === true;
  let shown = false;
  let last = 0;
  const clear = () => {
    if (shown) ctx.stderr.write(CLEAR);
    shown = false;
  };
  const draw = () => {
    const t = tally();
    ctx.stderr.write(`${CLEAR}${m.progress(t.scored + t.rejected)}`);
    shown = true;
    last = now();
  };
  return {
    problem(p, severity) {
      clear();
      ctx.err(
        formatProblem(severity === "warning" ? { ...p, message: m.warningPrefix + p.message } : p),
      );
    },
    scored() {
      if (live && now() - last >= REDRAW_MS) draw();
    },
    done: clear,
  };
}
