// The session with a scripted prompter: order, conditions, going back, checkpoints, resume.
import { describe, expect, it } from "vitest";
import { Interrupted } from "../../src/ask/prompter.ts";
import { type Progress, runSession } from "../../src/ask/session.ts";
import { loadDesk } from "./fixture.ts";
import { scripted } from "./scripted.ts";

const model = loadDesk();
const CALM_PERSON = [4, 1, 4, "listen", "wait", ["nod"], "a note"];

async function session(lines: Parameters<typeof scripted>[0], start?: Progress) {
  const prompter = scripted(lines);
  const saved: Progress[] = [];
  const answers = await runSession(model, {
    prompter,
    lang: "en",
    save: (p) => saved.push(p),
    ...(start ? { start } : {}),
  });
  return { answers, saved, asked: prompter.asked };
}

describe("a session", () => {
  it("asks the items in order with their progress and returns the answers", async () => {
    const { answers, asked } = await session(CALM_PERSON);
    expect(asked.map((s) => s.question.id)).toEqual(["c1", "c2", "c3", "s1", "l1", "l2", "note"]);
    expect(asked.map((s) => `${s.index + 1} / ${s.total}`)).toEqual([
      "1 / 7",
      "2 / 7",
      "3 / 7",
      "4 / 7",
      "5 / 7",
      "6 / 7",
      "7 / 7",
    ]);
    expect(answers).toEqual({
      c1: 4,
      c2: 1,
      c3: 4,
      s1: "listen",
      l1: "wait",
      l2: ["nod"],
      note: "a note",
    });
  });

  it("shows a conditional item only when its condition holds", async () => {
    const { asked, answers } = await session([
      4,
      3,
      "Rude clients.",
      4,
      "listen",
      "wait",
      ["nod"],
      "<skip>",
    ]);
    expect(asked.map((s) => s.question.id)).toEqual([
      "c1",
      "c2",
      "why",
      "c3",
      "s1",
      "l1",
      "l2",
      "note",
    ]);
    expect(asked.at(-1)?.total).toBe(8);
    expect(answers.why).toBe("Rude clients.");
  });

  it("going back asks the previous question again, showing the answer given", async () => {
    const { asked, answers } = await session([
      4,
      "<back>",
      2,
      1,
      4,
      "listen",
      "wait",
      ["nod"],
      "<skip>",
    ]);
    expect(asked.map((s) => s.question.id).slice(0, 4)).toEqual(["c1", "c2", "c1", "c2"]);
    expect(asked[2]?.previous).toBe(4);
    expect(asked[0]?.canGoBack).toBe(false);
    expect(asked[1]?.canGoBack).toBe(true);
    expect(answers.c1).toBe(2);
  });

  it("an answer changed on the way back hides the item it no longer opens, and drops its answer", async () => {
    const { asked, answers } = await session([
      4,
      3,
      "Rude clients.",
      "<back>",
      "<back>",
      1,
      4,
      "listen",
      "wait",
      ["nod"],
      "<skip>",
    ]);
    expect(asked.map((s) => s.question.id).slice(3)).toEqual([
      "c3",
      "why",
      "c2",
      "c3",
      "s1",
      "l1",
      "l2",
      "note",
    ]);
    expect(answers).not.toHaveProperty("why");
  });

  it("saves a checkpoint after every answer, with the next item to ask", async () => {
    const { saved } = await session(CALM_PERSON);
    expect(saved).toHaveLength(7);
    expect(saved[0]).toEqual({ answers: { c1: 4 }, position: "c2" });
    expect(saved[2]?.position).toBe("s1");
    expect(Object.keys(saved[5]?.answers ?? {})).toHaveLength(6);
    expect(saved.at(-1)?.position).toBeNull();
  });

  it("a skipped free text leaves no answer", async () => {
    const { answers } = await session([...CALM_PERSON.slice(0, 6), "<skip>"]);
    expect(answers).not.toHaveProperty("note");
  });
});

describe("resuming", () => {
  it("starts at the saved position with the saved answers", async () => {
    const start: Progress = { answers: { c1: 4, c2: 1, c3: 4 }, position: "s1" };
    const { asked, answers } = await session(["listen", "wait", ["nod"], "<skip>"], start);
    expect(asked.map((s) => s.question.id)).toEqual(["s1", "l1", "l2", "note"]);
    expect(asked[0]?.index).toBe(3);
    expect(answers).toMatchObject({ c1: 4, c2: 1, c3: 4, s1: "listen" });
  });

  it("a finished session goes straight to the answers", async () => {
    const start: Progress = { answers: { c1: 4, c2: 1, c3: 4 }, position: null };
    const { asked, answers } = await session([], start);
    expect(asked).toHaveLength(0);
    expect(answers).toEqual({ c1: 4, c2: 1, c3: 4 });
  });

  it("a saved position that is no longer shown starts at the first unanswered item", async () => {
    const start: Progress = { answers: { c1: 4, c2: 1 }, position: "why" };
    const { asked } = await session([4, "listen", "wait", ["nod"], "<skip>"], start);
    expect(asked[0]?.question.id).toBe("c3");
  });
});

describe("interruption", () => {
  it("an interrupted prompt ends the session and keeps the checkpoints already saved", async () => {
    const saved: Progress[] = [];
    const run = runSession(model, {
      prompter: scripted([4, 1, new Interrupted("SIGINT")]),
      lang: "en",
      save: (p) => saved.push(p),
    });
    await expect(run).rejects.toBeInstanceOf(Interrupted);
    expect(saved.at(-1)).toEqual({ answers: { c1: 4, c2: 1 }, position: "c3" });
  });

  it("a signal received between two prompts stops before the next question", async () => {
    const controller = new AbortController();
    const prompter = scripted([4]);
    const run = runSession(model, {
      prompter,
      lang: "en",
      signal: controller.signal,
      save: () => controller.abort("SIGTERM"),
    });
    const e = await run.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Interrupted);
    expect((e as Interrupted).signal).toBe("SIGTERM");
    expect(prompter.asked).toHaveLength(1);
  });
});
