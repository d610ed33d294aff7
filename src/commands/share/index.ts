// reflet share [ID]: the latest result of a questionnaire as an answers file for a coach, with
// the plans and what came of them. It shows the file as it will be written and asks first
// (--yes: without asking, as a script needs); "no", Ctrl-C or no terminal write nothing.
import { resolve } from "node:path";
import { terminalOf } from "../../ask/terminal.ts";
import type { Action } from "../../cli/command.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { ioMessages } from "../../io/messages.ts";
import { destinationOf, writeWholeSync } from "../../io/write.ts";
import { knownId, unknownId } from "../../load/open.ts";
import { PRIVATE_FILE } from "../../store/files.ts";
import { invocation } from "../../term/invocation.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { readTracked } from "../checkin/read.ts";
import { stopUnlessConfirmed } from "../confirm.ts";
import { readEntries, withStore } from "../history/read.ts";
import type { shareTable } from "./command.ts";
import { shareYaml } from "./file.ts";
import { shareMessages } from "./messages.ts";

export const action: Action<typeof shareTable> = async (ctx, [asked], opts) => {
  const m = messagesFor(ctx.lang, shareMessages);
  const cmd = invocation(ctx.env);
  const { entries, plans } = await withStore(ctx, (paths) => ({
    entries: readEntries(ctx, paths),
    plans: readTracked(ctx, paths),
  }));
  const id = asked ?? entries.at(-1)?.questionnaire.id;
  if (id === undefined) throw new ExitError(EXIT.invalid, [m.nothing(cmd)]);
  const entry = entries.findLast((e) => e.questionnaire.id === id);
  if (!entry) {
    if (!knownId(id, ctx)) throw unknownId(id, ctx);
    throw new ExitError(EXIT.invalid, [sanitizeLine(m.noneFor(id, cmd))]);
  }
  const { answers } = entry;
  if (answers === undefined)
    throw new ExitError(EXIT.invalid, [sanitizeLine(m.noAnswers(id, cmd))]);
  const batch = sanitizeLine(`${cmd} batch ${id}`);
  const text = shareYaml({
    entry: { ...entry, answers },
    plans: plans.filter((t) => t.commitment.questionnaire.id === id),
    journal: opts.journal,
    lang: ctx.lang,
    batch,
  });
  const output = opts.output ?? `${id.replace(/[^\w.-]+/g, "_")}.answers.yaml`;
  const shown = sanitizeLine(output);
  const path = resolve(ctx.cwd, output);
  // What the person shares with a coach must not replace a file by mistake.
  if (destinationOf(path, output) === "file" && !opts.force)
    throw new ExitError(EXIT.usage, [
      sanitizeLine(messagesFor(ctx.lang, ioMessages).exists(output)),
    ]);
  if (!opts.yes) {
    const term = terminalOf(ctx);
    if (!term) throw new ExitError(EXIT.usage, [m.needYes(cmd)]);
    ctx.err(m.preview(shown));
    ctx.err("");
    // The file's lines as they will be written: not wrapped as messages are.
    ctx.stderr.write(`${text.trimEnd()}\n`);
    ctx.err("");
    const stop = await stopUnlessConfirmed(ctx, term, m.confirm(shown), m);
    if (stop !== undefined) return stop;
  }
  writeWholeSync(path, text, { name: output, mode: PRIVATE_FILE });
  ctx.err(m.wrote(shown, batch));
  return EXIT.ok;
};
