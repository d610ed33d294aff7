// reflet validate: every problem of every file, one line each; a one-line summary when valid.
import type { Action } from "../../cli/command.ts";
import { EXIT } from "../../cli/exit.ts";
import { formatProblem, type Problem, ProblemsError } from "../../load/problem.ts";
import { checkQuestionnaire } from "../../load/questionnaire.ts";
import { readTextFile } from "../../load/read.ts";
import { sanitizeLine } from "../../term/sanitize.ts";

export const action: Action = async (ctx, [files], _opts) => {
  const fr = ctx.lang === "fr";
  let invalid = 0;
  for (const file of files as string[]) {
    let problems: Problem[];
    try {
      const outcome = checkQuestionnaire(await readTextFile(file, ctx.lang), file, ctx.lang);
      if (outcome.ok) {
        const m = outcome.model;
        const facets = m.dimensions.reduce((n, d) => n + d.facets.length, 0);
        const summary = fr
          ? `${file} : valide — ${m.id} ${m.version}, ${m.items.length} questions, ${m.dimensions.length} dimensions, ${facets} facettes, ${m.advice.length} conseils, langues ${m.languages.join(", ")}`
          : `${file}: valid — ${m.id} ${m.version}, ${m.items.length} items, ${m.dimensions.length} dimensions, ${facets} facets, ${m.advice.length} advice rules, languages ${m.languages.join(", ")}`;
        ctx.out(`${sanitizeLine(summary)}\n`);
        continue;
      }
      problems = outcome.problems;
    } catch (e) {
      if (!(e instanceof ProblemsError)) throw e;
      problems = e.problems;
    }
    invalid++;
    for (const p of problems) ctx.err(formatProblem(p));
  }
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
};
