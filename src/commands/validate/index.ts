// reflet validate: every problem of every file, one line each on stderr; a one-line summary
// on stdout for each valid file, and its warnings on stderr. Exit 1 when any file has a
// problem, or (with --strict) a warning.
import type { Action } from "../../cli/command.ts";
import { EXIT } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { formatProblem } from "../../load/problem.ts";
import { toJson } from "../../render/json.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { problemJson, validateFile } from "./check-file.ts";
import type { validateTable } from "./command.ts";
import { validateMessages } from "./messages.ts";

export const action: Action<typeof validateTable> = async (ctx, [files], opts) => {
  const m = messagesFor(ctx.lang, validateMessages);
  const report: unknown[] = [];
  const strict = opts.strict;
  let invalid = 0;
  for (const file of files) {
    const outcome = await validateFile(file, ctx.lang, ctx);
    if (outcome.ok) {
      const model = outcome.model;
      const warnings = outcome.warnings ?? [];
      const valid = !(strict && warnings.length > 0);
      if (!valid) invalid++;
      report.push({
        file,
        valid,
        id: model.id,
        version: model.version,
        problems: [],
        warnings: warnings.map(problemJson),
      });
      if (opts.json) continue;
      if (valid) ctx.out(`${sanitizeLine(m.valid(file, model))}\n`);
      for (const w of warnings) ctx.err(formatProblem(w));
      continue;
    }
    invalid++;
    report.push({ file, valid: false, problems: outcome.problems.map(problemJson), warnings: [] });
    if (!opts.json) for (const p of outcome.problems) ctx.err(formatProblem(p));
  }
  // No total on stderr: every line there is a problem, which scripts can count.
  if (opts.json) ctx.out(toJson({ schemaVersion: 1, valid: invalid === 0, files: report }));
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
};
