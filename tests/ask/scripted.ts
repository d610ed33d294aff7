// A prompter that plays a script: one reply per question, and records what was asked.
import type { Choice, Prompter, Reply } from "../../src/ask/prompter.ts";
import type { Step } from "../../src/ask/question.ts";
import type { AnswerValue } from "../../src/model/types.ts";

export type Line = AnswerValue | "<back>" | "<skip>" | Error;

export interface Scripted extends Prompter {
  asked: Step[];
  choices: { message: string; labels: string[] }[];
}

export function scripted(lines: Line[], choose: unknown[] = []): Scripted {
  const queue = [...lines];
  const picks = [...choose];
  const asked: Step[] = [];
  const choices: Scripted["choices"] = [];
  return {
    asked,
    choices,
    async ask(step) {
      asked.push(step);
      const line = queue.shift();
      if (line === undefined) throw new Error(`no scripted reply for ${step.question.id}`);
      if (line instanceof Error) throw line;
      if (line === "<back>") return { kind: "back" } satisfies Reply;
      if (line === "<skip>") return { kind: "answer", value: undefined };
      return { kind: "answer", value: line };
    },
    async choose<T>(message: string, options: readonly Choice<T>[]) {
      choices.push({ message, labels: options.map((o) => o.label) });
      const pick = picks.shift();
      const found = options.find((o) => o.value === pick);
      if (!found) throw new Error(`no scripted choice among ${options.map((o) => o.label)}`);
      return found.value;
    },
    async tick<T>(message: string, options: readonly Choice<T>[]) {
      choices.push({ message, labels: options.map((o) => o.label) });
      const pick = picks.shift();
      if (!Array.isArray(pick))
        throw new Error(`no scripted ticks among ${options.map((o) => o.label)}`);
      return options.filter((o) => pick.includes(o.value)).map((o) => o.value);
    },
    async write(message: string, start?: string) {
      choices.push({ message, labels: start === undefined ? [] : [start] });
      const pick = picks.shift();
      if (typeof pick !== "string") throw new Error(`no scripted text for ${message}`);
      return pick;
    },
  };
}
