// How a prompt looks: Inquirer's theme in reflet's colours and words, and the question
// above the options, wrapped at words to the terminal's width before it is coloured (so the
// lines it takes are known, for the page under it).
import { type Lang, messagesFor } from "../i18n/lang.ts";
import type { Colour } from "../term/colour.ts";
import { fitLines, type Screen } from "./layout.ts";
import { askMessages } from "./messages.ts";
import type { Step } from "./question.ts";

export interface PromptLook {
  lang: Lang;
  colour: Colour;
}

/** Inquirer's look in reflet's colours (decided by term/colour.ts) and words. */
export function theme(c: Colour, hints: string) {
  // `hints` is drawn as given: already wrapped and dimmed (hintLines).
  return {
    prefix: { idle: c.cyan("?"), done: c.green("✔") },
    spinner: { interval: 80, frames: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"] },
    icon: { cursor: "❯", checked: c.green("◉"), unchecked: "◯" },
    style: {
      answer: (t: string) => c.cyan(t),
      message: (t: string) => t,
      error: (t: string) => c.red(`> ${t}`),
      defaultAnswer: (t: string) => c.dim(`(${t})`),
      help: () => hints,
      highlight: (t: string) => c.cyan(t),
      key: (t: string) => c.cyan(c.bold(t)),
      // The only description reflet gives is the mark of options hidden above or below.
      description: (t: string) => c.dim(t),
      disabled: (t: string) => c.dim(t),
      disabledChoice: (t: string) => c.dim(t),
      keysHelpTip: () => hints,
    },
  };
}

/** Where the session stands, on the line above the question. */
export function progressLine(step: Step, lang: Lang): string {
  const w = messagesFor(lang, askMessages);
  const where = step.where;
  const parts = [w.progress(step.index + 1, step.total)];
  if (where?.title) parts.unshift(where.title);
  if (where?.overall) parts.push(w.overall(where.overall.n, where.overall.total));
  if (where?.minutesLeft !== undefined) parts.push(w.minutesLeft(where.minutesLeft));
  return parts.join(" · ");
}

/** The question's lines: progress, scene, text, help; each wrapped, then coloured. */
export function questionLines(step: Step, look: PromptLook, screen: Screen): string[] {
  const c = look.colour;
  const q = step.question;
  const lines = fitLines(progressLine(step, look.lang), screen).map((l) => c.dim(l));
  if (q.scene) lines.push(...fitLines(q.scene, screen), "");
  lines.push(...fitLines(q.text, screen).map((l) => c.bold(l)));
  if (q.help) lines.push(...fitLines(q.help, screen).map((l) => c.dim(l)));
  return lines;
}

/** Hints as they are drawn: wrapped, dimmed. */
export function hintLines(hints: string, look: PromptLook, screen: Screen): string[] {
  return fitLines(hints, screen).map((l) => look.colour.dim(l));
}
