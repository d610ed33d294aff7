// The real prompts, rendered with @inquirer/testing: what the person sees and what each key does.
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { render } from "@inquirer/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { askChoice, askItem, inquirerPrompter } from "../../src/ask/inquirer.ts";
import { Interrupted, type Reply } from "../../src/ask/prompter.ts";
import type { Step } from "../../src/ask/question.ts";
import { questionOf } from "../../src/ask/question.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import type { Item } from "../../src/model/types.ts";
import { makeColour } from "../../src/term/colour.ts";
import { loadDesk } from "./fixture.ts";

const model = loadDesk();
const colour = makeColour({ isTTY: false, env: {}, flag: false });
const item = (id: string) => model.items[model.itemIndex.get(id) as number] as Item;

function step(id: string, o: Partial<Step> = {}, lang = "en"): Step {
  return { question: questionOf(model, item(id), lang), index: 1, total: 7, canGoBack: true, ...o };
}

type Props = { step: Step; lang: Lang };
const itemPrompt = (props: Props, context?: object) => askItem({ ...props, colour }, context);
// render() wants Inquirer's prompt shape: (props, context) => promise with cancel().
const prompterPrompt = (props: Props, context?: object) =>
  Object.assign(inquirerPrompter({ lang: props.lang, colour }, context ?? {}).ask(props.step), {
    cancel: () => {},
  });

describe("a Likert item", () => {
  it("shows the progress line, the question, the scale's labels and the keys, in English", async () => {
    const { getScreen, events, answer } = await render(itemPrompt, {
      step: step("c1"),
      lang: "en",
    });
    const screen = getScreen();
    expect(screen).toContain("2 / 7");
    expect(screen).toContain("I stay calm with an angry client.");
    for (const label of ["Not at all", "A little", "Mostly", "Completely"])
      expect(screen).toContain(label);
    expect(screen).toContain("⏎ choose");
    expect(screen).toContain("Ctrl+C pause");
    events.keypress("enter");
    await answer;
  });

  it("shows the keys and labels in French", async () => {
    const { getScreen, events, answer } = await render(itemPrompt, {
      step: step("c1", {}, "fr"),
      lang: "fr",
    });
    const screen = getScreen();
    expect(screen).toContain("Pas du tout");
    expect(screen).toContain("⏎ choisir");
    expect(screen).toContain("← Question précédente");
    events.keypress("enter");
    await answer;
  });

  it("answers the value of the label picked with the arrow keys", async () => {
    const { events, answer } = await render(itemPrompt, { step: step("c1"), lang: "en" });
    events.keypress("down");
    events.keypress("down");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "answer", value: 3 });
  });

  it("starts on the answer already given when the person comes back to it", async () => {
    const { events, answer } = await render(itemPrompt, {
      step: step("c1", { previous: 4 }),
      lang: "en",
    });
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "answer", value: 4 });
  });
});

describe("going back", () => {
  it("the last choice goes back to the previous question", async () => {
    const { events, answer } = await render(itemPrompt, { step: step("c2"), lang: "en" });
    for (let i = 0; i < 4; i++) events.keypress("down");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "back" });
  });

  it("the first question offers no way back", async () => {
    const { getScreen, events, answer } = await render(itemPrompt, {
      step: step("c1", { index: 0, canGoBack: false }),
      lang: "en",
    });
    expect(getScreen()).not.toContain("Previous question");
    for (let i = 0; i < 6; i++) events.keypress("down");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "answer", value: 4 });
  });
});

describe("a scenario", () => {
  it("shows the short scene before the question, then the reactions", async () => {
    const { getScreen, events, answer } = await render(itemPrompt, {
      step: step("s1"),
      lang: "en",
    });
    const screen = getScreen();
    const scene = screen.indexOf("A client arrives shouting");
    const question = screen.indexOf("What do you do first?");
    const reaction = screen.indexOf("I let him finish.");
    expect(scene).toBeGreaterThanOrEqual(0);
    expect(question).toBeGreaterThan(scene);
    expect(reaction).toBeGreaterThan(question);
    events.keypress("down");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "answer", value: "explain" });
  });
});

describe("a multiple-choice item", () => {
  it("answers every option ticked with space", async () => {
    const { events, answer } = await render(itemPrompt, { step: step("l2"), lang: "en" });
    events.keypress("space");
    events.keypress("down");
    events.keypress("down");
    events.keypress("space");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "answer", value: ["nod", "notes"] });
  });

  it("refuses fewer options than the item's minimum, in the person's language", async () => {
    const { events, answer, getScreen } = await render(itemPrompt, {
      step: step("l2", {}, "fr"),
      lang: "fr",
    });
    events.keypress("enter");
    // The check is asynchronous: wait for the message to be drawn (the limit is a safety net).
    await vi.waitFor(() => expect(getScreen()).toContain("Cochez-en au moins 1."), {
      timeout: 30_000,
      interval: 5,
    });
    events.keypress("space");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "answer", value: ["nod"] });
  });

  it("goes back when the way back is ticked", async () => {
    const { events, answer } = await render(itemPrompt, { step: step("l2"), lang: "en" });
    for (let i = 0; i < 3; i++) events.keypress("down");
    events.keypress("space");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "back" });
  });

  it("keeps the options ticked before when the person comes back", async () => {
    const { events, answer } = await render(itemPrompt, {
      step: step("l2", { previous: ["repeat"] }),
      lang: "en",
    });
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "answer", value: ["repeat"] });
  });
});

describe("a free-text item", () => {
  const savedEditor = { VISUAL: process.env.VISUAL, EDITOR: process.env.EDITOR };
  afterEach(() => {
    for (const [k, v] of Object.entries(savedEditor)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it("answers the text typed, with the keys to skip, go back and open an editor", async () => {
    const { events, answer, getScreen } = await render(itemPrompt, {
      step: step("note"),
      lang: "en",
    });
    const screen = getScreen();
    expect(screen).toContain("A recent situation that stayed with you?");
    expect(screen).toContain("empty: skip");
    expect(screen).toContain("/e ⏎ open your editor");
    expect(screen).toContain("< ⏎ previous question");
    events.type("A client thanked me.");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "answer", value: "A client thanked me." });
  });

  it("an empty answer leaves the item unanswered", async () => {
    const { events, answer } = await render(itemPrompt, { step: step("note"), lang: "en" });
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "answer", value: undefined });
  });

  it("< goes back to the previous question", async () => {
    const { events, answer } = await render(itemPrompt, { step: step("note"), lang: "en" });
    events.type("<");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "back" });
  });

  it("/e opens the person's editor and answers what they wrote there", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reflet-editor-"));
    const fakeEditor = join(dir, "editor.sh");
    writeFileSync(fakeEditor, '#!/bin/sh\nprintf "Written in my editor.\\nSecond line." > "$1"\n');
    chmodSync(fakeEditor, 0o755);
    delete process.env.VISUAL;
    process.env.EDITOR = fakeEditor;
    const { events, answer } = await render(itemPrompt, { step: step("note"), lang: "en" });
    events.type("/e");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({
      kind: "answer",
      value: "Written in my editor.\nSecond line.",
    });
  });
});

describe("interrupting a prompt", () => {
  it("Ctrl-C ends the prompt as an interruption by SIGINT", async () => {
    const { events, answer } = await render(prompterPrompt, { step: step("c1"), lang: "en" });
    events.keypress({ name: "c", ctrl: true });
    const e = await (answer as Promise<Reply>).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Interrupted);
    expect((e as Interrupted).signal).toBe("SIGINT");
  });

  it("SIGTERM (an aborted prompt) ends it as an interruption by SIGTERM", async () => {
    const controller = new AbortController();
    const { answer } = await render(
      prompterPrompt,
      { step: step("note"), lang: "en" },
      { signal: controller.signal },
    );
    controller.abort("SIGTERM");
    const e = await (answer as Promise<Reply>).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Interrupted);
    expect((e as Interrupted).signal).toBe("SIGTERM");
  });
});

describe("a choice with a short form", () => {
  it("shows the full label while choosing and only the short form once chosen", async () => {
    const choicePrompt = (props: { lang: Lang }, context?: object) =>
      Object.assign(
        askChoice(
          {
            message: "Which questionnaire?",
            choices: [
              { value: "desk", label: "At the desk · ~2 min · fr, en", short: "At the desk" },
              { value: "quit", label: "Quit" },
            ],
            lang: props.lang,
            colour,
          },
          context ?? {},
        ),
        { cancel: () => {} },
      );
    const { getScreen, events, answer } = await render(choicePrompt, { lang: "en" });
    expect(getScreen()).toContain("At the desk · ~2 min · fr, en");
    events.keypress("enter");
    expect(await answer).toBe("desk");
    const done = getScreen();
    expect(done).toContain("Which questionnaire? At the desk");
    expect(done).not.toContain("~2 min");
  });
});
