// Prompts for a terminal that cannot move its cursor (TERM=dumb: Emacs shells, some CI
// consoles): nothing is redrawn. Each prompt prints its question and numbered options once,
// then reads one line, as the terminal's own line editing gives it. The same steps, words and
// wrapping as the Inquirer prompts (inquirer.ts); only the drawing differs.
import { createInterface } from "node:readline";
import { messagesFor } from "../i18n/lang.ts";
import { NOT_APPLICABLE } from "../model/kinds.ts";
import { answerInEditor, bestWorst, sameValue } from "./flows.ts";
import { fitLines, type Screen, screenOf, wrapLabel } from "./layout.ts";
import { type PromptLook, questionLines } from "./look.ts";
import { askMessages, TEXT_BACK, TEXT_EDITOR } from "./messages.ts";
import { type Choice, Interrupted, type Prompter, type Reply } from "./prompter.ts";
import type { Step } from "./question.ts";

export interface PlainPrompter extends Prompter {
  /** Stops reading the terminal. */
  close(): void;
}

type Words = (typeof askMessages)["en"];

/** Lines typed on `input`, one at a time; an abort of `signal` or the end of input interrupts. */
function lineReader(input: NodeJS.ReadableStream, signal?: AbortSignal) {
  const rl = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const typed: string[] = [];
  let ended = false;
  let wake = () => {};
  rl.on("line", (line) => {
    typed.push(line);
    wake();
  });
  rl.on("close", () => {
    ended = true;
    wake();
  });
  const interrupted = () => {
    const reason = signal?.reason;
    // The end of input (Ctrl-D, the terminal gone) stops the session as a hang-up would.
    return new Interrupted(typeof reason === "string" ? (reason as NodeJS.Signals) : "SIGHUP");
  };
  const next = () =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        if (signal?.aborted) reject(interrupted());
        else if (typed.length > 0) resolve(typed.shift() as string);
        else if (ended) reject(interrupted());
        else return;
        wake = () => {};
        signal?.removeEventListener("abort", check);
      };
      wake = check;
      signal?.addEventListener("abort", check);
      check();
    });
  return { next, close: () => rl.close() };
}

/** "1 3, 4" as the 0-based indexes it names, or the first word that is not one of 1..last. */
function numbers(typed: string, last: number): number[] | { wrong: string } {
  const out: number[] = [];
  for (const word of typed.split(/[\s,;]+/).filter(Boolean)) {
    const n = /^\d+$/.test(word) ? Number(word) : Number.NaN;
    if (!(n >= 1 && n <= last)) return { wrong: word };
    if (!out.includes(n - 1)) out.push(n - 1);
  }
  return out;
}

export function plainPrompter(
  look: PromptLook,
  context: {
    input: NodeJS.ReadableStream;
    output: NodeJS.WritableStream;
    signal?: AbortSignal;
    env?: NodeJS.ProcessEnv;
  },
): PlainPrompter {
  const w: Words = messagesFor(look.lang, askMessages);
  const c = look.colour;
  const reader = lineReader(context.input, context.signal);
  const screen = (): Screen => ({ columns: screenOf(context.output).columns });
  const print = (lines: readonly string[]) => context.output.write(`${lines.join("\n")}\n`);
  const hint = (text: string) => print(fitLines(text, screen()).map((l) => c.dim(l)));
  const read = async () => {
    context.output.write("> ");
    return (await reader.next()).trim();
  };
  /** Numbered labels, each wrapped under its first word. */
  const list = (labels: readonly string[]) =>
    print(labels.map((l, i) => `  ${i + 1}. ${wrapLabel(l, String(i + 1).length + 4, screen())}`));

  /** Reads until the line names 1..last (several when `many`); "" when left empty. */
  async function pick(last: number, many: boolean): Promise<number[]> {
    for (;;) {
      const typed = await read();
      const got = numbers(typed, last);
      if (Array.isArray(got) && (many || got.length <= 1)) return got;
      hint(w.notANumber(Array.isArray(got) ? typed : got.wrong, last));
    }
  }

  async function choose<T>(message: string, choices: readonly Choice<T>[]) {
    print(["", ...fitLines(message, screen()).map((l) => c.bold(l))]);
    list(choices.map((ch) => ch.label));
    hint([w.typeNumber(choices.length), w.quitKey].join(" · "));
    for (;;) {
      const [i] = await pick(choices.length, false);
      if (i !== undefined) return (choices[i] as Choice<T>).value;
    }
  }

  async function askOne(step: Step): Promise<Reply> {
    const q = step.question;
    const labels = [...q.options.map((o) => o.label)];
    if (q.notApplicable !== undefined) labels.push(q.notApplicable);
    if (step.canGoBack) labels.push(w.back);
    const earlier =
      step.previous === NOT_APPLICABLE && q.notApplicable !== undefined
        ? q.options.length
        : q.options.findIndex((o) => sameValue(o.value, step.previous));
    print(["", ...questionLines(step, look, screen())]);
    list(labels);
    const keeps = earlier >= 0 ? [w.keeps(String(earlier + 1))] : [];
    hint([w.typeNumber(labels.length), ...keeps, w.pauseKey].join(" · "));
    for (;;) {
      const [i = earlier] = await pick(labels.length, false);
      if (i < 0) {
        hint(w.typeNumber(labels.length));
        continue;
      }
      if (i === q.options.length + (q.notApplicable !== undefined ? 1 : 0)) return { kind: "back" };
      if (i === q.options.length) return { kind: "answer", value: NOT_APPLICABLE };
      return { kind: "answer", value: q.options[i]?.value };
    }
  }

  async function askMany(step: Step): Promise<Reply> {
    const q = step.question;
    const labels = [...q.options.map((o) => o.label)];
    const na = q.notApplicable !== undefined ? labels.push(q.notApplicable) - 1 : -1;
    const back = step.canGoBack ? labels.push(w.back) - 1 : -1;
    print(["", ...questionLines(step, look, screen())]);
    list(labels);
    hint([w.typeNumbers(labels.length), w.pauseKey].join(" · "));
    for (;;) {
      const got = await pick(labels.length, true);
      if (got.includes(back)) return { kind: "back" };
      if (got.includes(na)) {
        if (got.length === 1) return { kind: "answer", value: NOT_APPLICABLE };
        hint(w.notApplicableAlone(q.notApplicable ?? ""));
      } else if (q.min !== undefined && got.length < q.min) hint(w.tooFew(q.min));
      else if (q.max !== undefined && got.length > q.max) hint(w.tooMany(q.max));
      else return { kind: "answer", value: got.map((i) => String(q.options[i]?.value)) };
    }
  }

  async function askText(step: Step): Promise<Reply> {
    const previous = typeof step.previous === "string" ? step.previous : undefined;
    print(["", ...questionLines(step, look, screen())]);
    if (previous !== undefined) print(fitLines(previous, screen()).map((l) => `  ${l}`));
    const keeps = previous !== undefined ? [w.keepsText] : [];
    hint([w.textHints(step.canGoBack), ...keeps].join(" · "));
    for (;;) {
      let text = await read();
      if (text === TEXT_BACK && step.canGoBack) return { kind: "back" };
      if (text === "" && previous !== undefined) text = previous;
      if (text === TEXT_EDITOR) {
        const edited = await answerInEditor(step, look.lang, {
          ...(previous !== undefined ? { previous } : {}),
          ...(context.signal ? { signal: context.signal } : {}),
          ...(context.env ? { env: context.env } : {}),
          say: (line) => print(fitLines(line, screen())),
          columns: screen().columns,
        });
        if ("problem" in edited) {
          print(fitLines(edited.problem, screen()).map((l) => c.red(l)));
          continue;
        }
        text = edited.text.trim();
      }
      return { kind: "answer", value: text === "" ? undefined : text };
    }
  }

  const ask = (step: Step): Promise<Reply> => {
    const kind = step.question.kind;
    if (kind === "text") return askText(step);
    if (kind === "multi") return askMany(step);
    if (kind === "best-worst") return bestWorst(step, look.lang, askOne);
    return askOne(step);
  };

  return {
    ask,
    choose,
    async tick(message, choices) {
      print(["", ...fitLines(message, screen()).map((l) => c.bold(l))]);
      list(choices.map((ch) => ch.label));
      hint([w.typeNumbers(choices.length), w.quitKey].join(" · "));
      return (await pick(choices.length, true)).map((i) => (choices[i] as Choice<unknown>).value);
    },
    async write(message, start) {
      print(["", ...fitLines(message, screen()).map((l) => c.bold(l))]);
      if (start) print([`  ${start}`]);
      hint([start ? w.keepsText : "", w.lineHints].filter(Boolean).join(" · "));
      const typed = await read();
      return typed === "" && start ? start : typed;
    },
    close: () => reader.close(),
  } as PlainPrompter;
}
