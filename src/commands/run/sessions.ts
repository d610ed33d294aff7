// Before the first question of a questionnaire: a session of it may be open in another
// terminal. Its answers are its own; this one says so and offers a separate session, in a
// slot of its own (src/store/sessions.ts), or stops.
import type { Prompter } from "../../ask/prompter.ts";
import { formatDate } from "../../i18n/dates.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { localize } from "../../i18n/text.ts";
import type { Ctx } from "../../io/context.ts";
import type { Model } from "../../model/model.ts";
import type { DataPaths } from "../../store/paths.ts";
import { type Claimed, claimSlot, openElsewhere } from "../../store/sessions.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { runMessages } from "./messages.ts";

/** The person chose not to start a second session of a questionnaire open elsewhere. */
export class Declined extends Error {
  constructor() {
    super("declined");
    this.name = "Declined";
  }
}

/** "2 March 2025 at 14:02": when the other session started. */
function when(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDate(date, lang, { dateStyle: "long", timeStyle: "short" });
}

/** A slot for a new session of `model`, after asking when another session has it open. */
export async function claimSession(
  ctx: Ctx,
  prompter: Prompter,
  paths: DataPaths,
  model: Model,
): Promise<Claimed> {
  const m = messagesFor(ctx.lang, runMessages);
  const [other] = await openElsewhere(paths, model.id);
  if (other) {
    const title = localize(model.file.title, ctx.lang, model.languages);
    const question = sanitizeLine(m.openElsewhere(title, other.pid, when(other.since, ctx.lang)));
    const choice = await prompter.choose(question, [
      { value: "separate", label: m.separate },
      { value: "quit", label: m.quit },
    ]);
    if (choice === "quit") throw new Declined();
  }
  return claimSlot(paths, model.id);
}
