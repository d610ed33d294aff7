// What a batch says on standard error while it runs: each problem on its own line, and on a
// terminal only, a progress line redrawn in place at most a few times a second: with the
// share of the input read and the time left when the inputs' size is known.

import { messagesFor } from "../../i18n/lang.ts";
import type { Ctx } from "../../io/context.ts";
import { formatProblem } from "../../load/problem.ts";
import type { ReadSoFar } from "../input/size.ts";
import { batchInputMessages } from "../messages/input.ts";
import { batchOutputMessages } from "../messages/output.ts";
import type { Sink, Tally } from "../types.ts";

const REDRAW_MS = 200;
const CLEAR = "\r\x1b[K";
/** Before this much time, or this share of the input, a time left would be a guess. */
const ESTIMATE_AFTER_MS = 1000;
const ESTIMATE_AFTER_SHARE = 0.02;

/** A duration as people read it: "45 s", "3 min", "1 h 05 min". */
export function durationText(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, "0")} min`;
}

export interface StderrSink extends Sink {
  /** Removes the progress line before the final lines are printed. */
  done(): void;
}

export function stderrSink(
  ctx: Pick<Ctx, "stderr" | "err" | "lang">,
  tally: () => Tally,
  now: () => number = Date.now,
  read?: ReadSoFar,
): StderrSink {
  const m = messagesFor(ctx.lang, batchOutputMessages);
  const warningPrefix = messagesFor(ctx.lang, batchInputMessages).warningPrefix;
  const live = ctx.stderr.isTTY === true;
  let shown = false;
  let last = 0;
  const start = now();
  const clear = () => {
    if (shown) ctx.stderr.write(CLEAR);
    shown = false;
  };
  const draw = () => {
    const t = tally();
    const n = t.scored + t.rejected;
    const total = read?.total ?? null;
    let line = m.progress(n);
    if (read && total !== null && total > 0) {
      const share = Math.min(1, read.done / total);
      const spent = now() - start;
      const guess = spent >= ESTIMATE_AFTER_MS && share >= ESTIMATE_AFTER_SHARE;
      const left = guess ? durationText((spent * (1 - share)) / share) : null;
      line = m.progressOf(n, Math.floor(share * 100), left);
    }
    ctx.stderr.write(`${CLEAR}${line}`);
    shown = true;
    last = now();
  };
  return {
    problem(p, severity) {
      clear();
      ctx.err(
        formatProblem(severity === "warning" ? { ...p, message: warningPrefix + p.message } : p),
      );
    },
    scored() {
      if (live && now() - last >= REDRAW_MS) draw();
    },
    done: clear,
  };
}
