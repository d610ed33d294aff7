// The question fits the terminal: options wrapped at words under their number, a page as
// tall as the terminal allows, and a mark saying how many options are hidden above and below.
// Each frame Inquirer draws starts at the left edge (ESC [G) after erasing the last one.
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/term/wrap.ts";
import {
  baseEnv,
  freshHome,
  KEY,
  ROOT,
  SESSION_TEST_MS,
  type Session,
  type Size,
  spawnInTerminal,
} from "./terminal.ts";

const LONG = `${ROOT}tests/fixtures/interactive/long.yaml`;

/** The frames drawn so far, each as its lines without escape sequences. */
function frames(s: Session): string[][] {
  return s
    .raw()
    .split("\u001b[G")
    .map((f) => stripVTControlCharacters(f).split("\r\n"))
    .filter((lines) => lines.some((l) => l.trim() !== ""));
}

function expectAllFit(s: Session, size: Size) {
  for (const frame of frames(s)) {
    expect(frame.length, frame.join("\n")).toBeLessThanOrEqual(size.rows);
    for (const line of frame) expect(displayWidth(line), line).toBeLessThanOrEqual(size.cols);
  }
}

const lastFrame = (s: Session) => (frames(s).at(-1) ?? []).join("\n");

describe("a question on a small or a large terminal", () => {
  it(
    "at 60×20 pages the options, marks what is hidden, and reaches every one and the way back",
    async () => {
      const size = { cols: 60, rows: 20 };
      const s = spawnInTerminal(["run", LONG], baseEnv(freshHome()), ROOT, size);
      await s.waitFor("Where do you start?");
      s.type(KEY.enter);
      await s.waitFor("↓ 3 more below");
      expect(lastFrame(s)).toContain("[one]");
      expect(lastFrame(s)).not.toContain("[five]");
      // Inquirer keeps the active option mid-page: the page scrolls from the third one on.
      s.type(KEY.down + KEY.down + KEY.down);
      await s.waitFor("[four]");
      s.type(KEY.down);
      await s.waitFor("[five]");
      s.type(KEY.down);
      await s.waitFor("❯ 6. ← Previous question");
      const end = lastFrame(s);
      expect(end).toContain("↑ 2 more above");
      expect(end).toContain("[five]");
      expect(end).not.toContain("more below");
      // Wrapped at words, each following line under the start of the label.
      expect(end).toMatch(
        / {2}4\. I call the carrier myself while he is on the line, and\n {5}give/,
      );
      expectAllFit(s, size);
      s.type(KEY.enter);
      await s.waitFor("Where do you start?");
      s.type(KEY.ctrlC);
      expect(await s.exit).toBe(130);
    },
    SESSION_TEST_MS,
  );

  it(
    "at 140×50 shows every option and the way back at once, with no mark",
    async () => {
      const size = { cols: 140, rows: 50 };
      const env = baseEnv(freshHome(), { REFLET_LANG: "fr" });
      const s = spawnInTerminal(["run", LONG], env, ROOT, size);
      await s.waitFor("Par où commencez-vous");
      s.type(KEY.enter);
      await s.waitFor("Que faites-vous");
      await s.waitFor("Ctrl+C pause");
      const first = lastFrame(s);
      for (const label of [
        "[un]",
        "[deux]",
        "[trois]",
        "[quatre]",
        "[cinq]",
        "← Question précédente",
      ])
        expect(first).toContain(label);
      expect(first).not.toMatch(/encore \d+ (au-dessus|en dessous)/);
      expectAllFit(s, size);
      s.type(KEY.ctrlC);
      expect(await s.exit).toBe(130);
    },
    SESSION_TEST_MS,
  );
});
