// One answers file (YAML or JSON), read and checked exactly as `reflet score` does.
import { basename, extname } from "node:path";
import type { Lang } from "../../i18n/lang.ts";
import { ProblemsError } from "../../load/problem.ts";
import type { Model } from "../../model/model.ts";
import type { Unit } from "../types.ts";

/** The participant of a file without a `participant` line: its name, without the extension. */
export const idFromFileName = (file: string): string =>
  file === "-" ? "stdin" : basename(file, extname(file));

/**
 * The units of an answers file's text, as one run: its warnings (an answer left out), then
 * its entry or its rejection. `read` gets the text and throws ProblemsError when it cannot.
 */
export async function answersUnits(
  file: string,
  read: () => Promise<string>,
  model: Model,
  lang: Lang,
): Promise<Unit[]> {
  let text: string;
  try {
    text = await read();
  } catch (e) {
    if (e instanceof ProblemsError) return [{ kind: "rejected", problems: e.problems, count: 1 }];
    throw e;
  }
  // Loaded only for answers files: it starts the YAML library and zod's schema, which a batch
  // of a CSV or a workbook needs for nothing else.
  const { checkAnswersText } = await import("../../load/answers.ts");
  const loaded = checkAnswersText(text, file, model, lang);
  if (!loaded.ok) return [{ kind: "rejected", problems: loaded.problems, count: 1 }];
  const { participant, answers, lang: answersLang, warnings } = loaded.value;
  const units: Unit[] = (warnings ?? []).map((problem) => ({ kind: "warning", problem }));
  units.push({
    kind: "entry",
    entry: {
      participant: participant ?? idFromFileName(file),
      // A file name names a person as much as a participant line does.
      generated: false,
      file,
      line: null,
      answers,
      lang: answersLang,
    },
  });
  return units;
}
