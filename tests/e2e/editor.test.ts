import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../cli/in-process.ts";
import {
  answerAll,
  baseEnv,
  DESK,
  freshHome,
  KEY,
  ROOT,
  SESSION_TEST_MS,
  spawnInTerminal,
} from "./terminal.ts";

// Accented French alone, which an encoding guesser takes for Latin-2; then with an emoji and
// curly quotes.
const NOTES = [
  "Le contact humain, c'est ce qui désamorce la colère.",
  "« Le contact humain, c’est ce qui désamorce la colère. » 🙂 “Merci”, m’a-t-il dit.",
];

const cli = (args: string[], env: Record<string, string>) => runCli(args, { env, cwd: ROOT });

/**
 * An editor that saves `text` (as an editor does, with a line end) into the file it is given,
 * and notes the file's path and the permissions of the file and its folder.
 */
function scriptEditor(text: string): { command: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "reflet-editor-"));
  writeFileSync(join(dir, "written.txt"), `${text}\n`, "utf8");
  const command = join(dir, "editor.sh");
  writeFileSync(
    command,
    [
      "#!/bin/sh",
      'here=$(dirname "$0")',
      'printf "%s" "$1" > "$here/path"',
      'stat -c "%a" "$1" "$(dirname "$1")" > "$here/modes"',
      'cat "$here/written.txt" > "$1"',
      "",
    ].join("\n"),
  );
  chmodSync(command, 0o755);
  return { command, dir };
}

describe("a free-text answer written in the editor", () => {
  it.each(NOTES)(
    "comes back byte for byte in the journal, the history and --answers-out: %s",
    async (NOTE) => {
      const home = freshHome();
      const editor = scriptEditor(NOTE);
      const env = baseEnv(home, { EDITOR: editor.command, REFLET_LANG: "fr" });
      const answers = join(home, "..", "answers.yaml");
      const s = spawnInTerminal(["run", DESK, "--answers-out", answers], env);
      await answerAll(s, 1, "/e");
      await s.waitFor("Gardé dans votre historique");
      expect(await s.exit).toBe(0);

      // The journal wraps long notes to the terminal: the words and bytes are the same.
      const journal = await cli(["journal"], env);
      expect(journal.code).toBe(0);
      expect(journal.stdout.replace(/\s+/g, " ")).toContain(NOTE);
      const json = JSON.parse((await cli(["journal", "--json"], env)).stdout);
      expect(Buffer.from(json.entries[0].notes[0].text)).toEqual(Buffer.from(NOTE));
      const history = readFileSync(join(home, "history.jsonl"), "utf8");
      expect(JSON.parse(history).notes.map((n: { text: string }) => n.text)).toEqual([NOTE]);
      const saved = parse(readFileSync(answers, "utf8"));
      expect(Buffer.from(saved.answers.note)).toEqual(Buffer.from(NOTE));

      // The temporary file was private, and it is gone.
      expect(readFileSync(join(editor.dir, "modes"), "utf8").split("\n")).toEqual([
        "600",
        "700",
        "",
      ]);
      expect(existsSync(readFileSync(join(editor.dir, "path"), "utf8"))).toBe(false);
    },
    SESSION_TEST_MS,
  );
});

/** What a session says, in each language (short enough to stay on one line of the terminal). */
/** `text` as a pattern that lets the terminal's width wrap it at any space. */
const wrapped = (text: string) =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));

const SAID = {
  en: {
    missing: wrapped(
      'The editor "notepad" was not found: set VISUAL or EDITOR to an installed one',
    ),
    failed: wrapped("failed (exit status 3); nothing was kept."),
    hints: "/e ⏎ open your editor",
    saved: "Saved in your history",
  },
  fr: {
    missing: wrapped(
      "L’éditeur « notepad » est introuvable : indiquez dans VISUAL ou EDITOR un éditeur installé",
    ),
    failed: wrapped("a échoué (code de sortie 3) ; rien n’a été gardé."),
    hints: "/e ⏎ ouvrir votre éditeur",
    saved: "Gardé dans votre historique",
  },
};

describe("an editor that cannot give the text", () => {
  it.each(["en", "fr"] as const)(
    "in %s, one that does not exist: one line naming it and EDITOR, the question again, the session goes on",
    async (lang) => {
      const home = freshHome();
      const env = baseEnv(home, { EDITOR: "notepad", REFLET_LANG: lang });
      const s = spawnInTerminal(["run", DESK], env);
      await answerAll(s, 1, "/e");
      await s.waitFor(SAID[lang].missing);
      // The way out, on one line as it can be typed, wherever the width wraps the message.
      await s.waitFor("export EDITOR=nano");
      await s.waitFor(SAID[lang].hints);
      s.type(`Typed instead.${KEY.enter}`);
      await s.waitFor(SAID[lang].saved);
      expect(await s.exit).toBe(0);
      expect(s.output()).not.toMatch(/ENOENT|^\s+at /m);
      expect((await cli(["journal"], env)).stdout).toContain("Typed instead.");
    },
    SESSION_TEST_MS,
  );

  it.each(["en", "fr"] as const)(
    "in %s, one that fails: says so with its exit status, asks again, and /e can be tried again",
    async (lang) => {
      const home = freshHome();
      const failing = join(mkdtempSync(join(tmpdir(), "reflet-editor-")), "failing.sh");
      writeFileSync(failing, "#!/bin/sh\nexit 3\n");
      chmodSync(failing, 0o755);
      const env = baseEnv(home, { EDITOR: failing, REFLET_LANG: lang });
      const s = spawnInTerminal(["run", DESK], env);
      await answerAll(s, 1, "/e");
      await s.waitFor(SAID[lang].failed);
      await s.waitFor(SAID[lang].hints);
      // Nothing was recorded: the question is still open.
      expect(existsSync(join(home, "history.jsonl"))).toBe(false);
      s.type(`/e${KEY.enter}`);
      await s.waitFor(SAID[lang].failed);
      s.type(`Typed instead.${KEY.enter}`);
      await s.waitFor(SAID[lang].saved);
      expect(await s.exit).toBe(0);
      expect((await cli(["journal"], env)).stdout).toContain("Typed instead.");
    },
    SESSION_TEST_MS,
  );
});

describe("a file saved in another encoding", () => {
  it(
    "is refused, not guessed nor repaired: nothing kept, the question asked again",
    async () => {
      const home = freshHome();
      const latin1 = join(mkdtempSync(join(tmpdir(), "reflet-editor-")), "latin1.sh");
      // "désamorce" in Latin-1: the é is the single byte 0xE9, never valid UTF-8.
      writeFileSync(latin1, "#!/bin/sh\nprintf 'd\\351samorce' > \"$1\"\n");
      chmodSync(latin1, 0o755);
      const env = baseEnv(home, { EDITOR: latin1 });
      const s = spawnInTerminal(["run", DESK], env);
      await answerAll(s, 1, "/e");
      await s.waitFor("is not UTF-8 text; nothing was kept.");
      s.type(`Typed instead.${KEY.enter}`);
      await s.waitFor("Saved in your history");
      expect(await s.exit).toBe(0);
      const json = JSON.parse((await cli(["journal", "--json"], env)).stdout);
      expect(json.entries[0].notes.map((n: { text: string }) => n.text)).toEqual([
        "Typed instead.",
      ]);
    },
    SESSION_TEST_MS,
  );
});
