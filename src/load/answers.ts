// Loads an answers file (YAML or JSON) and checks it against a questionnaire.

import { checkAnswers } from "../engine/answers.ts";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import type { Model } from "../model/model.ts";
import { AnswersFile } from "../model/schema.ts";
import type { Answers } from "../model/types.ts";
import { answerMessages } from "./answer-messages.ts";
import { answersOf } from "./answers-plain.ts";
import { byPosition, issuesToProblems } from "./issues.ts";
import type { Problem } from "./problem.ts";
import { parseYaml } from "./yaml.ts";

export interface LoadedAnswers {
  participant: string | null;
  lang: string | null;
  answers: Answers;
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
  const parsed = AnswersFile.safeParse(y.parsed.value);
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
  const answers = answersOf(data);
  for (const p of checkAnswers(model, answers)) {
    problems.push({
      file,
      ...y.parsed.at(["answers", p.item], p.code === "unknown-item"),
      ...m.problem(p),
    });
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort(byPosition) };
  return {
    ok: true,
    value: { participant: data.participant ?? null, lang: data.lang ?? null, answers },
  };
}
