// The editor step on its own: which editor, its arguments, and what comes back.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commandWords, editorCommand, editText } from "../../src/ask/editor.ts";
import { answerInEditor } from "../../src/ask/flows.ts";
import { Interrupted } from "../../src/ask/prompter.ts";
import { questionOf } from "../../src/ask/question.ts";
import { loadDesk } from "./fixture.ts";

/** A shell script as the editor: `body` runs with its arguments, and the script's folder as $here. */
function script(body: string): { path: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "reflet-editor-"));
  const path = join(dir, "editor.sh");
  writeFileSync(path, `#!/bin/sh\nhere=$(dirname "$0")\n${body}\n`);
  chmodSync(path, 0o755);
  return { path, dir };
}

describe("the editor command", () => {
  it("is VISUAL, then EDITOR, then vi; an empty variable does not count", () => {
    expect(editorCommand({ VISUAL: "code --wait", EDITOR: "nano" })).toBe("code --wait");
    expect(editorCommand({ VISUAL: " ", EDITOR: "nano" })).toBe("nano");
    expect(editorCommand({})).toBe(process.platform === "win32" ? "notepad" : "vi");
  });

  it("splits into words at spaces, except a space after a backslash", () => {
    expect(commandWords("code --wait")).toEqual(["code", "--wait"]);
    expect(commandWords("/opt/My\\ Editor/bin/ed  -n")).toEqual(["/opt/My Editor/bin/ed", "-n"]);
  });
});

describe("editing a text", () => {
  it("gives the editor its arguments then the file holding the text so far, and reads it back", async () => {
    const editor = script(
      'printf "%s|" "$@" > "$here/args"; cat "$2" > "$here/before"; printf "été\\n\\n" > "$2"',
    );
    const edited = await editText("déjà", { env: { ...process.env, EDITOR: `${editor.path} -x` } });
    // One line end is the editor's; the blank line before it is the person's.
    expect(edited).toEqual({ kind: "text", text: "été\n" });
    expect(readFileSync(join(editor.dir, "args"), "utf8")).toMatch(/^-x\|\/.+\/note\.md\|$/);
    expect(readFileSync(join(editor.dir, "before"), "utf8")).toBe("déjà");
  });

  it("wraps the question above the text at words to the terminal's width, and keeps none of it", async () => {
    const editor = script('cat "$1" > "$here/before"; printf "# mine\\n\\nmon texte" > "$1"');
    const question =
      "Pensez à un client mécontent de ce mois-ci : qu’auriez-vous aimé qu’il dise de vous en partant ?";
    const edited = await editText("", {
      env: { ...process.env, VISUAL: "", EDITOR: editor.path },
      header: [question, "Écrivez votre réponse en dessous."],
      columns: 40,
    });
    expect(edited).toEqual({ kind: "text", text: "mon texte" });
    const lines = readFileSync(join(editor.dir, "before"), "utf8").split("\n");
    const comments = lines.filter((l) => l.startsWith("# "));
    for (const line of comments) expect(line.length).toBeLessThan(40);
    expect(comments.map((l) => l.slice(2)).join(" ")).toBe(
      `${question} Écrivez votre réponse en dessous.`,
    );
  });

  it("says which editor is missing, failed, or saved something that is not UTF-8", async () => {
    const env = (EDITOR: string) => ({ ...process.env, VISUAL: "", EDITOR });
    expect(await editText("", { env: env("reflet-no-such-editor") })).toEqual({
      kind: "missing",
      editor: "reflet-no-such-editor",
    });
    const failing = script("exit 4").path;
    expect(await editText("", { env: env(failing) })).toEqual({
      kind: "failed",
      editor: failing,
      status: 4,
    });
    const latin1 = script("printf 'd\\351j\\340' > \"$1\"").path;
    expect(await editText("", { env: env(latin1) })).toEqual({ kind: "not-utf8", editor: latin1 });
  });

  it("an abort (Ctrl-C, SIGTERM) ends the editor and the prompt as an interruption", async () => {
    const waiting = script("exec sleep 600");
    const controller = new AbortController();
    const edited = editText("", {
      env: { ...process.env, EDITOR: waiting.path },
      signal: controller.signal,
    });
    controller.abort("SIGTERM");
    const e = await edited.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Interrupted);
    expect((e as Interrupted).signal).toBe("SIGTERM");
  });
});

describe("/e at a free-text question", () => {
  it("opens the editor the run's environment names, not the process's", async () => {
    const model = loadDesk();
    const item = model.items.find((i) => i.id === "note");
    if (!item) throw new Error("desk has a note question");
    const editor = script('printf "écrit par le bon éditeur" > "$1"');
    const said: string[] = [];
    const before = process.env.EDITOR;
    process.env.EDITOR = "false";
    try {
      const edited = await answerInEditor(
        { question: questionOf(model, item, "en"), index: 0, total: 1, canGoBack: false },
        "en",
        {
          say: (line) => said.push(line),
          env: { ...process.env, VISUAL: "", EDITOR: editor.path },
        },
      );
      expect(edited).toEqual({ text: "écrit par le bon éditeur" });
      expect(said.join("\n")).toContain(editor.path);
    } finally {
      if (before === undefined) delete process.env.EDITOR;
      else process.env.EDITOR = before;
    }
  });
});
