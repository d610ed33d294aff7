import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import {
  answerAll,
  baseEnv,
  DESK,
  freshHome,
  ROOT,
  SESSION_TEST_MS,
  spawnInTerminal,
} from "./terminal.ts";

const cli = (args: string[], env: Record<string, string>) => runCli(args, { env, cwd: ROOT });

/** `text` as a pattern that lets the terminal's width wrap it at any space. */
const wrapped = (text: string) =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));

describe("/e", () => {
  it(
    "puts the question as comments at the top of the file, and keeps only what is under them",
    async () => {
      const home = freshHome();
      const dir = mkdtempSync(join(tmpdir(), "reflet-editor-"));
      const editor = join(dir, "editor.sh");
      // Keeps what it was given, then writes under it, as a person would.
      writeFileSync(
        editor,
        '#!/bin/sh\nhere=$(dirname "$0")\ncp "$1" "$here/seen"\nprintf "Written under.\\n" >> "$1"\n',
      );
      chmodSync(editor, 0o755);
      const env = baseEnv(home, { EDITOR: editor });
      const s = spawnInTerminal(["run", DESK], env);
      await answerAll(s, 1, "/e");
      await s.waitFor("Saved in your history");
      expect(await s.exit).toBe(0);
      expect(s.output()).toMatch(
        wrapped(`Opening ${editor}: write your answer, then save and close it`),
      );
      expect(readFileSync(join(dir, "seen"), "utf8")).toBe(
        [
          "# A recent situation that stayed with you?",
          "# Write your answer below, then save and close the editor.",
          "# These lines starting with # are not kept.",
          "",
          "",
        ].join("\n"),
      );
      const json = JSON.parse((await cli(["journal", "--json"], env)).stdout);
      expect(json.entries[0].notes[0].text).toBe("Written under.");
    },
    SESSION_TEST_MS,
  );

  it(
    "without VISUAL or EDITOR names vi and how to save and quit it",
    async () => {
      // A PATH without vi: the hint comes first, then the editor is said missing.
      const env = baseEnv(freshHome(), { PATH: mkdtempSync(join(tmpdir(), "reflet-path-")) });
      const s = spawnInTerminal(["run", DESK], env);
      await answerAll(s, 1, "/e");
      await s.waitFor(wrapped('The editor "vi" was not found'));
      expect(s.output()).toMatch(
        wrapped(
          "Opening vi, as neither VISUAL nor EDITOR is set: press i to write, then Esc and type :wq",
        ),
      );
      s.type("\u0003");
      expect(await s.exit).toBe(130);
    },
    SESSION_TEST_MS,
  );
});
