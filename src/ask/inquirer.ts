// The real prompts, with Inquirer: the only module that talks to it. Each prompt takes its
// streams and abort signal from a context, so tests render it with @inquirer/testing.
import { checkbox, input, Separator, select } from "@inquirer/prompts";
import { messagesFor } from "../i18n/lang.ts";
import { NOT_APPLICABLE } from "../model/kinds.ts";
import { answerInEditor, bestWorst, sameValue } from "./flows.ts";
import { around, type Entry, fitLines, type Paged, paged, screenOf } from "./layout.ts";
import { hintLines, type PromptLook, questionLines, theme } from "./look.ts";
import { askMessages, TEXT_BACK, TEXT_EDITOR } from "./messages.ts";
import { type Choice, Interrupted, type Prompter, type Reply } from "./prompter.ts";
import type { Step } from "./question.ts";

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  signal?: AbortSignal;
  clearPromptOnDone?: boolean;
  /** The run's environment, for the editor `/e` opens; the process's when absent. */
  env?: NodeJS.ProcessEnv;
}

export type { PromptLook };

const BACK = "back";
const NA = "not-applicable";

/** Inquirer's choices: a gap is a blank separator. */
const choicesOf = (page: Paged) => page.entries.map((e) => (e === "gap" ? new Separator(" ") : e));

/** "Does not apply", where allowed: the last numbered choice, so its number is its key. */
function notApplicableChoice(step: Step, look: PromptLook) {
  const label = step.question.notApplicable;
  if (label === undefined) return { choices: [], hint: "" };
  const w = messagesFor(look.lang, askMessages);
  const key = step.question.options.length + 1;
  return { choices: [{ value: NA, name: label }], hint: ` · ${w.notApplicableKey(key, label)}` };
}

async function askOne(step: Step, look: PromptLook, context: PromptContext): Promise<Reply> {
  const w = messagesFor(look.lang, askMessages);
  const q = step.question;
  const screen = screenOf(context.output);
  const back: (Entry | "gap")[] = step.canGoBack ? ["gap", { value: BACK, name: w.back }] : [];
  const na = notApplicableChoice(step, look);
  const options = [
    ...q.options.map((o, i) => ({ value: String(i), name: o.label })),
    ...na.choices,
  ];
  const picked = (key: string) =>
    key === NA ? NOT_APPLICABLE : (q.options[Number(key)]?.value as string | number);
  const previous =
    step.previous === NOT_APPLICABLE && na.choices.length > 0
      ? NA
      : String(q.options.findIndex((o) => sameValue(o.value, step.previous)));
  const question = questionLines(step, look, screen);
  const hints = hintLines(w.selectHints + na.hint, look, screen);
  // "❯ 12. ": cursor, space, the number, a dot and a space.
  const page = paged([...options, ...back], (n) => String(n).length + 4, {
    used: around(question, hints),
    screen,
    mark: w.hidden,
  });
  const chosen = await select(
    {
      message: question.join("\n"),
      choices: choicesOf(page),
      ...(previous !== "-1" ? { default: previous } : {}),
      pageSize: page.size,
      loop: false,
      theme: {
        ...theme(look.colour, hints.join("\n")),
        prefix: "",
        indexMode: "number" as const,
      },
    },
    context,
  );
  return chosen === BACK ? { kind: "back" } : { kind: "answer", value: picked(chosen) };
}

/** A best-worst item: two rounds of askOne. */
const askBestWorst = (step: Step, look: PromptLook, context: PromptContext) =>
  bestWorst(step, look.lang, (round) => askOne(round, look, context));

async function askMany(step: Step, look: PromptLook, context: PromptContext): Promise<Reply> {
  const w = messagesFor(look.lang, askMessages);
  const q = step.question;
  const screen = screenOf(context.output);
  const before = Array.isArray(step.previous) ? step.previous : [];
  const na = notApplicableChoice(step, look);
  const options: Entry[] = [
    ...q.options.map((o, i) => ({
      value: String(i),
      name: o.label,
      checked: before.includes(String(o.value)),
    })),
    ...na.choices.map((c) => ({ ...c, checked: step.previous === NOT_APPLICABLE })),
  ];
  const back: (Entry | "gap")[] = step.canGoBack ? ["gap", { value: BACK, name: w.back }] : [];
  const question = questionLines(step, look, screen);
  const hints = hintLines(w.multiHints + na.hint, look, screen);
  // "❯◯ ": cursor, box, space; one more line for a validation message.
  const page = paged([...options, ...back], () => 3, {
    used: around(question, hints, 1),
    screen,
    mark: w.hidden,
  });
  const ticked = await checkbox(
    {
      message: question.join("\n"),
      choices: choicesOf(page),
      pageSize: page.size,
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
      theme: { ...theme(look.colour, hints.join("\n")), prefix: "" },
    },
    context,
  );
  if (ticked.includes(BACK)) return { kind: "back" };
  if (ticked.includes(NA)) return { kind: "answer", value: NOT_APPLICABLE };
  return { kind: "answer", value: ticked.map((k) => String(q.options[Number(k)]?.value)) };
}

async function askText(step: Step, look: PromptLook, context: PromptContext): Promise<Reply> {
  const w = messagesFor(look.lang, askMessages);
  const c = look.colour;
  const screen = screenOf(context.output);
  const previous = typeof step.previous === "string" ? step.previous : undefined;
  // Said above the question when it is asked again: why the editor gave nothing.
  let problem: string | undefined;
  for (;;) {
    const said = problem === undefined ? [] : fitLines(problem, screen).map((l) => c.red(l));
    const hints = hintLines(w.textHints(step.canGoBack), look, screen);
    // Inquirer's input puts a space after its prefix even when empty: the progress line is
    // the prefix, so the space ends that line instead of starting it.
    const [progress, ...question] = questionLines(step, look, screen);
    const typed = await input(
      {
        message: ["", ...question, ...said, ...hints, ""].join("\n"),
        ...(previous !== undefined ? { default: previous, prefill: "editable" as const } : {}),
        theme: { ...theme(c, hints.join("\n")), prefix: progress ?? "" },
      },
      context,
    );
    const trimmed = typed.trim();
    if (trimmed === TEXT_BACK && step.canGoBack) return { kind: "back" };
    let text = typed;
    if (trimmed === TEXT_EDITOR) {
      const edited = await answerInEditor(step, look.lang, {
        ...(previous !== undefined ? { previous } : {}),
        ...(context.signal ? { signal: context.signal } : {}),
        ...(context.env ? { env: context.env } : {}),
        // The prompt's stream may already be closed by whoever ran it (it ends with the
        // prompt): this line is only a courtesy before the editor opens.
        say: (line) => {
          if (context.output?.writable)
            context.output.write(`${fitLines(line, screen).join("\n")}\n`);
        },
        columns: screen.columns,
      });
      if ("problem" in edited) {
        problem = edited.problem;
        continue;
      }
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
  const w = messagesFor(props.lang, askMessages);
  const screen = screenOf(context.output);
  // After Inquirer's "? ": two columns less for the question.
  const question = fitLines(props.message, { ...screen, columns: screen.columns - 2 });
  const hints = hintLines(w.chooseHints, props, screen);
  const page = paged(
    props.choices.map((c, i) => ({
      value: String(i),
      name: c.label,
      ...(c.short !== undefined ? { short: c.short } : {}),
    })),
    () => 2,
    { used: around(question, hints), screen, mark: w.hidden },
  );
  const key = await select(
    {
      message: question.map((l) => props.colour.bold(l)).join("\n"),
      choices: choicesOf(page),
      pageSize: page.size,
      loop: false,
      theme: theme(props.colour, hints.join("\n")),
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
  const w = messagesFor(props.lang, askMessages);
  const keys = await checkbox(
    {
      message: props.colour.bold(props.message),
      choices: props.choices.map((c, i) => ({
        value: String(i),
        name: c.label,
        ...(c.short !== undefined ? { short: c.short } : {}),
      })),
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
  const w = messagesFor(props.lang, askMessages);
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
