// reflet checkin: for each commitment due (or each open one, --all), how it went and what
// comes next. Each answer is kept as soon as it is given; Ctrl-C keeps what was answered.
import { randomUUID } from "node:crypto";
import { Interrupted, type Prompter } from "../../ask/prompter.ts";
import { terminalOf, withPrompter } from "../../ask/terminal.ts";
import type { Action } from "../../cli/command.ts";
import { EXIT, ExitError, signalExitCode } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { addDays, clockOf } from "../../io/clock.ts";
import type { Ctx } from "../../io/context.ts";
import { longDate } from "../../render/profile/messages.ts";
import { type Checkin, NEXT, OBSTACLES, TRIED } from "../../store/commitment.ts";
import { appendRecord, dueAt, lockCheckin, type Tracked } from "../../store/commitments.ts";
import { invocation } from "../../term/invocation.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { withStore } from "../history/read.ts";
import type { checkinTable } from "./command.ts";
import { CHECKIN_DAYS } from "./commit.ts";
import { checkinMessages } from "./messages.ts";
import { readTracked } from "./read.ts";

async function checkIn(ctx: Ctx, p: Prompter, t: Tracked, now: Date): Promise<Checkin> {
  const m = messagesFor(ctx.lang, checkinMessages);
  const plan = m.plan(t.situation, t.action);
  ctx.err("");
  ctx.err(sanitizeLine(m.since(plan, longDate(t.commitment.date, ctx.lang))));
  const tried = await p.choose(
    m.tried,
    TRIED.map((v) => ({ value: v, label: m.triedLabels[v] })),
  );
  const happened = sanitizeLine(await p.write(m.happened));
  const obstacles = await p.tick(
    m.obstacles,
    OBSTACLES.map((v) => ({ value: v, label: m.obstacleLabels[v] })),
  );
  const other = sanitizeLine(await p.write(m.otherObstacle));
  const next = await p.choose(
    m.next,
    NEXT.map((v) => ({ value: v, label: m.nextLabels[v] })),
  );
  let reworded: Checkin["plan"];
  if (next === "adjust") {
    const situation = sanitizeLine(await p.write(m.situation, t.situation)) || t.situation;
    const action = sanitizeLine(await p.write(m.action, t.action)) || t.action;
    reworded = { situation, action };
  }
  let due: string | null = null;
  if (next === "keep" || next === "adjust") {
    const days = await p.choose(
      m.checkinWhen,
      CHECKIN_DAYS.map((d) => ({
        value: d,
        label: m.inDays(d, longDate(addDays(now, d).toISOString(), ctx.lang)),
      })),
    );
    due = addDays(now, days).toISOString();
  }
  return {
    v: 1,
    kind: "checkin",
    id: randomUUID(),
    commitment: t.commitment.id,
    date: now.toISOString(),
    tried,
    happened,
    obstacles,
    other,
    next,
    due,
    ...(reworded ? { plan: reworded } : {}),
  };
}

export const action: Action<typeof checkinTable> = async (ctx, _args, opts) => {
  const m = messagesFor(ctx.lang, checkinMessages);
  const term = terminalOf(ctx);
  if (!term) throw new ExitError(EXIT.usage, [m.checkinNeedsTerminal(invocation(ctx.env))]);
  const now = clockOf(ctx.env)();
  return withStore(ctx, async (paths) => {
    const open = readTracked(ctx, paths).filter((t) => t.status === "open");
    if (open.length === 0) {
      ctx.err(m.checkinNone(invocation(ctx.env)));
      return EXIT.ok;
    }
    const lock = await lockCheckin(paths);
    if (lock.kind === "busy") throw new ExitError(EXIT.usage, [m.checkinBusy(lock.holder.pid)]);
    let done = 0;
    try {
      return await withPrompter(term, ctx.lang, async (p) => {
        let asked = opts.all ? open : dueAt(open, now);
        if (asked.length === 0) {
          const next = open.map((t) => t.due ?? "").sort()[0] ?? "";
          const anyway = await p.choose(sanitizeLine(m.checkinNotYet(longDate(next, ctx.lang))), [
            { value: false, label: m.checkinLater },
            { value: true, label: m.checkinAll },
          ]);
          if (!anyway) return EXIT.ok;
          asked = open;
        }
        for (const t of asked) {
          appendRecord(paths, await checkIn(ctx, p, t, now));
          done++;
        }
        ctx.err(m.checkedIn(invocation(ctx.env), done));
        return EXIT.ok;
      });
    } catch (e) {
      if (!(e instanceof Interrupted)) throw e;
      if (done > 0) ctx.err(m.checkedIn(invocation(ctx.env), done));
      return signalExitCode(e.signal);
    } finally {
      lock.lock.release();
    }
  });
};
