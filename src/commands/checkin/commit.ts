// The end of a profile in `reflet run`: the person may choose up to three actions to try,
// each written as an if-then plan (« Quand …, je … »), with a day to check in. It is offered
// only when the result was kept (not with --no-save), on a terminal, after a profile that
// suggests actions to try, and can be skipped.
import { randomUUID } from "node:crypto";
import { Interrupted, type Prompter } from "../../ask/prompter.ts";
import type { Result } from "../../engine/types.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { contentLang, localize } from "../../i18n/text.ts";
import { typeset } from "../../i18n/typography.ts";
import { addDays, clockOf } from "../../io/clock.ts";
import type { Ctx } from "../../io/context.ts";
import type { Model } from "../../model/model.ts";
import type { Text } from "../../model/types.ts";
import { longDate } from "../../render/profile/messages.ts";
import type { Commitment } from "../../store/commitment.ts";
import { appendRecord } from "../../store/commitments.ts";
import type { DataPaths } from "../../store/paths.ts";
import { invocation } from "../../term/invocation.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { checkinMessages } from "./messages.ts";

/** A plan is chosen as a step, not a project: three at most at a time. */
export const MAX_COMMITMENTS = 3;
/** The check-in offered first; the others are the choices after it. */
export const CHECKIN_DAYS = [7, 3, 14] as const;

/** A result just kept, as the commit step needs it. */
export interface Kept {
  model: Model;
  result: Result;
  /** The id of its history entry. */
  entry: string;
}

interface Offer {
  kept: Kept;
  advice: string | null;
  label: string;
  situation: string;
  action: string;
}

/** The actions the profiles advised, each with the plan its rule offers (or its text). */
function offers(kept: readonly Kept[], lang: string): Offer[] {
  return kept.flatMap((k) => {
    const l = contentLang(lang, k.model.languages);
    const text = (t: Text | undefined) =>
      t === undefined ? "" : sanitizeLine(typeset(localize(t, l, k.model.languages), l));
    return k.result.advice.flatMap((fired) => {
      const rule = k.model.advice.find((a) => a.id === fired.id);
      if (!rule || fired.kind !== "action") return [];
      return [
        {
          kept: k,
          advice: rule.id,
          label: text(rule.text),
          situation: text(rule.plan?.situation),
          action: rule.plan ? text(rule.plan.action) : text(rule.text),
        },
      ];
    });
  });
}

/** Asks for the commitments and keeps each one as soon as it is whole. Ctrl-C ends the step. */
export async function offerCommitments(
  ctx: Ctx,
  prompter: Prompter,
  paths: DataPaths,
  kept: readonly Kept[],
): Promise<void> {
  const first = kept[0];
  const left = offers(kept, ctx.lang);
  // Offered where the profile suggests something to try: a profile with no action to try
  // ends as it always did.
  if (!first || left.length === 0) return;
  const m = messagesFor(ctx.lang, checkinMessages);
  const now = clockOf(ctx.env)();
  try {
    for (let n = 0; n < MAX_COMMITMENTS; n++) {
      const own: Offer = { kept: first, advice: null, label: m.ownPlan, situation: "", action: "" };
      const picked = await prompter.choose<Offer | null>(m.commitTitle(n), [
        ...left.map((o) => ({ value: o as Offer | null, label: o.label })),
        { value: own, label: m.ownPlan },
        { value: null, label: m.notNow(n) },
      ]);
      if (!picked) return;
      left.splice(left.indexOf(picked), 1);
      const situation = sanitizeLine(await prompter.write(m.situation, picked.situation));
      const action = situation ? sanitizeLine(await prompter.write(m.action, picked.action)) : "";
      if (!situation || !action) {
        ctx.err(m.emptyPlan);
        continue;
      }
      const days = await prompter.choose(
        m.checkinWhen,
        CHECKIN_DAYS.map((d) => ({
          value: d,
          label: m.inDays(d, longDate(addDays(now, d).toISOString(), ctx.lang)),
        })),
      );
      const due = addDays(now, days).toISOString();
      const k = picked.kept;
      const commitment: Commitment = {
        v: 1,
        kind: "commitment",
        id: randomUUID(),
        date: now.toISOString(),
        questionnaire: {
          id: k.model.id,
          version: k.model.version,
          title: localize(
            k.model.file.title,
            contentLang(ctx.lang, k.model.languages),
            k.model.languages,
          ),
        },
        entry: k.entry,
        advice: picked.advice,
        situation,
        action,
        due,
      };
      appendRecord(paths, commitment);
      ctx.err(
        sanitizeLine(
          m.committed(invocation(ctx.env), m.plan(situation, action), longDate(due, ctx.lang)),
        ),
      );
    }
  } catch (e) {
    // The profile is kept already, and so is every plan finished before the interruption.
    if (!(e instanceof Interrupted)) throw e;
  }
}
