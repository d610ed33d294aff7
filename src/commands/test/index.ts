// reflet test: every test case of every file; expected vs got for each failure. Exit 1 when
// a case fails or a file has a problem.
import type { Action } from "../../cli/command.ts";
import { EXIT } from "../../cli/exit.ts";
import { runCases } from "../../engine/testcases.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { formatProblem } from "../../load/problem.ts";
import { toJson } from "../../render/json.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { checkFile, problemJson } from "../validate/check-file.ts";
import { testMessages } from "./messages.ts";

export const action: Action = async (ctx, [files], opts) => {
  const m = messagesFor(ctx.lang, testMessages);
  const c = ctx.colour;
  const say = (line: string) => {
    if (!opts.json) ctx.out(`${line}\n`);
  };
  let passed = 0;
  let failed = 0;
  let broken = 0;
  const report: unknown[] = [];
  for (const file of files as string[]) {
    const outcome = await checkFile(file, ctx.lang);
    if (!outcome.ok) {
      broken++;
      report.push({ file, valid: false, problems: outcome.problems.map(problemJson), cases: [] });
      if (!opts.json) for (const p of outcome.problems) ctx.err(formatProblem(p));
      continue;
    }
    const cases = runCases(outcome.model);
    report.push({
      file,
      valid: true,
      problems: [],
      cases: cases.map(({ name, mismatches }) => ({
        name,
        passed: mismatches.length === 0,
        mismatches,
      })),
    });
    if (cases.length === 0 && !opts.json) ctx.err(sanitizeLine(m.noCases(file)));
    for (const o of cases) {
      const ok = o.mismatches.length === 0;
      if (ok) passed++;
      else failed++;
      say(`${ok ? c.green("✓") : c.red("✗")} ${sanitizeLine(`${file}: ${o.name}`)}`);
      for (const x of o.mismatches) say(`    ${sanitizeLine(m.mismatch(x))}`);
    }
  }
  if (opts.json) ctx.out(toJson({ schemaVersion: 1, passed, failed, files: report }));
  else ctx.out(`${m.total(passed, failed)}\n`);
  return failed > 0 || broken > 0 ? EXIT.invalid : EXIT.ok;
};
