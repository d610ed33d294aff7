// Terminals that cannot take what Inquirer draws, and colour settings that disagree: the
// built binary in a pseudo-terminal.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  BIN,
  baseEnv,
  DESK,
  freshHome,
  KEY,
  ROOT,
  SAFETY_MS,
  SESSION_TEST_MS,
  spawnInTerminal,
} from "./terminal.ts";

const ESC = "\u001b";
/** A sequence that sets a colour or a style (SGR). */
const STYLE = new RegExp(`${ESC}\\[[0-9;]*m`);
const NOTE = "Le contact humain, c’est ce qui désamorce la colère. 🙂 « oui »";

describe("TERM=dumb", () => {
  it(
    "asks line by line with numbered options, no cursor movement, and keeps what was typed",
    async () => {
      const home = freshHome();
      const env = baseEnv(home, { TERM: "dumb", REFLET_LANG: "fr" });
      const s = spawnInTerminal(["run", DESK], env, ROOT, { cols: 60, rows: 20 });
      await s.waitFor("1 / 7");
      await s.waitFor("4. Tout à fait");
      await s.waitFor("tapez un nombre de 1 à 4");
      s.type(`9${KEY.enter}`);
      await s.waitFor("« 9 » n’est pas un nombre de 1 à 4.");
      s.type(`4${KEY.enter}`);
      await s.waitFor("2 / 7");
      await s.waitFor("5. ← Question précédente");
      s.type(`5${KEY.enter}`);
      // Back at the first question, whose answer ⏎ alone keeps.
      await s.waitFor("1 / 7");
      await s.waitFor("⏎ seul garde 4");
      s.type(KEY.enter);
      for (const [n, keys] of [
        ["2 / 7", "1"],
        ["3 / 7", "3"],
        ["4 / 7", "1"],
        ["5 / 7", "1"],
        ["6 / 7", "1 2"],
        ["7 / 7", NOTE],
      ]) {
        await s.waitFor(n as string);
        await s.waitFor("> ");
        s.type(`${keys}${KEY.enter}`);
      }
      await s.waitFor("Gardé dans votre historique");
      expect(await s.exit).toBe(0);
      // No cursor movement, no erasing, no colour: not one escape sequence.
      expect(s.raw()).not.toContain(ESC);
      const journal = spawnSync(process.execPath, [BIN, "journal", "--json"], {
        env,
        encoding: "utf8",
        timeout: SAFETY_MS,
      });
      expect(journal.stdout).toContain(JSON.stringify(NOTE).slice(1, -1));
    },
    SESSION_TEST_MS,
  );

  it(
    "pauses on Ctrl-C as on any terminal",
    async () => {
      const env = baseEnv(freshHome(), { TERM: "dumb" });
      const s = spawnInTerminal(["run", DESK], env);
      await s.waitFor("type a number from 1 to 4");
      s.type(KEY.ctrlC);
      expect(await s.exit).toBe(130);
      expect(s.output()).toMatch(/reflet run .*desk\.yaml/);
    },
    SESSION_TEST_MS,
  );
});

describe("NO_COLOR and FORCE_COLOR together", () => {
  it(
    "NO_COLOR wins: no colour, and no warning from Node about the pair",
    async () => {
      const env = baseEnv(freshHome(), { NO_COLOR: "1", FORCE_COLOR: "1" });
      const s = spawnInTerminal(["run", DESK], env);
      await s.waitFor("1 / 7");
      await s.waitFor("Completely");
      s.type(KEY.ctrlC);
      expect(await s.exit).toBe(130);
      expect(s.output()).not.toMatch(/warning|NO_COLOR|FORCE_COLOR/i);
      // Inquirer moves the cursor; no sequence sets a colour or a style.
      expect(s.raw()).not.toMatch(STYLE);
    },
    SESSION_TEST_MS,
  );

  it("an empty NO_COLOR means nothing: FORCE_COLOR colours, without a warning", () => {
    const run = (noColor: string) =>
      spawnSync(process.execPath, [BIN, "frobnicate"], {
        env: { ...baseEnv(freshHome()), NO_COLOR: noColor, FORCE_COLOR: "1" },
        encoding: "utf8",
        timeout: SAFETY_MS,
      });
    const forced = run("");
    expect(forced.stderr).not.toMatch(/warning/i);
    expect(forced.stderr).toMatch(STYLE);
    expect(run("1").stderr).not.toMatch(STYLE);
  });
});
