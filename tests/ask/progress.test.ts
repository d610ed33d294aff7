// Where a run stands: the count across questionnaires, the minutes left first from what the
// questionnaires declare then from the person's pace, and how the progress line says it.
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { askItem } from "../../src/ask/inquirer.ts";
import { progressLine } from "../../src/ask/look.ts";
import { questionOf, type Step } from "../../src/ask/question.ts";
import { runProgress } from "../../src/commands/run/progress.ts";
import type { Item } from "../../src/model/types.ts";
import { makeColour } from "../../src/term/colour.ts";
import { loadDesk } from "./fixture.ts";

const desk = loadDesk();
const item = (id: string) => desk.items[desk.itemIndex.get(id) as number] as Item;
const colour = makeColour({ isTTY: false, env: {}, flag: false });

describe("runProgress", () => {
  it("counts across questionnaires and takes the declared minutes before any pace", () => {
    let clock = 0;
    const whereOf = runProgress([desk, desk], ["A", "B"], () => clock);
    // desk declares 2 minutes for 7 questions: all 14 are 4 minutes.
    expect(whereOf(0, 0, 7)).toEqual({ title: "A", overall: { n: 1, total: 14 }, minutesLeft: 4 });
    clock = 60_000;
    expect(whereOf(1, 0, 7)).toMatchObject({ title: "B", overall: { n: 8, total: 14 } });
  });

  it("follows the person's pace once three answers give one", () => {
    let clock = 0;
    const whereOf = runProgress([desk], ["A"], () => clock);
    whereOf(0, 0, 7);
    clock = 3 * 60_000;
    // Three questions in three minutes: the four left take about four.
    expect(whereOf(0, 3, 7)).toEqual({ minutesLeft: 4 });
    clock = 3 * 60_000 + 1;
    expect(whereOf(0, 6, 7).minutesLeft).toBe(1);
  });
});

describe("the progress line", () => {
  const step = (o: Partial<Step>): Step => ({
    question: questionOf(desk, item("note"), "fr"),
    index: 22,
    total: 24,
    canGoBack: true,
    ...o,
  });

  it("names the questionnaire, the overall count and the minutes left, in French", () => {
    const where = { title: "Au guichet", overall: { n: 30, total: 51 }, minutesLeft: 8 };
    expect(progressLine(step({ where }), "fr")).toBe(
      "Au guichet · 23 / 24 · 30 / 51 en tout · environ 8 min restantes",
    );
    expect(progressLine(step({ where: { minutesLeft: 0 } }), "en")).toBe(
      "23 / 24 · under a minute left",
    );
  });

  it("starts at the left edge of a free-text question, without a leading space", async () => {
    const { getScreen } = await render(
      (props: { step: Step }, context?: object) =>
        askItem({ ...props, lang: "fr", colour }, context),
      { step: step({}) },
    );
    expect(getScreen()).toMatch(/^23 \/ 24/);
  });
});
