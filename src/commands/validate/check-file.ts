// Reads and checks one questionnaire file without throwing: what validate and test share.
// The checks (YAML reader, schema) load only when a file needs them: validate answers for a
// text it checked before from the cache.
import type { Lang } from "../../i18n/lang.ts";
import { type CacheOptions, validateCached } from "../../load/cache.ts";
import type { CheckOptions, CheckOutcome } from "../../load/check.ts";
import { type Problem, ProblemsError } from "../../load/problem.ts";
import { readTextFile } from "../../load/read.ts";

async function outcomeOf(check: () => Promise<CheckOutcome>): Promise<CheckOutcome> {
  try {
    return await check();
  } catch (e) {
    if (e instanceof ProblemsError) return { ok: false, problems: e.problems };
    throw e;
  }
}

export function checkFile(
  file: string,
  lang: Lang,
  cwd: string,
  options: CheckOptions = {},
): Promise<CheckOutcome> {
  return outcomeOf(async () => {
    const text = await readTextFile(file, lang, { cwd });
    const { checkLazily } = await import("../../load/check.ts");
    return checkLazily(text, file, lang, file, options);
  });
}

/** checkFile with warnings, as validate asks, from the cache when it holds this very text. */
export function validateFile(file: string, lang: Lang, cache: CacheOptions): Promise<CheckOutcome> {
  return outcomeOf(async () =>
    validateCached(await readTextFile(file, lang, { cwd: cache.cwd }), file, lang, cache),
  );
}

/** A problem in machine output: where, what, what to do. */
export const problemJson = (p: Problem) => ({
  line: p.line ?? null,
  col: p.col ?? null,
  message: p.message,
  hint: p.hint ?? null,
});
