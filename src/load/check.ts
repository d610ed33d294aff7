// Checks a questionnaire text: YAML (safe) → schema → semantic checks → compiled Model. The
// schema's verdict on a valid file comes from its plan (model/plan.ts), without zod: zod's
// schema loads only for a file the plan does not accept, to say exactly what is wrong with it.
import type { Lang } from "../i18n/lang.ts";
import { compile } from "../model/compile.ts";
import type { Model } from "../model/model.ts";
import { acceptor } from "../model/plan.ts";
import { QUESTIONNAIRE_PLAN } from "../model/questionnaire-plan.ts";
import type { QuestionnaireFile } from "../model/types.ts";
import { byPosition, type Problem } from "./problem.ts";
import { semanticProblems } from "./semantic/index.ts";
import { semanticWarnings } from "./semantic/warnings.ts";
import { textHash } from "./text-hash.ts";
import { type ParsedYaml, readYamlQuickly, type YamlOutcome } from "./yaml.ts";

export type CheckOutcome =
  | { ok: true; model: Model; warnings?: Problem[] }
  | { ok: false; problems: Problem[] };

export interface CheckOptions {
  /** Look for warnings too (load/semantic/warnings.ts): validate wants them, nothing else. */
  warnings?: boolean;
}

/** The schema's verdict on a questionnaire: its data, or every problem zod finds. */
export type SchemaVerdict =
  | { ok: true; data: QuestionnaireFile }
  | { ok: false; problems: Problem[] };

const accepts = acceptor(QUESTIONNAIRE_PLAN);

/**
 * The YAML of a questionnaire, with its data when the plan accepts it: zod would return a
 * value equal to the one read (no defaults, no transforms), so the value read is the data.
 */
export function readQuestionnaire(
  y: YamlOutcome,
): { ok: false; problems: Problem[] } | { ok: true; parsed: ParsedYaml; data?: QuestionnaireFile } {
  if (!y.ok) return y;
  const { value } = y.parsed;
  return accepts(value)
    ? { ok: true, parsed: y.parsed, data: value as QuestionnaireFile }
    : { ok: true, parsed: y.parsed };
}

/** What readQuestionnaire says of a text. */
type Read = ReturnType<typeof readQuestionnaire>;

/** zod's verdict on a file the plan refused (load/schema-verdict.ts). */
type VerdictOf = (parsed: ParsedYaml, file: string, lang: Lang) => SchemaVerdict;

/**
 * Every problem of a questionnaire read, or its model: zod's verdict (`verdictOf`) on a file
 * the plan refused, then the semantic checks and, if asked, the warnings. `verdictOf` is only
 * called for such a file, and may be null when the plan accepted it.
 */
export function checkRead(
  read: Read,
  verdictOf: VerdictOf | null,
  text: string,
  file: string,
  lang: Lang,
  source: string,
  options: CheckOptions,
): CheckOutcome {
  if (!read.ok) return read;
  const verdict = read.data
    ? { ok: true as const, data: read.data }
    : verdictOf?.(read.parsed, file, lang);
  if (!verdict) throw new Error("a file the plan refused needs zod's verdict");
  if (!verdict.ok) return verdict;
  const q = verdict.data;
  // Compiled once: the checks look at the model too, and a valid file's model is the result.
  const model = compile(q, () => textHash(text), source);
  const problems = semanticProblems(q, read.parsed, file, lang, model);
  if (problems.length > 0) return { ok: false, problems: problems.sort(byPosition) };
  const warnings = options.warnings
    ? semanticWarnings(q, read.parsed, file, lang, model).sort(byPosition)
    : [];
  return { ok: true, model, warnings };
}

/**
 * Every problem of a questionnaire text, or its model (as checkQuestionnaire in
 * load/questionnaire.ts), loading zod's schema only for a file the plan does not accept.
 * Never throws on bad input.
 */
export async function checkLazily(
  text: string,
  file: string,
  lang: Lang,
  source = file,
  options: CheckOptions = {},
): Promise<CheckOutcome> {
  // The yaml library is loaded only for a text the quick reader leaves to it (load/yaml.ts).
  const y =
    readYamlQuickly(text, file, lang) ??
    (await import("./yaml-library.ts")).parseYamlFully(text, file, lang);
  const read = readQuestionnaire(y);
  const verdictOf =
    read.ok && !read.data ? (await import("./schema-verdict.ts")).schemaVerdict : null;
  return checkRead(read, verdictOf, text, file, lang, source, options);
}
