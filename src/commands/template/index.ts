// reflet template: a blank answers file to fill in by hand, or the CSV header to collect a team's.
import { resolve } from "node:path";
import type { Action } from "../../cli/command.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { ioMessages } from "../../io/messages.ts";
import { destinationOf, writeWhole } from "../../io/write.ts";
import { openOptions, openQuestionnaire } from "../../load/open.ts";
import { EXCEL_CSV, PLAIN_CSV } from "../../render/csv.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import type { templateTable } from "./command.ts";
import { templateCsv } from "./csv.ts";
import { templateYaml } from "./yaml.ts";

export const action: Action<typeof templateTable> = async (ctx, [ref], opts) => {
  const m = messagesFor(ctx.lang, ioMessages);
  const model = await openQuestionnaire(ref, openOptions(ctx, opts.dir));
  const text =
    opts.format === "csv"
      ? templateCsv(model, opts.excel ? EXCEL_CSV : PLAIN_CSV)
      : templateYaml(model, ctx.lang, opts.participant);
  const output = opts.output;
  if (!output) {
    ctx.out(text);
    return EXIT.ok;
  }
  const path = resolve(ctx.cwd, output);
  // A filled-in answers file must not be lost to a second `template` by mistake; a device or
  // a pipe is written into, not replaced. A failure to write is one line (src/cli/run.ts).
  if (destinationOf(path, output) === "file" && !opts.force)
    throw new ExitError(EXIT.usage, [sanitizeLine(m.exists(output))]);
  await writeWhole(path, text, { name: output });
  return EXIT.ok;
};
