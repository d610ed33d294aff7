// The one seam between the session and a terminal. The session only knows this interface:
// tests drive it with a scripted prompter, the terminal with Inquirer (inquirer.ts).
import type { AnswerValue } from "../model/types.ts";
import type { Step } from "./question.ts";

/** What the person did at a question: answered (undefined: left it empty), or went back. */
export type Reply = { kind: "answer"; value: AnswerValue | undefined } | { kind: "back" };

export interface Choice<T> {
  value: T;
  label: string;
  /** Shown after the question once chosen, where the label carries more (a menu's details). */
  short?: string;
}

export interface Prompter {
  ask(step: Step): Promise<Reply>;
  choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T>;
  /** Any number of choices, none included. */
  tick<T>(message: string, choices: readonly Choice<T>[]): Promise<T[]>;
  /** One line of free text, starting from `start` (editable); "" when left empty. */
  write(message: string, start?: string): Promise<string>;
}

/** Thrown out of a prompt by Ctrl-C, SIGTERM or SIGHUP: the session stops, progress is kept. */
export class Interrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
    this.name = "Interrupted";
  }
}
