// A command line that starts with a command's name builds the program with that command only
// (src/cli/program.ts). Everything it says must be what the whole program says: its help, and
// its errors on what it is given.
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands.ts";
import { runCli } from "./in-process.ts";

const names = COMMANDS.map((c) => c.name);

describe("a program built for one command", () => {
  it("shows that command's help as the whole program does", async () => {
    for (const name of names) {
      const alone = await runCli([name, "--help"]);
      // `help NAME` starts with no command name: the whole program answers it.
      const whole = await runCli(["help", name]);
      expect(alone.code, name).toBe(0);
      expect(alone.stdout, name).toBe(whole.stdout);
      expect(alone.stdout, name).toContain(`reflet ${name}`);
    }
  });

  it("refuses an unknown option as the whole program does", async () => {
    for (const name of names) {
      const alone = await runCli([name, "--frobnicate"]);
      // A global option first: the whole program is built.
      const whole = await runCli(["--no-color", name, "--frobnicate"]);
      expect(alone.code, name).toBe(2);
      expect(alone, name).toEqual(whole);
    }
  });
});
