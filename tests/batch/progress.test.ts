import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { baseEnv, freshHome, SESSION_TEST_MS, spawnInTerminal } from "../e2e/terminal.ts";
import { fixture, folderWith } from "./helpers.ts";

describe("progress on a terminal", () => {
  it(
    "shows how many answer sheets were read, then the one-line summary",
    async () => {
      const rows = ["participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1"];
      for (let i = 1; i <= 3000; i++) rows.push(`p${i},5,1,4,2,5,1,4,listen,break,`);
      const dir = folderWith({ "big.csv": rows.join("\n") });
      const session = spawnInTerminal(
        ["batch", fixture("team.yaml"), join(dir, "big.csv"), "--output", join(dir, "out.csv")],
        baseEnv(freshHome()),
        dir,
      );
      await session.waitFor("3000 scored, 0 rejected, 0 flagged");
      expect(await session.exit).toBe(0);
      expect(session.output()).toMatch(/scoring… \d+ answer sheets/);
    },
    SESSION_TEST_MS,
  );
});
