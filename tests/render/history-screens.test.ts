// reflet history at 60 and 100 columns, in French and English, compared with golden files in
// tests/golden/screens/ (UPDATE_GOLDEN=1 rewrites them: read the diff before committing it).
// Wide: the date and the dimensions beside it; narrow: each dimension under its date.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { historyMessages } from "../../src/commands/history/messages.ts";
import { score } from "../../src/engine/score.ts";
import type { AnswerValue } from "../../src/model/types.ts";
import { historyText } from "../../src/render/history/text.ts";
import { makeEntry } from "../../src/store/entry.ts";
import { makeColour } from "../../src/term/colour.ts";
import { displayWidth } from "../../src/term/wrap.ts";
import { loadDesk } from "../ask/fixture.ts";
import { root } from "../security/helpers.ts";

const model = loadDesk();
const colour = makeColour({ isTTY: false, env: {}, flag: false });
const runs: Record<string, AnswerValue>[] = [
  { c1: 1, c2: 4, c3: 1, s1: "explain", l1: "cut", l2: ["nod"] },
  { c1: 3, c2: 2, c3: 3, s1: "listen", l1: "cut", l2: ["nod"] },
  { c1: 4, c2: 1, c3: 4, s1: "listen", l1: "wait", l2: ["nod", "repeat"] },
];

function compareGolden(text: string, name: string): void {
  const file = join(root, "tests/golden/screens", name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, text);
  expect(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(text, name).toBe(readFileSync(file, "utf8"));
}

describe.each(["fr", "en"] as const)("reflet history in %s", (lang) => {
  const entries = runs.map((answers, i) =>
    makeEntry({
      model,
      result: score(model, answers),
      answers,
      userLang: lang,
      id: `e${i}`,
      // The first of December, then a week apart: « 1er déc. » in French.
      date: new Date(2026, 11, 1 + 7 * i, 10, 5),
    }),
  );
  it.each([60, 100])("at %i columns", (width) => {
    const { notEnough, newVersion } = historyMessages[lang];
    const text = historyText(entries, { lang, colour, width, notEnough, newVersion });
    for (const line of text.split("\n")) expect(displayWidth(line), line).toBeLessThan(width);
    compareGolden(text, `history.${lang}.${width}.txt`);
  });
});
