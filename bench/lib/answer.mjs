// The interactive figure: work between an answer and the next question, in-process
// (bench/entries/answer-step.ts), over every question of a built-in questionnaire.
import { importEntry } from "./bundle.mjs";
import { builtins } from "./startup.mjs";
import { median } from "./stats.mjs";

export async function measureAnswers(root, log, rounds = 5) {
  try {
    const { files } = builtins(root);
    const file = files.find((f) => f.endsWith("defauts-acceptables.yaml")) ?? files[0];
    log(`work per answer: ${rounds} sessions of ${file}`);
    const { answerWork } = await importEntry(root, "answer-step");
    const work = await answerWork(file, rounds);
    return {
      median: median(work.total),
      max: Math.max(...work.total),
      count: work.total.length,
      step: median(work.step),
      render: median(work.render),
      cpu: median(work.cpu),
    };
  } catch (e) {
    return { error: e.message };
  }
}
