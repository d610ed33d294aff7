// reflet test: every test case of every file; expected vs got for each failure; exit 1 on any.
import type { Action } from "../../cli/command.ts";
import { EXIT } from "../../cli/exit.ts";
import { runCases } from "../../engine/testcases.ts";
import { formatProblem, ProblemsError } from "../../load/problem.ts";
import { checkQuestionnaire } from "../../load/questionnaire.ts";
import { readTextFile } from "../../load/read.ts";
import { toJson } from "../../render/json.ts";
import { sanitizeLine } from "../../term/sanitize.ts";

export const action: Action = async (ctx, [files], opts) => {
  const fr = ctx.lang === "fr";
  const c = ctx.colour;
  let failed = 0;
  let passed = 0;
  let broken = false;
  const report: unknown[] = [];
  for (const file of files as string[]) {
    let text: string;
    try {
      text = await readTextFile(file, ctx.lang);
    } catch (e) {
      if (!(e instanceof ProblemsError)) throw e;
      for (const p of e.problems) ctx.err(formatProblem(p));
      broken = true;
      continue;
    }
    const outcome = checkQuestionnaire(text, file, ctx.lang);
    if (!outcome.ok) {
      for (const p of outcome.problems) ctx.err(formatProblem(p));
      broken = true;
      continue;
    }
    const cases = runCases(outcome.model);
    report.push({
      file,
      cases: cases.map(({ name, mismatches }) => ({
        name,
        passed: mismatches.length === 0,
        mismatches,
      })),
    });
    if (cases.length === 0)
      ctx.err(sanitizeLine(`${file}: ${fr ? "aucun cas de test" : "no test cases"}`));
    for (const o of cases) {
      if (o.mismatches.length === 0) {
        passed++;
        if (!opts.json) ctx.out(`${c.green("✓")} ${sanitizeLine(`${file}: ${o.name}`)}\n`);
        continue;
      }
      failed++;
      if (opts.json) continue;
      ctx.out(`${c.red("✗")} ${sanitizeLine(`${file}: ${o.name}`)}\n`);
      for (const m of o.mismatches) {
        const line = fr
          ? `    ${m.what} : attendu ${m.expected}, obtenu ${m.got}`
          : `    ${m.what}: expected ${m.expected}, got ${m.got}`;
        ctx.out(`${sanitizeLine(line)}\n`);
      }
    }
  }
  if (opts.json) ctx.out(toJson({ passed, failed, files: report }));
  else
    ctx.out(
      fr
        ? `${passed} cas réussis, ${failed} en échec\n`
        : `${passed} cases passed, ${failed} failed\n`,
    );
  return failed > 0 || broken ? EXIT.invalid : EXIT.ok;
};
