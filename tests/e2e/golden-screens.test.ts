// What a person sees at 60 and 100 columns, in French and English, compared with golden files
// in tests/golden/screens/: the question of a long scenario, the menu, the end of a profile,
// taken from the built binary in a pseudo-terminal. After a wanted change,
// UPDATE_GOLDEN=1 npx vitest run tests/e2e/golden-screens.test.ts rewrites them: read the
// diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
  spawnInTerminal,
} from "./terminal.ts";

const golden = join(ROOT, "tests/golden/screens");
const LONG = join(ROOT, "tests/fixtures/interactive/long.yaml");

function compareGolden(text: string, name: string): void {
  const file = join(golden, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(golden, { recursive: true });
    writeFileSync(file, text);
  }
  expect(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(text, name).toBe(readFileSync(file, "utf8"));
}

/** The last frame Inquirer drew (each starts at the left edge, ESC [G, after erasing the last). */
function lastFrame(s: Session): string[] {
  const frames = s
    .raw()
    .split("\u001b[G")
    .map((f) => stripVTControlCharacters(f).split("\r\n"))
    .filter((lines) => lines.some((l) => l.trim() !== ""));
  return (frames.at(-1) ?? []).map((l) => l.trimEnd());
}

const text = (lines: readonly string[]) => `${lines.join("\n").trim()}\n`;

function fits(lines: readonly string[], cols: number) {
  for (const line of lines) expect(displayWidth(line), line).toBeLessThan(cols);
}

const WORDS = {
  en: { question: "What do you do?", first: "Where do you start?", menu: "Which questionnaire?" },
  fr: { question: "Que faites-vous", first: "Par où commencez-vous", menu: "Quel questionnaire" },
};

describe.each(["fr", "en"] as const)("screens in %s", (lang) => {
  const env = (home = freshHome()) => baseEnv(home, { REFLET_LANG: lang });
  describe.each([60, 100])("at %i columns", (cols) => {
    const size = { cols, rows: 40 };

    it(
      "a long scenario, its options and the way back; then the end of the profile",
      async () => {
        const s = spawnInTerminal(["run", LONG, "--no-save"], env(), ROOT, size);
        await s.waitFor(WORDS[lang].first);
        s.type(KEY.enter);
        await s.waitFor(WORDS[lang].question);
        await s.waitFor(/\[(cinq|five)\]/);
        const question = lastFrame(s);
        fits(question, cols);
        compareGolden(text(question), `question.${lang}.${cols}.txt`);
        s.type(KEY.enter);
        expect(await s.exit).toBe(0);
        const out = s.output().replaceAll("\r\n", "\n");
        const title = lang === "fr" ? "Les longues scènes" : "The long scenes";
        const end = out.slice(out.lastIndexOf(`${title}\n`)).split("\n");
        fits(end, cols);
        compareGolden(text(end.map((l) => l.trimEnd())), `profile.${lang}.${cols}.txt`);
      },
      SESSION_TEST_MS,
    );

    it(
      "the menu",
      async () => {
        const s = spawnInTerminal([], env(), ROOT, size);
        await s.waitFor(WORDS[lang].menu);
        await s.waitFor("Ctrl+C");
        const menu = lastFrame(s);
        fits(menu, cols);
        compareGolden(text(menu), `menu.${lang}.${cols}.txt`);
        s.type(KEY.ctrlC);
        await s.exit;
      },
      SESSION_TEST_MS,
    );
  });
});
