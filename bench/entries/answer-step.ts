// The work between an answer and the next question in `reflet run`, measured in-process:
// the session's step (conditions, progress, the checkpoint written after every answer) and
// the rendering of the next prompt, on a virtual terminal instead of a real one.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { render } from "@inquirer/testing";
import { askItem } from "../../src/ask/inquirer.ts";
import type { Choice, Prompter, Reply } from "../../src/ask/prompter.ts";
import type { Step } from "../../src/ask/question.ts";
import { runSession } from "../../src/ask/session.ts";
import { loadQuestionnaire } from "../../src/load/questionnaire.ts";
import { saveCheckpoint } from "../../src/store/checkpoint.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { makeColour } from "../../src/term/colour.ts";

const now = () => Number(process.hrtime.bigint()) / 1e6;
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** An answer a person could give: the middle of a scale, the first option, a short note. */
function answerTo(step: Step): Reply {
  const q = step.question;
  if (q.kind === "text") return { kind: "answer", value: "A note." };
  if (q.kind === "multi") return { kind: "answer", value: [String(q.options[0]?.value)] };
  const option = q.options[Math.floor(q.options.length / 2)] ?? q.options[0];
  return { kind: "answer", value: option?.value };
}

export interface AnswerWork {
  /** Milliseconds from an answer to the next question drawn, answer by answer. */
  total: number[];
  /** Of which the session's step (the checkpoint included), and the prompt's rendering. */
  step: number[];
  render: number[];
  /** Processor time of the same span: the total less the waits (the checkpoint's fsync). */
  cpu: number[];
}

/** Work per answer over `rounds` sessions of questionnaire `file`. */
export async function answerWork(file: string, rounds: number): Promise<AnswerWork> {
  const model = await loadQuestionnaire(file, "en");
  const home = mkdtempSync(join(tmpdir(), "reflet-bench-answer-"));
  const paths = dataPaths({ REFLET_HOME: home }, process.cwd());
  const colour = makeColour({ isTTY: true, env: {}, flag: true });
  const work: AnswerWork = { total: [], step: [], render: [], cpu: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      let answeredAt: number | null = null;
      let cpuAt = 0;
      const prompter: Prompter = {
        async ask(step) {
          const start = answeredAt ?? now();
          const drawing = now();
          const stop = new AbortController();
          const shown = await render(
            askItem,
            { step, lang: "en", colour },
            { signal: stop.signal },
          );
          shown.getScreen();
          const end = now();
          const cpuEnd = cpuNow();
          stop.abort();
          await shown.answer.catch(() => undefined);
          // The first question is start-up, measured from outside; the others are steps.
          if (answeredAt !== null) {
            work.total.push(end - start);
            work.step.push(drawing - start);
            work.render.push(end - drawing);
            work.cpu.push(cpuEnd - cpuAt);
          }
          answeredAt = now();
          cpuAt = cpuNow();
          return answerTo(step);
        },
        choose: async <T>(_message: string, choices: readonly Choice<T>[]) =>
          (choices[0] as Choice<T>).value,
        // A session asks neither: only the reflection steps after a profile do.
        tick: async () => [],
        write: async () => "",
      };
      await runSession(model, {
        prompter,
        lang: "en",
        save: (p) =>
          saveCheckpoint(paths, {
            v: 1,
            questionnaire: model.id,
            hash: model.hash,
            lang: "en",
            answers: p.answers,
            position: p.position,
            savedAt: new Date().toISOString(),
          }),
      });
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  return work;
}
