// Resume or start over: what a saved session allows, and what the person chooses.

import type { Prompter } from "../../ask/prompter.ts";
import { type Progress, startIndex } from "../../ask/session.ts";
import { checkAnswer } from "../../engine/answers.ts";
import { inOrder } from "../../engine/order.ts";
import { shownItems } from "../../engine/score.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { localize } from "../../i18n/text.ts";
import type { Ctx } from "../../io/context.ts";
import type { Model } from "../../model/model.ts";
import type { AnswerValue, Item } from "../../model/types.ts";
import { longDate } from "../../render/profile/messages.ts";
import { clearCheckpoint, loadCheckpoint, setAside } from "../../store/checkpoint.ts";
import type { DataPaths } from "../../store/paths.ts";
import { sanitizeLine, sanitizeText } from "../../term/sanitize.ts";
import { runMessages } from "./messages.ts";

/**
 * Saved answers that still fit the questionnaire; anything else is dropped, not trusted. A
 * free-text answer is shown again in its prompt: its controls become visible there, as in
 * any text read from a file.
 */
function usableAnswers(
  model: Model,
  saved: Record<string, AnswerValue>,
): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(saved)) {
    const index = model.itemIndex.get(id);
    if (index === undefined) continue;
    const item = model.items[index] as Item;
    if (checkAnswer(model, item, value) !== null) continue;
    out[id] = item.type === "text" && typeof value === "string" ? sanitizeText(value) : value;
  }
  return out;
}

/**
 * The progress to start from: the saved session of `slot` the person chose to resume, or
 * none. The caller holds the slot's lock: what is cleared or set aside here is its own.
 */
export async function startingPoint(
  ctx: Ctx,
  prompter: Prompter,
  paths: DataPaths,
  model: Model,
  restart: boolean,
  slot = 0,
): Promise<Progress | undefined> {
  const m = messagesFor(ctx.lang, runMessages);
  const found = await loadCheckpoint(paths, model.id, slot);
  if (found.kind === "none") return undefined;
  const id = sanitizeLine(model.id);
  if (found.kind === "unreadable") {
    ctx.err(sanitizeLine(m.unreadable(id, setAside(found.file))));
    return undefined;
  }
  if (restart) {
    clearCheckpoint(paths, model.id, slot);
    return undefined;
  }
  const saved = found.checkpoint;
  const date = sanitizeLine(longDate(saved.savedAt, ctx.lang));
  if (saved.hash !== model.hash) {
    ctx.err(m.changed(id, date));
    clearCheckpoint(paths, model.id, slot);
    return undefined;
  }
  const progress: Progress = {
    answers: usableAnswers(model, saved.answers),
    position: saved.position,
    ...(saved.order ? { order: saved.order } : {}),
  };
  const shown = inOrder(shownItems(model, progress.answers).shown, progress.order ?? []);
  const at = startIndex(shown, progress);
  const title = sanitizeLine(localize(model.file.title, ctx.lang, model.languages));
  const done = at >= shown.length;
  const question = done
    ? m.resumeQuestionDone(title, date)
    : m.resumeQuestion(title, date, `${at + 1} / ${shown.length}`);
  const choice = await prompter.choose(question, [
    { value: "resume", label: done ? m.seeProfile : m.resume },
    { value: "restart", label: m.startOver },
  ]);
  if (choice === "resume") return progress;
  clearCheckpoint(paths, model.id, slot);
  return undefined;
}
