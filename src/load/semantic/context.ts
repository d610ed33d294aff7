// What every semantic check receives, and how it reports.
import type { Lang } from "../../i18n/lang.ts";
import type { QuestionnaireFile } from "../../model/types.ts";
import type { Problem } from "../problem.ts";
import type { ParsedYaml, Path } from "../yaml.ts";

export interface CheckContext {
  q: QuestionnaireFile;
  file: string;
  lang: Lang;
  parsed: ParsedYaml;
  /** Reports a problem at the node at `path` (at its key when `key` is set). */
  report(path: Path, said: { message: string; hint?: string }, key?: boolean): void;
}

export function makeContext(
  q: QuestionnaireFile,
  parsed: ParsedYaml,
  file: string,
  lang: Lang,
  out: Problem[],
): CheckContext {
  return {
    q,
    file,
    lang,
    parsed,
    report: (path, said, key) => out.push({ file, ...parsed.at(path, key), ...said }),
  };
}
