// reflet test: every test case of every file; expected vs got for each failure. With
// --simulate, simulated respondents and the file's expectations too. Exit 1 when a case
// fails, an expectation is not met or a file has a problem.
import type { Action } from "../../cli/command.ts";
import { EXIT } from "../../cli/exit.ts";
import { runCases } from "../../engine/testcases.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { formatProblem } from "../../load/problem.ts";
import { toJson } from "../../render/json.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { checkFile, problemJson } from "../validate/check-file.ts";
import type { selftestTable } from "./command.ts";
import { selftestMessages } from "./messages.ts";
import { simulateFile, simulationOptions } from "./simulation.ts";

export const action: Action<typeof selftestTable> = async (ctx, [files], opts) => {
  const m = messagesFor(ctx.lang, selftestMessages);
  const c = ctx.colour;
  const json = opts.json;
  const simulation = simulationOptions(ctx, opts);
  const say = (line: string) => {
    if (!json) ctx.out(`${line}\n`);
  };
  let passed = 0;
  let failed = 0;
  let broken = 0;
  let invalid = 0;
  const report: unknown[] = [];
  for (const file of files) {
    const outcome = await checkFile(file, ctx.lang, ctx.cwd);
    if (!outcome.ok) {
      invalid++;
      report.push({ file, valid: false, problems: outcome.problems.map(problemJson), cases: [] });
      if (!json) for (const p of outcome.problems) ctx.err(formatProblem(p));
      continue;
    }
    const cases = runCases(outcome.model);
    const entry: Record<string, unknown> = {
      file,
      valid: true,
      problems: [],
      cases: cases.map(({ name, mismatches }) => ({
        name,
        passed: mismatches.length === 0,
        mismatches,
      })),
    };
    report.push(entry);
    if (cases.length === 0 && !json) ctx.err(sanitizeLine(m.noCases(file)));
    for (const o of cases) {
      const ok = o.mismatches.length === 0;
      if (ok) passed++;
      else failed++;
      say(`${ok ? c.green("✓") : c.red("✗")} ${sanitizeLine(`${file}: ${o.name}`)}`);
      for (const x of o.mismatches) say(`    ${sanitizeLine(m.mismatch(x))}`);
    }
    if (simulation) {
      say("");
      const s = simulateFile(ctx, file, outcome.model, simulation, json);
      broken += s.broken.length;
      entry.simulation = s.report;
      entry.expectations = s.broken;
    } else if (outcome.model.file.expectations && !json) ctx.err(sanitizeLine(m.notChecked(file)));
  }
  if (json) {
    const totals = simulation ? { expectationsNotMet: broken } : {};
    ctx.out(toJson({ schemaVersion: 1, passed, failed, ...totals, files: report }));
  } else {
    ctx.out(`${m.total(passed, failed)}\n`);
    if (broken > 0) ctx.out(`${m.brokenTotal(broken)}\n`);
  }
  return failed > 0 || broken > 0 || invalid > 0 ? EXIT.invalid : EXIT.ok;
};
