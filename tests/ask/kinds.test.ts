// "Does not apply" and best–worst items in the real prompts (rendered with @inquirer/testing),
// and item order in the session: interleaved, shuffled, and kept when a session resumes.
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { stripVTControlCharacters } from "node:util";
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { askItem } from "../../src/ask/inquirer.ts";
import type { Step } from "../../src/ask/question.ts";
import { questionOf } from "../../src/ask/question.ts";
import { type Progress, runSession } from "../../src/ask/session.ts";
import { itemOrder, orderConflict } from "../../src/engine/order.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import type { Item } from "../../src/model/types.ts";
import { makeColour } from "../../src/term/colour.ts";
import { loadDesk } from "./fixture.ts";
import { scripted } from "./scripted.ts";

const KINDS = new URL("../fixtures/kinds/kinds.yaml", import.meta.url).pathname;
const model = loadDesk(readFileSync(KINDS, "utf8"));
const colour = makeColour({ isTTY: false, env: {}, flag: false });
const item = (id: string) => model.items[model.itemIndex.get(id) as number] as Item;
const step = (id: string, o: Partial<Step> = {}, lang = "en"): Step => ({
  question: questionOf(model, item(id), lang),
  index: 1,
  total: 8,
  canGoBack: true,
  ...o,
});
/**
 * A terminal that outlives one prompt: each Inquirer prompt ends its output when done, which
 * a real terminal ignores; a best–worst item asks two prompts on the same screen.
 */
class Terminal extends Writable {
  text = "";
  override _write(chunk: Buffer, _: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
  override end(): this {
    return this;
  }
  /** What the screen shows since the last prompt started drawing. */
  screen(): string {
    return stripVTControlCharacters(this.text.slice(this.text.lastIndexOf("2 / 8")));
  }
}

/** Lets the second prompt render: event-loop turns, never time. */
async function until(screen: () => string, text: string): Promise<string> {
  for (let turn = 0; turn < 100 && !screen().includes(text); turn++)
    await new Promise((r) => setImmediate(r));
  return screen();
}

const prompt = (props: { step: Step; lang: Lang }, context?: object) =>
  askItem({ ...props, colour }, context);

describe("does not apply, in the prompt", () => {
  it("is the last numbered choice, named with its key in the hints, and answers na", async () => {
    const { getScreen, events, answer } = await render(prompt, { step: step("c1"), lang: "en" });
    const screen = getScreen();
    expect(screen).toContain("5. Does not apply");
    expect(screen).toContain("5 Does not apply");
    events.type("5");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "answer", value: "na" });
  });

  it("uses the item's own label, in French, and starts on it when na was the answer", async () => {
    const { getScreen, events, answer } = await render(prompt, {
      step: step("a2", { previous: "na" }, "fr"),
      lang: "fr",
    });
    expect(getScreen()).toContain("3. Je ne réponds pas au téléphone");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "answer", value: "na" });
  });

  it("is not offered where the item takes it away from its scale", async () => {
    const { getScreen, events, answer } = await render(prompt, { step: step("c4"), lang: "en" });
    expect(getScreen()).not.toContain("Does not apply");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ kind: "answer", value: 1 });
  });
});

describe("a best–worst item, in the prompt", () => {
  it("asks the most likely, then the least likely among the others", async () => {
    const term = new Terminal();
    const getScreen = () => term.screen();
    const { events, answer } = await render(
      prompt,
      { step: step("bw"), lang: "en" },
      { output: term },
    );
    expect(getScreen()).toContain("A client has waited twenty minutes.");
    expect(getScreen()).toContain("The most likely:");
    events.keypress("down"); // explain
    events.keypress("enter");
    const second = await until(getScreen, "And the least likely:");
    expect(second).toContain("And the least likely:");
    expect(second).toContain("I greet them");
    expect(second).not.toContain("I explain the delay");
    events.keypress("down"); // ignore
    events.keypress("enter");
    await expect(answer).resolves.toEqual({
      kind: "answer",
      value: { best: "explain", worst: "ignore" },
    });
  });

  it("goes back from the second question to the first", async () => {
    const term = new Terminal();
    const getScreen = () => term.screen();
    const { events, answer } = await render(
      prompt,
      { step: step("bw", { canGoBack: false }), lang: "en" },
      { output: term },
    );
    events.keypress("enter"); // greet as the most likely
    expect(await until(getScreen, "And the least likely:")).toContain("And the least likely:");
    for (let i = 0; i < 2; i++) events.keypress("down");
    events.keypress("enter"); // the way back
    expect(await until(getScreen, "The most likely:\n")).toContain("The most likely:");
    events.keypress("down");
    events.keypress("down"); // ignore
    events.keypress("enter");
    await until(getScreen, "And the least likely:");
    events.keypress("enter"); // greet, the first of the others
    await expect(answer).resolves.toEqual({
      kind: "answer",
      value: { best: "ignore", worst: "greet" },
    });
  });
});

describe("item order in the session", () => {
  const save = () => {};
  const answers = {
    c1: 4,
    c2: 4,
    c3: 4,
    c4: 4,
    a1: 4,
    a2: "y",
    bw: { best: "greet", worst: "ignore" },
    a3: 4,
  };
  const replies = (ids: string[]) => ids.map((id) => answers[id as keyof typeof answers]);

  it("interleaves the dimensions, a conditional item after the one it reads", async () => {
    const order = itemOrder(model, 0);
    expect(order).toEqual(["c1", "a1", "c2", "a2", "c3", "bw", "c4", "a3"]);
    const prompter = scripted(replies(order));
    const got = await runSession(model, { prompter, lang: "en", order, save });
    expect(prompter.asked.map((s) => s.question.id)).toEqual(order);
    expect(got).toEqual(answers);
  });

  it("shuffles per seed, the same for the same seed, conditions kept", () => {
    const shuffled = { ...model, order: "shuffle" as const };
    const seen = new Set<string>();
    for (let seed = 0; seed < 50; seed++) {
      const order = itemOrder(shuffled, seed);
      expect(order).toEqual(itemOrder(shuffled, seed));
      expect([...order].sort()).toEqual(model.items.map((i) => i.id).sort());
      expect(orderConflict(model, order)).toBeNull();
      seen.add(order.join());
    }
    expect(seen.size).toBeGreaterThan(40);
  });

  it("keeps a shuffled order when it resumes, whatever order it is given", async () => {
    const shuffled = { ...model, order: "shuffle" as const };
    const order = itemOrder(shuffled, 7);
    const saved: Progress[] = [];
    const first = scripted([...replies(order.slice(0, 3)), new Error("stop")]);
    await expect(
      runSession(shuffled, { prompter: first, lang: "en", order, save: (p) => saved.push(p) }),
    ).rejects.toThrow("stop");
    const last = saved.at(-1) as Progress;
    expect(last.order).toEqual(order);
    expect(last.position).toBe(order[3]);
    const other = itemOrder(shuffled, 8);
    expect(other).not.toEqual(order);
    const second = scripted(replies(order.slice(3)));
    await runSession(shuffled, { prompter: second, lang: "en", start: last, order: other, save });
    expect(second.asked.map((s) => s.question.id)).toEqual(order.slice(3));
  });
});
