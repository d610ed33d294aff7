// reflet validate: every problem of every file, one line each on stderr; a one-line summary
// on stdout for each valid file. Exit 1 when any file has a problem.
import type { Action } from "../../cli/command.ts";
import { EXIT } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { formatProblem } from "../../load/problem.ts";
import { toJson } from "../../render/json.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { checkFile, problemJson } from "./check-file.ts";
import { validateMessages } from "./messages.ts";

export const action: Action = async (ctx, [files], opts) => {
  const m = messagesFor(ctx.lang, validateMessages);
  const report: unknown[] = [];
  let invalid = 0;
  for (const file of files as string[]) {
    const outcome = await checkFile(file, ctx.lang);
    if (outcome.ok) {
      const model = outcome.model;
      report.push({ file, valid: true, id: model.id, version: model.version, problems: [] });
      if (!opts.json) ctx.out(`${sanitizeLine(m.valid(file, model))}\n`);
      continue;
    }
    invalid++;
    report.push({ file, valid: false, problems: outcome.problems.map(problemJson) });
    if (!opts.json) for (const p of outcome.problems) ctx.err(formatProblem(p));
  }
  // No total on stderr: every line there is a problem, which scripts can count.
  if (opts.json) ctx.out(toJson({ schemaVersion: 1, valid: invalid === 0, files: report }));
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
};
