// reflet template: a blank answers file to fill in by hand, or the CSV header to collect a team's.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { writeWhole } from "../../batch/writer.ts";
import type { Action } from "../../cli/command.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";
import { openQuestionnaire } from "../../load/open.ts";
import { EXCEL_CSV, PLAIN_CSV } from "../../render/csv.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { templateCsv } from "./csv.ts";
import { templateYaml } from "./yaml.ts";

const messages = {
  en: {
    exists: (f: string) => `reflet: ${f}: the file exists (use --force to replace it)`,
    cannotWrite: (f: string, why: string) => `reflet: ${f}: cannot write (${why})`,
  },
  fr: {
    exists: (f: string) => `reflet : ${f} : le fichier existe (--force pour le remplacer)`,
    cannotWrite: (f: string, why: string) => `reflet : ${f} : écriture impossible (${why})`,
  },
};

export const action: Action = async (ctx, [ref], opts) => {
  const m = messages[ctx.lang];
  const model = await openQuestionnaire(ref as string, {
    ...ctx,
    dirs: opts.dir as string[] | undefined,
  });
  const text =
    opts.format === "csv"
      ? templateCsv(model, opts.excel ? EXCEL_CSV : PLAIN_CSV)
      : templateYaml(model, ctx.lang, opts.participant as string | undefined);
  const output = opts.output as string | undefined;
  if (!output) {
    ctx.out(text);
    return EXIT.ok;
  }
  const path = resolve(ctx.cwd, output);
  // A filled-in answers file must not be lost to a second `template` by mistake.
  if (existsSync(path) && !opts.force)
    throw new ExitError(EXIT.usage, [sanitizeLine(m.exists(output))]);
  try {
    await writeWhole(path, text, 0o644);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new ExitError(EXIT.invalid, [sanitizeLine(m.cannotWrite(output, code))]);
  }
  return EXIT.ok;
};
