// `reflet` alone on a terminal: pick a questionnaire (title, minutes, languages), answer it.
import { Interrupted } from "../../ask/prompter.ts";
import { withPrompter } from "../../ask/terminal.ts";
import { EXIT, ExitError, signalExitCode } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { contentLang, localize } from "../../i18n/text.ts";
import type { Ctx } from "../../io/context.ts";
import { catalog } from "../../load/catalog.ts";
import type { Model } from "../../model/model.ts";
import { dataPaths } from "../../store/paths.ts";
import { hasPaused } from "../../store/sessions.ts";
import { invocation } from "../../term/invocation.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { displayWidth, padEnd, truncate } from "../../term/wrap.ts";
import { mentionDue } from "../checkin/mention.ts";
import { type RunOptions, requireTerminal, runModels } from "./flow.ts";
import { runMessages } from "./messages.ts";

/** A tag, not a check: a data folder that cannot be read is said so when the session starts. */
async function hasPausedSession(ctx: Ctx, model: Model): Promise<boolean> {
  try {
    return await hasPaused(dataPaths(ctx.env, ctx.cwd), model.id);
  } catch {
    return false;
  }
}

const DEFAULTS: RunOptions = { format: "text", save: true, restart: false };

/** The menu of `reflet` alone and of `reflet run` without a questionnaire. */
export async function menu(
  ctx: Ctx,
  options: RunOptions = DEFAULTS,
  dirs: readonly string[] = [],
): Promise<number> {
  const m = messagesFor(ctx.lang, runMessages);
  const term = requireTerminal(ctx);
  await mentionDue(ctx);
  const models = (await catalog(dirs, ctx.env, ctx.cwd, ctx.lang)).flatMap((e) =>
    e.ok ? [e.model] : [],
  );
  if (models.length === 0) throw new ExitError(EXIT.usage, [m.nothingFound(invocation(ctx.env))]);
  const titles = models.map((model) =>
    sanitizeLine(
      localize(model.file.title, contentLang(ctx.lang, model.languages), model.languages),
    ),
  );
  const width = Math.min(50, Math.max(...titles.map(displayWidth)));
  const paused = await Promise.all(models.map((model) => hasPausedSession(ctx, model)));
  const choices = models.map((model, i) => {
    const details = [
      model.file.minutes !== undefined ? m.minutes(model.file.minutes) : "",
      model.languages.join(", "),
      paused[i] ? m.pausedTag : "",
    ].filter(Boolean);
    return {
      value: model as Model | null,
      label: `${padEnd(truncate(titles[i] ?? "", width), width)}  ${term.colour.dim(details.join(" · "))}`,
    };
  });
  let picked: Model | null;
  try {
    picked = await withPrompter(term, ctx.lang, (prompter) =>
      prompter.choose(m.menuTitle, [...choices, { value: null, label: m.quit }]),
    );
  } catch (e) {
    if (e instanceof Interrupted) return signalExitCode(e.signal);
    throw e;
  }
  if (!picked) return EXIT.ok;
  return runModels(ctx, [picked], [picked.id], options);
}
