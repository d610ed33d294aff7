// Semantic checks: what the schema cannot say. Each check module reports through the context.
import type { Lang } from "../../i18n/lang.ts";
import type { QuestionnaireFile } from "../../model/types.ts";
import type { Problem } from "../problem.ts";
import type { ParsedYaml } from "../yaml.ts";
import { makeContext } from "./context.ts";
import { checkReferences } from "./references.ts";

const CHECKS = [checkReferences];

export function semanticProblems(
  q: QuestionnaireFile,
  parsed: ParsedYaml,
  file: string,
  lang: Lang,
): Problem[] {
  const out: Problem[] = [];
  const ctx = makeContext(q, parsed, file, lang, out);
  for (const check of CHECKS) check(ctx);
  return out;
}
