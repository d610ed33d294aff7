// Loads a questionnaire: YAML (safe) → schema → semantic checks → compiled Model.
import { createHash } from "node:crypto";
import type { Lang } from "../i18n/lang.ts";
import { compile } from "../model/compile.ts";
import type { Model } from "../model/model.ts";
import { Questionnaire } from "../model/schema.ts";
import type { QuestionnaireFile } from "../model/types.ts";
import { byPosition, issuesToProblems } from "./issues.ts";
import { type Problem, ProblemsError } from "./problem.ts";
import { readTextFile } from "./read.ts";
import { semanticProblems } from "./semantic/index.ts";
import { semanticWarnings } from "./semantic/warnings.ts";
import { parseYaml } from "./yaml.ts";

export type CheckOutcome =
  | { ok: true; model: Model; warnings?: Problem[] }
  | { ok: false; problems: Problem[] };

export interface CheckOptions {
  /** Look for warnings too (load/semantic/warnings.ts): validate wants them, nothing else. */
  warnings?: boolean;
}

/** Every problem of a questionnaire text, or its model. Never throws on bad input. */
export function checkQuestionnaire(
  text: string,
  file: string,
  lang: Lang,
  source = file,
  options: CheckOptions = {},
): CheckOutcome {
  const y = parseYaml(text, file, lang);
  if (!y.ok) return y;
  // Checked once per process: compiling zod's fast path for each object shape (jit) costs
  // more than it saves.
  const parsed = Questionnaire.safeParse(y.parsed.value, { jitless: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: issuesToProblems(parsed.error.issues, y.parsed, file, lang, Questionnaire).sort(
        byPosition,
      ),
    };
  }
  const q = parsed.data as QuestionnaireFile;
  // Compiled once: the checks look at the model too, and a valid file's model is the result.
  const hash = createHash("sha256").update(text).digest("hex");
  const model = compile(q, hash, source);
  const problems = semanticProblems(q, y.parsed, file, lang, model);
  if (problems.length > 0) return { ok: false, problems: problems.sort(byPosition) };
  const warnings = options.warnings
    ? semanticWarnings(q, y.parsed, file, lang, model).sort(byPosition)
    : [];
  return { ok: true, model, warnings };
}

/** Loads a questionnaire file or throws ProblemsError with every problem found. */
export async function loadQuestionnaire(path: string, lang: Lang, source = path): Promise<Model> {
  const text = await readTextFile(path, lang);
  const outcome = checkQuestionnaire(text, path, lang, source);
  if (!outcome.ok) throw new ProblemsError(outcome.problems);
  return outcome.model;
}
