// Without colour reflet does without chalk (src/term/colour.ts): what it writes must be what
// chalk would have written at level 0, and with colour, chalk's styles.
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { makeColour, PLAIN } from "../../src/term/colour.ts";

const STYLES = ["bold", "dim", "red", "green", "yellow", "cyan"] as const;
const ARGS: unknown[][] = [
  ["text"],
  [""],
  [],
  [42],
  [undefined],
  [null],
  ["a", "b"],
  ["a", 1, undefined, ""],
  ["déjà vu\n« line »"],
];

describe("colour", () => {
  it("without colour writes what chalk writes at level 0", () => {
    const chalk = new Chalk({ level: 0 });
    for (const style of STYLES)
      for (const args of ARGS) expect(PLAIN[style](...args)).toBe(chalk[style](...args));
  });

  it("is PLAIN without colour, chalk's styles with it", () => {
    expect(makeColour({ isTTY: true, env: { NO_COLOR: "1" } })).toBe(PLAIN);
    expect(makeColour({ isTTY: false, env: {} })).toBe(PLAIN);
    const coloured = makeColour({ isTTY: true, env: { TERM: "xterm" } });
    expect(coloured.level).toBe(1);
    expect(coloured.red("x")).toBe(new Chalk({ level: 1 }).red("x"));
    expect(coloured.red("x")).not.toBe("x");
  });
});
