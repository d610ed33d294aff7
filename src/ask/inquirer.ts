// The real prompts, with Inquirer: the only module that talks to it. Each prompt takes its
// streams and abort signal from a context, so tests render it with @inquirer/testing.
import { checkbox, input, Separator, select } from "@inquirer/prompts";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { isBestWorst, NOT_APPLICABLE } from "../model/kinds.ts";
import type { Colour } from "../term/colour.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import { type Edited, editText } from "./editor.ts";
import { type Choice, Interrupted, type Prompter, type Reply } from "./prompter.ts";
import type { Step } from "./question.ts";
import { askWords, TEXT_BACK, TEXT_EDITOR } from "./words.ts";

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  signal?: AbortSignal;
  clearPromptOnDone?: boolean;
}

export interface PromptLook {
  lang: Lang;
  colour: Colour;
}

const BACK = "back";
const NA = "not-applicable";

/** Inquirer's look in reflet's colours (decided by term/colour.ts) and words. */
function theme(c: Colour, hints: string) {
  return {
    prefix: { idle: c.cyan("?"), done: c.green("✔") },
    spinner: { interval: 80, frames: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"] },
    icon: { cursor: "❯", checked: c.green("◉"), unchecked: "◯" },
    style: {
      answer: (t: string) => c.cyan(t),
      message: (t: string) => t,
      error: (t: string) => c.red(`> ${t}`),
      defaultAnswer: (t: string) => c.dim(`(${t})`),
      help: () => c.dim(hints),
      highlight: (t: string) => c.cyan(t),
      key: (t: string) => c.cyan(c.bold(t)),
      description: (t: string) => c.cyan(t),
      disabled: (t: string) => c.dim(t),
      disabledChoice: (t: string) => c.dim(t),
      keysHelpTip: () => c.dim(hints),
    },
  };
}

function message(step: Step, look: PromptLook): string {
  const w = messagesFor(look.lang, askWords);
  const c = look.colour;
  const q = step.question;
  const lines = [c.dim(w.progress(step.index + 1, step.total))];
  if (q.scene) lines.push(q.scene, "");
  lines.push(c.bold(q.text));
  if (q.help) lines.push(c.dim(q.help));
  return lines.join("\n");
}

const sameValue = (a: unknown, b: unknown) => String(a) === String(b);

/** "Does not apply", where allowed: the last numbered choice, so its number is its key. */
function notApplicableChoice(step: Step, look: PromptLook) {
  const label = step.question.notApplicable;
  if (label === undefined) return { choices: [], hint: "" };
  const w = messagesFor(look.lang, askWords);
  const key = step.question.options.length + 1;
  return { choices: [{ value: NA, name: label }], hint: ` · ${w.notApplicableKey(key, label)}` };
}

async function askOne(step: Step, look: PromptLook, context: PromptContext): Promise<Reply> {
  const w = messagesFor(look.lang, askWords);
  const q = step.question;
  const back = step.canGoBack ? [new Separator(" "), { value: BACK, name: w.back }] : [];
  const na = notApplicableChoice(step, look);
  const choices = [
    ...q.options.map((o, i) => ({ value: String(i), name: o.label })),
    ...na.choices,
  ];
  const picked = (key: string) =>
    key === NA ? NOT_APPLICABLE : (q.options[Number(key)]?.value as string | number);
  const previous =
    step.previous === NOT_APPLICABLE && na.choices.length > 0
      ? NA
      : String(q.options.findIndex((o) => sameValue(o.value, step.previous)));
  const chosen = await select(
    {
      message: message(step, look),
      choices: [...choices, ...back],
      ...(previous !== "-1" ? { default: previous } : {}),
      pageSize: choices.length + back.length,
      loop: false,
      theme: {
        ...theme(look.colour, w.selectHints + na.hint),
        prefix: "",
        indexMode: "number" as const,
      },
    },
    context,
  );
  return chosen === BACK ? { kind: "back" } : { kind: "answer", value: picked(chosen) };
}

/** The most likely option, then the least likely of the others; back from the second redoes the first. */
async function askBestWorst(step: Step, look: PromptLook, context: PromptContext): Promise<Reply> {
  const w = messagesFor(look.lang, askWords);
  const q = step.question;
  const before = isBestWorst(step.previous) ? step.previous : undefined;
  for (;;) {
    const best = await askOne(
      {
        ...step,
        question: { ...q, text: `${q.text}\n${w.mostLikely}` },
        previous: before?.best ?? step.previous ?? "",
      },
      look,
      context,
    );
    if (best.kind === "back" || best.value === NOT_APPLICABLE || best.value === undefined)
      return best;
    const { notApplicable: _, ...rest } = q;
    const worst = await askOne(
      {
        ...step,
        question: {
          ...rest,
          text: `${q.text}\n${w.leastLikely}`,
          options: q.options.filter((o) => !sameValue(o.value, best.value)),
        },
        previous: before?.worst ?? "",
        canGoBack: true,
      },
      look,
      context,
    );
    if (worst.kind === "back" || worst.value === undefined) continue;
    return { kind: "answer", value: { best: String(best.value), worst: String(worst.value) } };
  }
}

async function askMany(step: Step, look: PromptLook, context: PromptContext): Promise<Reply> {
  const w = messagesFor(look.lang, askWords);
  const q = step.question;
  const before = Array.isArray(step.previous) ? step.previous : [];
  const na = notApplicableChoice(step, look);
  const choices = [
    ...q.options.map((o, i) => ({
      value: String(i),
      name: o.label,
      checked: before.includes(String(o.value)),
    })),
    ...na.choices.map((c) => ({ ...c, checked: step.previous === NOT_APPLICABLE })),
  ];
  const back = step.canGoBack ? [new Separator(" "), { value: BACK, name: w.back }] : [];
  const ticked = await checkbox(
    {
      message: message(step, look),
      choices: [...choices, ...back],
      pageSize: choices.length + back.length,
      loop: false,
      // "a" (all) would tick the way back too; the hints name only space and enter.
      shortcuts: { all: null, invert: null },
      validate: (sel) => {
        if (sel.some((s) => s.value === BACK)) return true;
        if (sel.some((s) => s.value === NA))
          return sel.length === 1 || w.notApplicableAlone(q.notApplicable ?? "");
        if (q.min !== undefined && sel.length < q.min) return w.tooFew(q.min);
        if (q.max !== undefined && sel.length > q.max) return w.tooMany(q.max);
        return true;
      },
      theme: { ...theme(look.colour, w.multiHints + na.hint), prefix: "" },
    },
    context,
  );
  if (ticked.includes(BACK)) return { kind: "back" };
  if (ticked.includes(NA)) return { kind: "answer", value: NOT_APPLICABLE };
  return { kind: "answer", value: ticked.map((k) => String(q.options[Number(k)]?.value)) };
}

/** What to say after the editor gave no text, or undefined when it did. */
function editorProblem(edited: Edited, lang: Lang): string | undefined {
  const w = messagesFor(lang, askWords);
  if (edited.kind === "text") return undefined;
  const name = sanitizeLine(edited.editor);
  if (edited.kind === "missing") return w.editorMissing(name);
  if (edited.kind === "failed") return w.editorFailed(name, String(edited.status));
  return w.editorNotUtf8(name);
}

async function askText(step: Step, look: PromptLook, context: PromptContext): Promise<Reply> {
  const w = messagesFor(look.lang, askWords);
  const c = look.colour;
  const previous = typeof step.previous === "string" ? step.previous : undefined;
  // Said above the question when it is asked again: why the editor gave nothing.
  let problem: string | undefined;
  for (;;) {
    const said = problem === undefined ? "" : `${c.red(problem)}\n`;
    const typed = await input(
      {
        message: `${message(step, look)}\n${said}${c.dim(w.textHints(step.canGoBack))}\n`,
        ...(previous !== undefined ? { default: previous, prefill: "editable" as const } : {}),
        theme: { ...theme(c, w.textHints(step.canGoBack)), prefix: "" },
      },
      context,
    );
    const trimmed = typed.trim();
    if (trimmed === TEXT_BACK && step.canGoBack) return { kind: "back" };
    let text = typed;
    if (trimmed === TEXT_EDITOR) {
      const edited = await editText(
        previous ?? "",
        context.signal ? { signal: context.signal } : {},
      );
      problem = editorProblem(edited, look.lang);
      if (edited.kind !== "text") continue;
      text = edited.text;
    }
    return { kind: "answer", value: text.trim() === "" ? undefined : text.trim() };
  }
}

/**
 * One item's prompt, shaped like an Inquirer prompt: (props, context), and a promise with
 * cancel(). So tests and benchmarks render it with @inquirer/testing as they would Inquirer's.
 */
export function askItem(
  props: { step: Step } & PromptLook,
  context: PromptContext = {},
): Promise<Reply> & { cancel: () => void } {
  const { step, ...look } = props;
  const cancelled = new AbortController();
  const signal = context.signal
    ? AbortSignal.any([context.signal, cancelled.signal])
    : cancelled.signal;
  const within = { ...context, signal };
  const kind = step.question.kind;
  const reply =
    kind === "text"
      ? askText(step, look, within)
      : kind === "multi"
        ? askMany(step, look, within)
        : kind === "best-worst"
          ? askBestWorst(step, look, within)
          : askOne(step, look, within);
  return Object.assign(reply, { cancel: () => cancelled.abort() });
}

/** A choice among labels (the menu, resume or start over, confirmations). */
export async function askChoice<T>(
  props: { message: string; choices: readonly Choice<T>[] } & PromptLook,
  context: PromptContext = {},
): Promise<T> {
  const w = messagesFor(props.lang, askWords);
  const key = await select(
    {
      message: props.colour.bold(props.message),
      choices: props.choices.map((c, i) => ({ value: String(i), name: c.label })),
      pageSize: Math.min(props.choices.length, 15),
      loop: false,
      theme: theme(props.colour, w.chooseHints),
    },
    context,
  );
  return (props.choices[Number(key)] as Choice<T>).value;
}

/** Several labels ticked (a commitment's obstacles), none allowed. */
export async function askTicks<T>(
  props: { message: string; choices: readonly Choice<T>[] } & PromptLook,
  context: PromptContext = {},
): Promise<T[]> {
  const w = messagesFor(props.lang, askWords);
  const keys = await checkbox(
    {
      message: props.colour.bold(props.message),
      choices: props.choices.map((c, i) => ({ value: String(i), name: c.label })),
      pageSize: Math.min(props.choices.length, 15),
      loop: false,
      shortcuts: { all: null, invert: null },
      theme: theme(props.colour, w.tickHints),
    },
    context,
  );
  return keys.map((k) => (props.choices[Number(k)] as Choice<T>).value);
}

/** One line of free text, `start` given to edit (an if-then plan); trimmed. */
export async function askLine(
  props: { message: string; start?: string } & PromptLook,
  context: PromptContext = {},
): Promise<string> {
  const w = messagesFor(props.lang, askWords);
  const typed = await input(
    {
      message: props.colour.bold(props.message),
      ...(props.start ? { default: props.start, prefill: "editable" as const } : {}),
      theme: theme(props.colour, w.lineHints),
    },
    context,
  );
  return typed.trim();
}

const isPromptEnd = (e: unknown) =>
  e instanceof Error && (e.name === "ExitPromptError" || e.name === "AbortPromptError");

/** A Prompter on a terminal. Ctrl-C, or an abort of `context.signal`, becomes Interrupted. */
export function inquirerPrompter(look: PromptLook, context: PromptContext): Prompter {
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      if (!isPromptEnd(e)) throw e;
      const reason = context.signal?.aborted ? context.signal.reason : undefined;
      throw new Interrupted(typeof reason === "string" ? (reason as NodeJS.Signals) : "SIGINT");
    }
  };
  return {
    ask: (step) => guard(() => askItem({ step, ...look }, { ...context, clearPromptOnDone: true })),
    choose: (msg, choices) => guard(() => askChoice({ message: msg, choices, ...look }, context)),
    tick: (msg, choices) => guard(() => askTicks({ message: msg, choices, ...look }, context)),
    write: (msg, start) =>
      guard(() => askLine({ message: msg, ...(start ? { start } : {}), ...look }, context)),
  };
}
