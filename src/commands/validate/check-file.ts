// Reads and checks one questionnaire file without throwing: what validate and test share.
import type { Lang } from "../../i18n/lang.ts";
import { type Problem, ProblemsError } from "../../load/problem.ts";
import {
  type CheckOptions,
  type CheckOutcome,
  checkQuestionnaire,
} from "../../load/questionnaire.ts";
import { readTextFile } from "../../load/read.ts";

export async function checkFile(
  file: string,
  lang: Lang,
  options: CheckOptions = {},
): Promise<CheckOutcome> {
  try {
    return checkQuestionnaire(await readTextFile(file, lang), file, lang, file, options);
  } catch (e) {
    if (e instanceof ProblemsError) return { ok: false, problems: e.problems };
    throw e;
  }
}

/** A problem in machine output: where, what, what to do. */
export const problemJson = (p: Problem) => ({
  line: p.line ?? null,
  col: p.col ?? null,
  message: p.message,
  hint: p.hint ?? null,
});
