// Semantic checks: what the schema cannot say. Each check module reports through the context.
import type { Lang } from "../../i18n/lang.ts";
import type { Model } from "../../model/model.ts";
import type { QuestionnaireFile } from "../../model/types.ts";
import { formatProblem, type Problem } from "../problem.ts";
import type { ParsedYaml } from "../yaml.ts";
import { checkBands } from "./bands.ts";
import { checkConditions } from "./conditions.ts";
import { makeContext } from "./context.ts";
import { checkExpectations } from "./expectations.ts";
import { checkIds } from "./ids.ts";
import { checkKinds } from "./kinds.ts";
import { checkLanguages } from "./languages.ts";
import { checkReferences } from "./references.ts";
import { checkSizes } from "./sizes.ts";
import { checkTestCases } from "./tests.ts";

const CHECKS = [
  checkIds,
  checkReferences,
  checkBands,
  checkLanguages,
  checkSizes,
  checkConditions,
  checkTestCases,
  checkExpectations,
  checkKinds,
];

/** Every semantic problem of a schema-valid questionnaire, each once. */
export function semanticProblems(
  q: QuestionnaireFile,
  parsed: ParsedYaml,
  file: string,
  lang: Lang,
  model?: Model,
): Problem[] {
  const out: Problem[] = [];
  const ctx = makeContext(q, parsed, file, lang, out, model);
  for (const check of CHECKS) check(ctx);
  // A band set shared by several dimensions reports its own problems once.
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = formatProblem(p);
    return !seen.has(key) && seen.add(key);
  });
}
