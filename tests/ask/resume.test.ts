// Resume or start over: a saved session resumes only against the same questionnaire content.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startingPoint } from "../../src/commands/run/resume.ts";
import type { Ctx } from "../../src/io/context.ts";
import { type Checkpoint, loadCheckpoint, saveCheckpoint } from "../../src/store/checkpoint.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { loadDesk } from "./fixture.ts";
import { scripted } from "./scripted.ts";

const model = loadDesk();

function setup() {
  const paths = dataPaths({ REFLET_HOME: mkdtempSync(join(tmpdir(), "reflet-resume-")) }, "/");
  const errors: string[] = [];
  const ctx = { lang: "en", err: (l: string) => errors.push(l) } as unknown as Ctx;
  return { paths, ctx, errors };
}

const saved = (o: Partial<Checkpoint> = {}): Checkpoint => ({
  v: 1,
  questionnaire: "desk",
  hash: model.hash,
  lang: "en",
  answers: { c1: 4, c2: 1 },
  position: "c3",
  savedAt: "2025-03-02T12:00:00.000Z",
  ...o,
});

describe("starting a session", () => {
  it("without a saved session starts from the beginning without asking", async () => {
    const { paths, ctx } = setup();
    const prompter = scripted([]);
    await expect(startingPoint(ctx, prompter, paths, model, false)).resolves.toBeUndefined();
    expect(prompter.choices).toHaveLength(0);
  });

  it("offers to resume a saved session, naming where it stopped", async () => {
    const { paths, ctx } = setup();
    saveCheckpoint(paths, saved());
    const prompter = scripted([], ["resume"]);
    const start = await startingPoint(ctx, prompter, paths, model, false);
    expect(start).toEqual({ answers: { c1: 4, c2: 1 }, position: "c3" });
    expect(prompter.choices[0]?.message).toContain("stopped at question 3 / 7");
    expect(prompter.choices[0]?.labels).toEqual(["Resume where I stopped", "Start over"]);
  });

  it("starting over erases the saved session", async () => {
    const { paths, ctx } = setup();
    saveCheckpoint(paths, saved());
    const start = await startingPoint(ctx, scripted([], ["restart"]), paths, model, false);
    expect(start).toBeUndefined();
    expect((await loadCheckpoint(paths, "desk")).kind).toBe("none");
  });

  it("--restart starts over without asking", async () => {
    const { paths, ctx } = setup();
    saveCheckpoint(paths, saved());
    const prompter = scripted([]);
    expect(await startingPoint(ctx, prompter, paths, model, true)).toBeUndefined();
    expect(prompter.choices).toHaveLength(0);
    expect((await loadCheckpoint(paths, "desk")).kind).toBe("none");
  });

  it("does not resume a session of a questionnaire that has changed since, and says so", async () => {
    const { paths, ctx, errors } = setup();
    saveCheckpoint(paths, saved({ hash: "0".repeat(64) }));
    const prompter = scripted([]);
    expect(await startingPoint(ctx, prompter, paths, model, false)).toBeUndefined();
    expect(prompter.choices).toHaveLength(0);
    expect(errors.join("\n")).toContain("desk has changed since your session");
    expect((await loadCheckpoint(paths, "desk")).kind).toBe("none");
  });

  it("drops saved answers the questionnaire no longer accepts", async () => {
    const { paths, ctx } = setup();
    saveCheckpoint(paths, saved({ answers: { c1: 9, c2: 1, gone: 3 } }));
    const start = await startingPoint(ctx, scripted([], ["resume"]), paths, model, false);
    expect(start?.answers).toEqual({ c2: 1 });
  });
});
