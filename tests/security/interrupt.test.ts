// Interruptions of `reflet run` in a real terminal: a SIGINT signal (not the Ctrl-C key) at
// a prompt checkpoints and exits 130; a questionnaire changed since is never resumed.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  baseEnv,
  DESK,
  freshHome,
  KEY,
  SESSION_TEST_MS,
  spawnInTerminal,
} from "../e2e/terminal.ts";
import { tempDir } from "./helpers.ts";

const checkpointIn = (home: string) => {
  const [file] = readdirSync(join(home, "sessions"));
  return JSON.parse(readFileSync(join(home, "sessions", file as string), "utf8"));
};

describe("interrupted sessions", () => {
  it(
    "SIGINT sent to the process at a prompt saves the answers so far and exits 130",
    async () => {
      const home = freshHome();
      const s = spawnInTerminal(["run", DESK], baseEnv(home));
      await s.waitFor("1 / 7");
      s.type(KEY.enter);
      await s.waitFor("2 / 7");
      s.kill("SIGINT");
      expect(await s.exit).toBe(130);
      expect(s.output()).toContain("Paused: every answer so far is saved.");
      expect(checkpointIn(home)).toMatchObject({ answers: { c1: 1 }, position: "c2" });
    },
    SESSION_TEST_MS,
  );

  it(
    "a session of a questionnaire edited since is not resumed: it says so and starts over",
    async () => {
      const home = freshHome();
      const file = join(tempDir(), "desk.yaml");
      copyFileSync(DESK, file);
      const first = spawnInTerminal(["run", file], baseEnv(home));
      await first.waitFor("1 / 7");
      first.type(KEY.enter);
      await first.waitFor("2 / 7");
      first.kill("SIGTERM");
      expect(await first.exit).toBe(143);
      const saved = checkpointIn(home);

      writeFileSync(file, readFileSync(file, "utf8").replace("minutes: 2", "minutes: 3"));
      const again = spawnInTerminal(["run", file], baseEnv(home));
      await again.waitFor("has changed since your session");
      await again.waitFor("1 / 7");
      expect(again.output()).not.toContain("stopped at question");
      again.type(KEY.ctrlC);
      expect(await again.exit).toBe(130);
      // The saved answers belonged to the old version: they are gone, not mixed in.
      expect(saved.answers).toEqual({ c1: 1 });
      expect(readdirSync(join(home, "sessions"))).toEqual([]);
    },
    SESSION_TEST_MS,
  );
});
