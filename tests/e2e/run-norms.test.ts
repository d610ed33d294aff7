// reflet run --norms in a pseudo-terminal: the person sees, after the profile, where each
// dimension stands among the norm file's people; a norm file of another questionnaire is
// refused before the first question.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NORM_LEVELS } from "../../src/norms/norms.ts";
import { tempDir } from "../security/helpers.ts";
import {
  answerAll,
  baseEnv,
  DESK,
  freshHome,
  SESSION_TEST_MS,
  spawnInTerminal,
} from "./terminal.ts";

/** A norm file for desk version 1 whose cut points are 5, 10, ... 95 on every dimension. */
function deskNorms(version = "1"): string {
  const dir = tempDir();
  const file = join(dir, "norms.json");
  const targets = ["calm", "listening"].map((id) => ({ id, n: 214, percentiles: NORM_LEVELS }));
  const norms = {
    schemaVersion: 1,
    kind: "reflet-norms",
    questionnaire: { id: "desk", version },
    dates: { from: "2026-01-05", to: "2026-03-30" },
    targets,
  };
  writeFileSync(file, JSON.stringify(norms));
  return file;
}

describe("reflet run --norms", () => {
  it(
    "shows each dimension's standing after the profile",
    async () => {
      const s = spawnInTerminal(
        ["run", DESK, "--norms", deskNorms(), "--no-save"],
        baseEnv(freshHome()),
      );
      await answerAll(s);
      await s.waitFor("Where you stand (norms, n = 214):");
      expect(await s.exit).toBe(0);
      expect(s.output()).toMatch(/Calm: higher than \d+ people in 10 of your team, n = 214/);
      expect(s.output()).toMatch(/Listening: higher than \d+ people in 10 of your team, n = 214/);
    },
    SESSION_TEST_MS,
  );

  it(
    "refuses norms of another version before the first question",
    async () => {
      const s = spawnInTerminal(["run", DESK, "--norms", deskNorms("9")], baseEnv(freshHome()));
      expect(await s.exit).toBe(1);
      expect(s.output()).toContain("norms of desk version 9, not of desk version 1");
      expect(s.output()).not.toContain("I stay calm");
    },
    SESSION_TEST_MS,
  );
});
