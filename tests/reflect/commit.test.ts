// The commit step at the end of a profile: the actions advised, an if-then plan edited from
// the rule's own, a check-in date (a week by default), three at most, and nothing kept when
// the person declines.
import { describe, expect, it } from "vitest";
import { MAX_COMMITMENTS, offerCommitments } from "../../src/commands/checkin/commit.ts";
import { score } from "../../src/engine/score.ts";
import type { Commitment } from "../../src/store/commitment.ts";
import { readCommitments } from "../../src/store/commitments.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { loadDesk } from "../ask/fixture.ts";
import { scripted } from "../ask/scripted.ts";
import { freshHome, testCtx } from "./helpers.ts";

const model = loadDesk();
// Calm and listening both low: "breathe" (with a plan) and "rephrase" (without) are advised.
const low = score(model, { c1: 1, c2: 4, c3: 1, s1: "explain", l1: "cut", l2: ["nod"] });
const high = score(model, {
  c1: 4,
  c2: 1,
  c3: 4,
  s1: "listen",
  l1: "wait",
  l2: ["nod", "repeat"],
});
const NOW = "2025-03-02T12:00:00.000Z";

function setup() {
  const ctx = testCtx({ REFLET_HOME: freshHome(), REFLET_NOW: NOW });
  const paths = dataPaths(ctx.env, "/");
  const commitments = () =>
    readCommitments(paths).records.filter((r): r is Commitment => r.kind === "commitment");
  return { ctx, paths, commitments };
}

describe("the commit step", () => {
  it("offers the advised actions, starts from the rule's plan and checks in a week later by default", async () => {
    const { ctx, paths, commitments } = setup();
    const breathe = (o: { advice: string | null } | null) => o?.advice === "breathe";
    const p = scripted([], []);
    // Pick by value: the offer objects are built inside, so the script finds them by advice.
    const picks: unknown[] = [];
    p.choose = async (message, options) => {
      p.choices.push({ message, labels: options.map((o) => o.label) });
      const next = picks.shift();
      const found =
        next === "breathe"
          ? options.find((o) => breathe(o.value as { advice: string | null }))
          : options.find((o) => o.value === next);
      if (!found) throw new Error(`no choice ${String(next)} in ${options.map((o) => o.label)}`);
      return found.value;
    };
    const written: { message: string; start: string | undefined }[] = [];
    const typed = ["When a client raises their voice at me", ""];
    p.write = async (message, start) => {
      written.push({ message, start });
      return typed.shift() || (start ?? "");
    };
    picks.push("breathe", 7, null);
    await offerCommitments(ctx, p, paths, [{ model, result: low, entry: "e1" }]);
    expect(p.choices[0]?.labels).toEqual([
      "This week, count to three before you answer a tense client.",
      "Rephrase the client's request before you offer a solution.",
      "Something of my own",
      "Not now",
    ]);
    expect(written.map((w) => w.start)).toEqual([
      "When a client raises their voice",
      "I count to three before I answer",
    ]);
    expect(p.choices[1]?.labels[0]).toBe("In a week (March 9, 2025)");
    // The second offer no longer lists the one chosen, and its way out says "That's all".
    expect(p.choices[2]?.labels).toEqual([
      "Rephrase the client's request before you offer a solution.",
      "Something of my own",
      "That's all",
    ]);
    const [c] = commitments();
    expect(c).toMatchObject({
      questionnaire: { id: "desk", version: "1", title: "At the desk" },
      entry: "e1",
      advice: "breathe",
      situation: "When a client raises their voice at me",
      action: "I count to three before I answer",
      date: NOW,
      due: "2025-03-09T12:00:00.000Z",
    });
    // No `reflet` on this context's PATH: the hint names the command that works, npx reflet.
    expect(ctx.said.at(-1)).toBe(
      "Kept: When a client raises their voice at me, I count to three before I answer. Check in on March 9, 2025 with npx reflet checkin.",
    );
  });

  it("keeps three plans at most, own ones included", async () => {
    const { ctx, paths, commitments } = setup();
    const p = scripted([], []);
    let offered = 0;
    p.choose = async (_message, options) => {
      const own = options.find((o) => o.label === "Something of my own");
      const week = options.find((o) => o.value === 7);
      offered += own ? 1 : 0;
      return (own ?? week)?.value as never;
    };
    p.write = async (message) => (message.startsWith("When?") ? "When I pick up" : "I smile");
    await offerCommitments(ctx, p, paths, [{ model, result: low, entry: "e1" }]);
    expect(offered).toBe(MAX_COMMITMENTS);
    expect(commitments()).toHaveLength(3);
    expect(commitments().every((c) => c.advice === null)).toBe(true);
  });

  it("keeps nothing when the person says not now, or leaves a part of the plan empty", async () => {
    const { ctx, paths, commitments } = setup();
    await offerCommitments(ctx, scripted([], [null]), paths, [{ model, result: low, entry: "e1" }]);
    expect(commitments()).toEqual([]);
    const p = scripted([], []);
    const answers: unknown[] = ["own", null];
    p.choose = async (_m, options) =>
      (answers.shift() === "own"
        ? options.find((o) => o.label === "Something of my own")
        : options.at(-1)
      )?.value as never;
    p.write = async () => "";
    await offerCommitments(ctx, p, paths, [{ model, result: low, entry: "e1" }]);
    expect(commitments()).toEqual([]);
    expect(ctx.said).toContain("Both parts are needed for a plan: nothing kept this time.");
  });

  it("asks nothing after a profile with no action to try", async () => {
    const { ctx, paths, commitments } = setup();
    const p = scripted([], []);
    await offerCommitments(ctx, p, paths, [{ model, result: high, entry: "e1" }]);
    expect(p.choices).toEqual([]);
    expect(commitments()).toEqual([]);
  });
});
