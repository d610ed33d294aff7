// The two prompts the reflection loop adds, rendered with @inquirer/testing: a line of text
// that starts from a plan to edit, and a list to tick where ticking nothing is an answer.
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { askLine, askTicks } from "../../src/ask/inquirer.ts";
import { makeColour } from "../../src/term/colour.ts";

const colour = makeColour({ isTTY: false, env: {}, flag: false });
// render() wants Inquirer's prompt shape: (props, context) => promise with cancel().
const line = (props: Parameters<typeof askLine>[0], context?: object) =>
  Object.assign(askLine(props, context), { cancel: () => {} });
const ticks = (props: Parameters<typeof askTicks<string>>[0], context?: object) =>
  Object.assign(askTicks<string>(props, context), { cancel: () => {} });
const choices = [
  { value: "forgot", label: "I forgot in the moment" },
  { value: "awkward", label: "It felt awkward" },
];

describe("a line of text", () => {
  it("starts from the plan offered, which Enter keeps", async () => {
    const { getScreen, events, answer } = await render(line, {
      message: "Then I…",
      start: "I count to three",
      lang: "en",
      colour,
    });
    expect(getScreen()).toContain("Then I…");
    expect(getScreen()).toContain("I count to three");
    events.keypress("enter");
    await expect(answer).resolves.toBe("I count to three");
  });

  it("keeps what is typed, trimmed", async () => {
    const { events, answer } = await render(line, { message: "When?", lang: "fr", colour });
    events.type("  Quand un client hausse le ton ");
    events.keypress("enter");
    await expect(answer).resolves.toBe("Quand un client hausse le ton");
  });
});

describe("a list to tick", () => {
  it("gives what was ticked, in the list's order", async () => {
    const { getScreen, events, answer } = await render(ticks, {
      message: "What got in the way?",
      choices,
      lang: "en",
      colour,
    });
    expect(getScreen()).toContain("space tick");
    events.keypress("down");
    events.keypress("space");
    events.keypress("up");
    events.keypress("space");
    events.keypress("enter");
    await expect(answer).resolves.toEqual(["forgot", "awkward"]);
  });

  it("accepts nothing ticked", async () => {
    const { events, answer } = await render(ticks, {
      message: "What got in the way?",
      choices,
      lang: "en",
      colour,
    });
    events.keypress("enter");
    await expect(answer).resolves.toEqual([]);
  });
});
