// What every semantic check receives, and how it reports.
import type { Lang } from "../../i18n/lang.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { compile } from "../../model/compile.ts";
import type { Model } from "../../model/model.ts";
import type { QuestionnaireFile } from "../../model/types.ts";
import type { Problem } from "../problem.ts";
import type { ParsedYaml, Path } from "../yaml.ts";
import { semanticMessages } from "./messages/checks.ts";
import { conditionMessages } from "./messages/conditions.ts";

export type Said = { message: string; hint?: string };

export interface CheckContext {
  q: QuestionnaireFile;
  /** The file compiled as it is: what cannot be resolved is left out, never guessed. */
  model: Model;
  file: string;
  lang: Lang;
  parsed: ParsedYaml;
  /** What the checks say: of ids and references, and of bands and conditions. */
  m: (typeof semanticMessages)["en"] & (typeof conditionMessages)["en"];
  /** Reports a problem at the node at `path` (at its key when `key` is set). */
  report(path: Path, said: Said, key?: boolean): void;
  /** The line of the node at `path`, to point from one problem to another place. */
  line(path: Path): number;
}

export function makeContext(
  q: QuestionnaireFile,
  parsed: ParsedYaml,
  file: string,
  lang: Lang,
  out: Problem[],
  /** `q` compiled, when the caller has it already (compiling is not free). */
  model: Model = compile(q, "", file),
): CheckContext {
  return {
    q,
    model,
    file,
    lang,
    parsed,
    m: { ...messagesFor(lang, semanticMessages), ...messagesFor(lang, conditionMessages) },
    report: (path, said, key) => out.push({ file, ...parsed.at(path, key), ...said }),
    line: (path) => parsed.at(path).line,
  };
}
