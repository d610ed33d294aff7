import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import {
  answerAll,
  baseEnv,
  DESK,
  freshHome,
  KEY,
  ROOT,
  type Session,
  spawnInTerminal,
} from "./terminal.ts";

const LOOP_TEST_MS = 360_000;

const on = (home: string, date: string) => ({ ...baseEnv(home), TZ: "UTC", REFLET_NOW: date });

async function steps(s: Session, script: [string, string][]) {
  for (const [text, keys] of script) {
    await s.waitFor(text);
    s.type(keys);
  }
}

/** desk answered tense and hurried: calm and listening low, both actions advised. */
const TENSE: [string, string][] = [
  ["I stay calm with an angry client.", KEY.enter],
  ["I get annoyed quickly.", KEY.down + KEY.down + KEY.down + KEY.enter],
  ["What annoys you most?", `Being cut off.${KEY.enter}`],
  ["I breathe before I answer.", KEY.enter],
  ["What do you do first?", KEY.down + KEY.enter],
  ["When a client talks for a long time", KEY.down + KEY.enter],
  ["What you do to show you listen", KEY.space + KEY.enter],
  ["A recent situation", KEY.enter],
];

/** The check-in of one plan: how often, what happened, what got in the way, what next. */
const checkIn = (tried: number, happened: string, next: number): [string, string][] => [
  ["Did you try it?", KEY.down.repeat(tried) + KEY.enter],
  ["What happened?", happened + KEY.enter],
  ["What got in the way?", KEY.enter],
  ["Anything else in the way?", KEY.enter],
  ["And now?", KEY.down.repeat(next) + KEY.enter],
];

const cli = (args: string[], env: Record<string, string>) => runCli(args, { env, cwd: ROOT });

describe("the reflection loop", () => {
  it(
    "commit, check in twice, take it again, and see it all on one progress page",
    async () => {
      const home = freshHome();

      // Week 0: the profile advises two actions; one plan from the advice, one of my own.
      const run = spawnInTerminal(["run", DESK], on(home, "2025-03-02T12:00:00Z"));
      await steps(run, TENSE);
      await steps(run, [
        ["Choose one thing to try", KEY.enter],
        ["When? (the situation", KEY.enter],
        ["Then I…", KEY.enter],
        ["When shall we check in?", KEY.enter],
        ["Another one?", KEY.down + KEY.enter],
        ["When? (the situation", `When a client talks for a long time${KEY.enter}`],
        ["Then I…", `I wait for the end before I answer${KEY.enter}`],
        ["When shall we check in?", KEY.down + KEY.enter],
        ["Another one?", KEY.down + KEY.down + KEY.enter],
      ]);
      expect(await run.exit).toBe(0);
      expect(run.output()).toContain(
        "Kept: When a client raises their voice, I count to three before I answer. Check in on March 9, 2025",
      );
      // Wrapped at words to the terminal's width.
      expect(run.output().replace(/\s+/g, " ")).toContain("Check in on March 5, 2025");
      expect(statSync(join(home, "commitments.jsonl")).mode & 0o777).toBe(0o600);

      // Day 3, then day 3 again: the menu mentions the check-in due once that day.
      const day3 = on(home, "2025-03-05T18:00:00Z");
      const menu = spawnInTerminal([], day3);
      await menu.waitFor("A check-in is due");
      await menu.waitFor("Which questionnaire?");
      menu.kill("SIGTERM");
      await menu.exit;
      const again = spawnInTerminal([], day3);
      await again.waitFor("Which questionnaire?");
      again.kill("SIGTERM");
      await again.exit;
      expect(again.output()).not.toContain("due");

      // Day 7: both due; one kept for another week, my own one dropped.
      const first = spawnInTerminal(["checkin"], on(home, "2025-03-09T18:00:00Z"));
      await steps(first, [
        ...checkIn(1, "A client shouted; counting helped.", 0),
        ["When shall we check in?", KEY.enter],
        ...checkIn(0, "", 2),
      ]);
      await first.waitFor("2 check-ins kept");
      expect(await first.exit).toBe(0);

      // Day 14: the one kept is due again, and has become a habit.
      const second = spawnInTerminal(["checkin"], on(home, "2025-03-16T18:00:00Z"));
      await steps(second, checkIn(3, "", 3));
      await second.waitFor("1 check-in kept");
      expect(await second.exit).toBe(0);

      // Day 15: every plan closed, so taking it again is suggested; calmer answers this time.
      const retake = spawnInTerminal(["run", DESK], on(home, "2025-03-17T12:00:00Z"));
      await retake.waitFor("take it again to see what changed");
      await answerAll(retake);
      await retake.waitFor("Saved in your history");
      expect(await retake.exit).toBe(0);
      // Under the new profile, what was tried since the first result, next to the change.
      expect(retake.output()).toContain("Change since your last result (March 2, 2025)");
      expect(retake.output()).toMatch(
        /Your plans since your last result \(Mar 2, 2025\), and what came of them\s+1\. When a client raises their voice/,
      );
      expect(retake.output()).toMatch(/Mar 16, 2025: it became a habit, done/);

      const page = await cli(["progress", "--format", "html"], on(home, "2025-03-17T13:00:00Z"));
      expect(page.code).toBe(0);
      expect(page.stdout).toContain("<svg");
      expect(page.stdout).toContain("Mar 2, 2025 → Mar 17, 2025 · 2 results");
      expect(page.stdout).toContain(
        "When a client raises their voice, I count to three before I answer",
      );
      expect(page.stdout).toContain(
        "Mar 9, 2025: once, kept · Mar 16, 2025: it became a habit, done",
      );
      expect(page.stdout).toContain("Mar 9, 2025: not yet, dropped");
      expect(page.stdout).toMatch(/<th>Change<\/th><td class="num">\+\d+<\/td>/);
      // The check-ins are in the file, as the person wrote them.
      expect(readFileSync(join(home, "commitments.jsonl"), "utf8")).toContain(
        "A client shouted; counting helped.",
      );
    },
    LOOP_TEST_MS,
  );

  it(
    "offers no plan and writes nothing of the kind with --no-save",
    async () => {
      const home = freshHome();
      const run = spawnInTerminal(["run", DESK, "--no-save"], on(home, "2025-03-02T12:00:00Z"));
      await steps(run, TENSE);
      await run.waitFor("Not saved in your history");
      expect(await run.exit).toBe(0);
      expect(run.output()).not.toContain("Choose one thing to try");
      expect(existsSync(join(home, "commitments.jsonl"))).toBe(false);
    },
    LOOP_TEST_MS,
  );

  it("never asks or mentions anything without a terminal", async () => {
    const home = freshHome();
    const r = await cli(["checkin"], on(home, "2025-03-09T18:00:00Z"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("checkin asks questions and needs a terminal");
  });
});
