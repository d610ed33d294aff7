// zod's verdict on a questionnaire the plan does not accept (load/check.ts): the problems of
// the file, worded and placed by load/issues.ts. Loaded only when a file needs it.
import type { Lang } from "../i18n/lang.ts";
import { Questionnaire } from "../model/schema.ts";
import type { QuestionnaireFile } from "../model/types.ts";
import type { SchemaVerdict } from "./check.ts";
import { issuesToProblems } from "./issues.ts";
import { byPosition } from "./problem.ts";
import type { ParsedYaml } from "./yaml.ts";

export function schemaVerdict(parsed: ParsedYaml, file: string, lang: Lang): SchemaVerdict {
  // Checked once per process: compiling zod's fast path for each object shape (jit) costs
  // more than it saves.
  const result = Questionnaire.safeParse(parsed.value, { jitless: true });
  if (result.success) return { ok: true, data: result.data as QuestionnaireFile };
  return {
    ok: false,
    problems: issuesToProblems(result.error.issues, parsed, file, lang, Questionnaire).sort(
      byPosition,
    ),
  };
}
