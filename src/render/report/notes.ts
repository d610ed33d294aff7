// A participant's answers to free-text items, with their questions: in a report only when
// the coach asks for them (--include-notes).
import { contentLang, localize } from "../../i18n/text.ts";
import { typeset } from "../../i18n/typography.ts";
import type { Model } from "../../model/model.ts";
import type { Answers } from "../../model/types.ts";

export interface NoteView {
  question: string;
  answer: string;
}

export function notesOf(model: Model, answers: Answers, userLang: string): NoteView[] {
  const lang = contentLang(userLang, model.languages);
  const notes: NoteView[] = [];
  for (const item of model.items) {
    const answer = answers[item.id];
    if (item.type !== "text" || typeof answer !== "string" || answer.trim() === "") continue;
    notes.push({
      question: typeset(localize(item.text, lang, model.languages), lang),
      answer: answer.trim(),
    });
  }
  return notes;
}
