// Loads an answers file (YAML or JSON) and checks it against a questionnaire.

import { type Lang, messagesFor } from "../i18n/lang.ts";
import type { Model } from "../model/model.ts";
import { AnswersFile } from "../model/schema.ts";
import type { Answers, AnswerValue, Item } from "../model/types.ts";
import { answerLabels, readAnswer } from "./answer-forms.ts";
import { answersOf } from "./answers-plain.ts";
import { issuesToProblems } from "./issues.ts";
import { answerMessages } from "./messages/answers.ts";
import { byPosition, type Problem } from "./problem.ts";
import { closest } from "./semantic/closest.ts";
import { parseYaml } from "./yaml-library.ts";

export interface LoadedAnswers {
  participant: string | null;
  lang: string | null;
  answers: Answers;
  /** What was left out and why (an unknown item id); absent when nothing was. */
  warnings?: Problem[];
}

export type AnswersOutcome =
  | { ok: true; value: LoadedAnswers }
  | { ok: false; problems: Problem[] };

/** Every problem of an answers text against `model`, or the answers ready to score. */
export function checkAnswersText(
  text: string,
  file: string,
  model: Model,
  lang: Lang,
): AnswersOutcome {
  const m = messagesFor(lang, answerMessages);
  const y = parseYaml(text, file, lang);
  if (!y.ok) return y;
  // Checked once per process: compiling zod's fast path for each object shape (jit) costs
  // more than it saves.
  const parsed = AnswersFile.safeParse(y.parsed.value, { jitless: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: issuesToProblems(parsed.error.issues, y.parsed, file, lang, AnswersFile).sort(
        byPosition,
      ),
    };
  }
  const data = parsed.data;
  const problems: Problem[] = [];
  if (data.questionnaire !== model.id) {
    problems.push({
      file,
      ...y.parsed.at(["questionnaire"]),
      ...m.otherQuestionnaire(data.questionnaire, model.id),
    });
  }
  // null (an empty `item:` line of a template) is an unanswered item.
  const answers: Record<string, AnswerValue> = {};
  const warnings: Problem[] = [];
  const ids = model.items.map((it) => it.id);
  for (const [id, value] of Object.entries(answersOf(data))) {
    const index = model.itemIndex.get(id);
    if (index === undefined) {
      // A slip in one id costs that answer, not the whole sheet.
      warnings.push({
        file,
        ...y.parsed.at(["answers", id], true),
        ...m.unknownItem(id, closest(id, ids)),
      });
      continue;
    }
    const item = model.items[index] as Item;
    const read = readAnswer(model, item, value);
    if (read.ok) answers[id] = read.value;
    else
      problems.push({
        file,
        ...y.parsed.at(["answers", id]),
        ...m.problem(read.problem, answerLabels(model, item, lang)),
      });
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort(byPosition) };
  return {
    ok: true,
    value: {
      participant: data.participant ?? null,
      lang: data.lang ?? null,
      answers,
      ...(warnings.length > 0 ? { warnings: warnings.sort(byPosition) } : {}),
    },
  };
}
