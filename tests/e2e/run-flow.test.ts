import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import {
  answerAll,
  baseEnv,
  DESK,
  freshHome,
  KEY,
  ROOT,
  SESSION_TEST_MS,
  spawnInTerminal,
} from "./terminal.ts";

const LONG = `${ROOT}tests/fixtures/interactive/long.yaml`;
const INTRO = "Long options for display tests.";

const cli = (args: string[], env: Record<string, string>) => runCli(args, { env, cwd: ROOT });

/** Starts `run` and stops it at its first question with Ctrl-C; returns what it printed. */
async function openAndStop(args: string[], env: Record<string, string>) {
  const s = spawnInTerminal(["run", ...args], env);
  await s.waitFor("1 / 2");
  s.type(KEY.ctrlC);
  return { code: await s.exit, out: s.output() };
}

describe("the introduction", () => {
  it(
    "comes above the first question the first time only: description, minutes, sources",
    async () => {
      const env = baseEnv(freshHome());
      const first = await openAndStop([LONG], env);
      expect(first.code).toBe(130);
      expect(first.out).toContain("The long scenes");
      expect(first.out).toContain(INTRO);
      expect(first.out).toContain("About 3 min.");
      expect(first.out).toMatch(/Sources:\s+- A book on welcoming customers\./);
      const again = await openAndStop([LONG, "--restart"], env);
      expect(again.out).not.toContain(INTRO);
    },
    SESSION_TEST_MS,
  );
});

describe("--no-save", () => {
  it(
    "on Ctrl-C writes nothing and says so; the introduction is shown again next time",
    async () => {
      const home = freshHome();
      const env = baseEnv(home);
      const s = spawnInTerminal(["run", LONG, "--no-save"], env);
      await s.waitFor("1 / 2");
      s.type(KEY.enter);
      await s.waitFor("2 / 2");
      s.type(KEY.ctrlC);
      expect(await s.exit).toBe(130);
      expect(s.output()).toContain("Stopped: nothing was written (--no-save)");
      expect(s.output()).not.toContain("To resume");
      // Only the cache of parsed questionnaires may be there: nothing of the person's.
      const left = existsSync(home) ? readdirSync(home) : [];
      expect(left.filter((name) => name !== "cache" && name !== "sessions")).toEqual([]);
      if (left.includes("sessions")) expect(readdirSync(`${home}/sessions`)).toEqual([]);
      const again = await openAndStop([LONG], env);
      expect(again.out).toContain(INTRO);
      expect(again.out).not.toContain("You started");
    },
    SESSION_TEST_MS,
  );
});

describe("progress across questionnaires", () => {
  it(
    "names the questionnaire, counts every question of the run, and says the minutes left",
    async () => {
      const env = baseEnv(freshHome());
      const s = spawnInTerminal(["run", DESK, LONG], env);
      await s.waitFor(/At the desk · 1 \/ 7 · 1 \/ 9 in all · about 5 min left/);
      s.type(KEY.down + KEY.down + KEY.down + KEY.enter);
      await answerAll(s, 2);
      await s.waitFor(
        /The long scenes · 1 \/ 2 · 8 \/ 9 in all · (about \d+ min|under a minute) left/,
      );
      s.type(KEY.ctrlC);
      expect(await s.exit).toBe(130);
    },
    SESSION_TEST_MS,
  );
});

describe("history forget", () => {
  it(
    "says it erases a paused session",
    async () => {
      const env = baseEnv(freshHome());
      const s = spawnInTerminal(["run", LONG], env);
      await s.waitFor("1 / 2");
      s.type(KEY.enter);
      await s.waitFor("2 / 2");
      s.type(KEY.ctrlC);
      expect(await s.exit).toBe(130);
      const r = await cli(["history", "forget", "long"], env);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain("Erased the paused session of long (it had no results yet).");
      const again = await openAndStop([LONG], env);
      expect(again.out).not.toContain("You started");
    },
    SESSION_TEST_MS,
  );
});
