// What a question asks beyond one keystroke, the same on every kind of terminal: the two
// rounds of a best-worst item, and a free-text answer written in the person's editor.
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { isBestWorst, NOT_APPLICABLE } from "../model/kinds.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import { type Edited, editorChosen, editorCommand, editText } from "./editor.ts";
import { askMessages } from "./messages.ts";
import type { Reply } from "./prompter.ts";
import type { Step } from "./question.ts";

export const sameValue = (a: unknown, b: unknown) => String(a) === String(b);

/**
 * The most likely option, then the least likely of the others, each asked by `one`; back
 * from the second redoes the first.
 */
export async function bestWorst(
  step: Step,
  lang: Lang,
  one: (step: Step) => Promise<Reply>,
): Promise<Reply> {
  const w = messagesFor(lang, askMessages);
  const q = step.question;
  const before = isBestWorst(step.previous) ? step.previous : undefined;
  for (;;) {
    const best = await one({
      ...step,
      question: { ...q, text: `${q.text}\n${w.mostLikely}` },
      previous: before?.best ?? step.previous ?? "",
    });
    if (best.kind === "back" || best.value === NOT_APPLICABLE || best.value === undefined)
      return best;
    const { notApplicable: _, ...rest } = q;
    const worst = await one({
      ...step,
      question: {
        ...rest,
        text: `${q.text}\n${w.leastLikely}`,
        options: q.options.filter((o) => !sameValue(o.value, best.value)),
      },
      previous: before?.worst ?? "",
      canGoBack: true,
    });
    if (worst.kind === "back" || worst.value === undefined) continue;
    return { kind: "answer", value: { best: String(best.value), worst: String(worst.value) } };
  }
}

/** What to say after the editor gave no text, or undefined when it did. */
function editorProblem(edited: Edited, lang: Lang): string | undefined {
  const w = messagesFor(lang, askMessages);
  if (edited.kind === "text") return undefined;
  const name = sanitizeLine(edited.editor);
  if (edited.kind === "missing") return w.editorMissing(name);
  if (edited.kind === "failed") return w.editorFailed(name, String(edited.status));
  return w.editorNotUtf8(name);
}

/**
 * `/e` at a free-text question: says which editor opens (and, for the default vi, how to
 * save and quit) through `say`, then opens it with the question as a comment on top.
 */
export async function answerInEditor(
  step: Step,
  lang: Lang,
  o: {
    previous?: string;
    signal?: AbortSignal;
    say: (line: string) => void;
    columns?: number;
    /** The run's environment (VISUAL, EDITOR); the process's when absent. */
    env?: NodeJS.ProcessEnv;
  },
): Promise<{ text: string } | { problem: string }> {
  const w = messagesFor(lang, askMessages);
  const env = o.env ?? process.env;
  const name = sanitizeLine(editorCommand(env));
  o.say(editorChosen(env) || name !== "vi" ? w.editorOpening(name) : w.editorDefault(name));
  const edited = await editText(o.previous ?? "", {
    env,
    ...(o.signal ? { signal: o.signal } : {}),
    header: [step.question.text, ...w.editorHeader],
    ...(o.columns ? { columns: o.columns } : {}),
  });
  const problem = editorProblem(edited, lang);
  if (problem !== undefined || edited.kind !== "text") return { problem: problem ?? "" };
  return { text: edited.text };
}
