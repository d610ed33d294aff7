import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ReadSoFar } from "../../src/batch/input/size.ts";
import { durationText, stderrSink } from "../../src/batch/output/stderr.ts";
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
      // The input's size is known: the share read, then (after a while) the time left.
      expect(session.output()).toMatch(/scoring… \d+ answer sheets, \d+%/);
    },
    SESSION_TEST_MS,
  );
});

/** The progress lines a sink draws, on a pretend terminal, at the times `clock` gives. */
function drawn(read: ReadSoFar | undefined, steps: number, clock: (step: number) => number) {
  let out = "";
  let step = 0;
  const tally = { scored: 0, rejected: 0, flagged: 0 };
  const sink = stderrSink(
    {
      stderr: {
        isTTY: true,
        write: (t: string) => {
          out += t;
        },
      } as never,
      err: () => {},
      lang: "en",
    },
    () => tally,
    () => clock(step),
    read,
  );
  for (step = 1; step <= steps; step++) {
    tally.scored++;
    if (read && read.total !== null) read.done = (read.total * step) / steps;
    sink.scored?.({} as never);
  }
  return out.split("\r\x1b[K").filter((l) => l !== "");
}

describe("the progress line", () => {
  it("with a known size: the share read, and the time left once there is enough to go on", () => {
    // One second per sheet, ten sheets for the whole input.
    const lines = drawn({ total: 1000, done: 0 }, 10, (step) => step * 1000);
    expect(lines[0]).toBe("scoring… 1 answer sheets, 10%, about 9 s left");
    expect(lines.at(-1)).toBe("scoring… 10 answer sheets, 100%, about 1 s left");
  });

  it("with an unknown size (standard input): a count only", () => {
    const lines = drawn({ total: null, done: 0 }, 3, (step) => step * 1000);
    expect(lines).toEqual([
      "scoring… 1 answer sheets",
      "scoring… 2 answer sheets",
      "scoring… 3 answer sheets",
    ]);
  });

  it("no time left before a second has passed", () => {
    const lines = drawn({ total: 100, done: 0 }, 2, (step) => step * 300);
    expect(lines).toEqual(["scoring… 1 answer sheets, 50%", "scoring… 2 answer sheets, 100%"]);
  });
});

describe("the time left", () => {
  it("reads as people say it", () => {
    expect(durationText(400)).toBe("1 s");
    expect(durationText(45_000)).toBe("45 s");
    expect(durationText(180_000)).toBe("3 min");
    expect(durationText(65 * 60_000)).toBe("1 h 05 min");
  });
});
