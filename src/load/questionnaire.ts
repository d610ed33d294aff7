// Loads a questionnaire: YAML (safe) → schema → semantic checks → compiled Model, with zod's
// schema at hand (the checks are load/check.ts's, which loads zod only when a file needs it).
import type { Lang } from "../i18n/lang.ts";
import type { Model } from "../model/model.ts";
import { type CheckOptions, type CheckOutcome, checkRead, readQuestionnaire } from "./check.ts";
import { ProblemsError } from "./problem.ts";
import { readTextFile } from "./read.ts";
import { schemaVerdict } from "./schema-verdict.ts";
import { parseYaml } from "./yaml-library.ts";

export type { CheckOptions, CheckOutcome } from "./check.ts";

/** Every problem of a questionnaire text, or its model. Never throws on bad input. */
export function checkQuestionnaire(
  text: string,
  file: string,
  lang: Lang,
  source = file,
  options: CheckOptions = {},
): CheckOutcome {
  return checkRead(
    readQuestionnaire(parseYaml(text, file, lang)),
    schemaVerdict,
    text,
    file,
    lang,
    source,
    options,
  );
}

/** Loads a questionnaire file or throws ProblemsError with every problem found. */
export async function loadQuestionnaire(path: string, lang: Lang, source = path): Promise<Model> {
  const text = await readTextFile(path, lang);
  const outcome = checkQuestionnaire(text, path, lang, source);
  if (!outcome.ok) throw new ProblemsError(outcome.problems);
  return outcome.model;
}
