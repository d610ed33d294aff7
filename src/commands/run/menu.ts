// `reflet` alone on a terminal: pick a questionnaire (title, minutes, languages), answer it.
import { screenOf } from "../../ask/layout.ts";
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
import { displayWidth } from "../../term/wrap.ts";
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

const NBSP = "\u00a0";

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
  const paused = await Promise.all(models.map((model) => hasPausedSession(ctx, model)));
  const details = models.map((model, i) =>
    [
      model.file.minutes !== undefined ? m.minutes(model.file.minutes) : "",
      model.languages.join(", "),
      paused[i] ? m.pausedTag : "",
    ]
      .filter(Boolean)
      .join(" · "),
  );
  // Titles in a column when they fit beside the details ("❯ " before, two spaces between);
  // a title too long for it is never cut: its details go on the line under it.
  const room = screenOf(term.output).columns - 1 - 2 - 2 - Math.max(...details.map(displayWidth));
  const width = Math.min(room, Math.max(...titles.map(displayWidth)));
  const choices = models.map((model, i) => {
    const title = titles[i] ?? "";
    const more = term.colour.dim(details[i] ?? "");
    const fits = displayWidth(title) <= width;
    return {
      value: model as Model | null,
      short: title,
      label: fits
        ? `${title}${NBSP.repeat(width - displayWidth(title) + 2)}${more}`
        : `${title}\n${more}`,
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
