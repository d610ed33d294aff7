// The session: which item comes next, conditions, going back, progress, and a checkpoint
// after every answer. Knows nothing of terminals: it talks to a Prompter.
import { inOrder } from "../engine/order.ts";
import { shownItems } from "../engine/score.ts";
import type { Model } from "../model/model.ts";
import type { Answers, AnswerValue, Item } from "../model/types.ts";
import { Interrupted, type Prompter } from "./prompter.ts";
import { questionOf, type Where } from "./question.ts";

/** Where a session stands: what a checkpoint keeps. */
export interface Progress {
  answers: Record<string, AnswerValue>;
  /** The item to ask next; null when there is none left. */
  position: string | null;
  /** The order the items are asked in (engine/order.ts), kept so a resumed session keeps it. */
  order?: string[];
}

export interface SessionOptions {
  prompter: Prompter;
  /** The language the questionnaire is shown in. */
  lang: string;
  /** A resumed session's progress. */
  start?: Progress;
  /** The order of a new session (a resumed one keeps its own); file order when absent. */
  order?: readonly string[];
  /** Called after every answer, before the next question: the checkpoint. */
  save(progress: Progress): void;
  /** Aborted by a signal between two prompts: stop before asking again. */
  signal?: AbortSignal;
  /** Where the question at `index` of `total` stands in the whole run, for its progress line. */
  where?: (index: number, total: number) => Where;
}

/** Where to start: the saved position if it is still shown, else the first unanswered item. */
export function startIndex(shown: readonly Item[], progress: Progress | undefined): number {
  if (!progress) return 0;
  if (progress.position === null) return shown.length;
  const at = shown.findIndex((i) => i.id === progress.position);
  if (at >= 0) return at;
  const open = shown.findIndex((i) => progress.answers[i.id] === undefined);
  return open >= 0 ? open : shown.length;
}

/** Asks every item whose condition holds; returns the answers to the items shown. */
export async function runSession(model: Model, o: SessionOptions): Promise<Answers> {
  const answers: Record<string, AnswerValue> = { ...(o.start?.answers ?? {}) };
  const order = [...(o.start?.order ?? o.order ?? model.items.map((i) => i.id))];
  const asked = () => inOrder(shownItems(model, answers).shown, order);
  let shown = asked();
  let index = startIndex(shown, o.start);
  while (index < shown.length) {
    if (o.signal?.aborted) throw new Interrupted((o.signal.reason as NodeJS.Signals) ?? "SIGINT");
    const item = shown[index] as Item;
    const reply = await o.prompter.ask({
      question: questionOf(model, item, o.lang),
      index,
      total: shown.length,
      ...(answers[item.id] !== undefined ? { previous: answers[item.id] } : {}),
      canGoBack: index > 0,
      ...(o.where ? { where: o.where(index, shown.length) } : {}),
    });
    if (reply.kind === "back") {
      index = Math.max(0, index - 1);
      continue;
    }
    if (reply.value === undefined) delete answers[item.id];
    else answers[item.id] = reply.value;
    // An answer can show or hide later items; an item's condition only looks at earlier ones.
    shown = asked();
    index = shown.findIndex((i) => i.id === item.id) + 1;
    // The order is kept only when the questionnaire declares one: file order needs no memory.
    const kept = model.order === "file" ? {} : { order };
    o.save({ answers: { ...answers }, position: shown[index]?.id ?? null, ...kept });
  }
  return shownItems(model, answers).visible;
}
