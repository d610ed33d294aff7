// What reflet prints on a terminal 60 columns wide fits it: lines wrapped at words by reflet,
// none left for the terminal to cut in the middle of a word.
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/term/wrap.ts";
import { baseEnv, freshHome, ROOT, SESSION_TEST_MS, spawnInTerminal } from "./terminal.ts";

const COLUMNS = 60;

async function printed(args: string[], lang: "fr" | "en"): Promise<string[]> {
  const s = spawnInTerminal(args, baseEnv(freshHome(), { REFLET_LANG: lang }), ROOT, {
    cols: COLUMNS,
    rows: 40,
  });
  await s.exit;
  return s.output().split(/\r?\n/);
}

describe(`on a terminal ${COLUMNS} columns wide`, () => {
  it.each([
    [["list"], "fr", ["perfectionnisme,", "irrespectueux", "~10 min"]],
    [["list"], "en", ["Demanding"]],
    [["--help"], "fr", ["complétion", "réflexion", "questionnaire)"]],
    [["--help"], "en", ["completion"]],
    [["run", "--help"], "fr", ["questionnaire", "# deux questionnaires, un profil"]],
    [["batch", "--help"], "en", ["--reports", "out/"]],
    [["history", "--help"], "en", ["history"]],
    [["completion", "powershell"], "fr", ["powershell", "--help)"]],
    [["journal", "inconnu"], "fr", ["list"]],
  ] as const)(
    "reflet %s (%s) fits, its words whole",
    async (args, lang, words) => {
      const lines = await printed([...args], lang);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThan(COLUMNS);
      const all = lines.join("\n");
      for (const word of words) expect(all).toMatch(new RegExp(`(^|\\s)${literal(word)}`, "m"));
    },
    SESSION_TEST_MS,
  );

  it(
    "breaks a long example as a shell reads it: a « \\ » at the end of each line but the last",
    async () => {
      const lines = await printed(["batch", "--help"], "en");
      // The lines joined as the shell joins them give the example as written.
      const joined = lines.join("\n").replace(/ \\\n {4}/g, " ");
      expect(joined).toContain(
        "  npx reflet batch reclamations team.csv --norms norms.json --output results.csv --reports out/\n",
      );
      expect(lines).toContain("    --norms norms.json --output results.csv \\");
    },
    SESSION_TEST_MS,
  );
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
