// A free-text answer written in the person's own editor. The text goes through a private
// temporary file, written and read back as UTF-8: no guessing of its encoding, and nothing
// repaired behind the person's back. What can go wrong is said, never thrown.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { wrap } from "../term/wrap.ts";
import { Interrupted } from "./prompter.ts";

export type Edited =
  | { kind: "text"; text: string }
  /** The editor's program could not be started (not installed, not executable). */
  | { kind: "missing"; editor: string }
  /** It ran but failed: its exit status, or the signal that ended it. */
  | { kind: "failed"; editor: string; status: number | NodeJS.Signals }
  /** What was saved is not UTF-8. */
  | { kind: "not-utf8"; editor: string };

const named = (env: NodeJS.ProcessEnv) =>
  [env.VISUAL, env.EDITOR].find((e) => e !== undefined && e.trim() !== "");

/** The command that opens an editor: VISUAL, then EDITOR, then the one every Unix has. */
export function editorCommand(env: NodeJS.ProcessEnv = process.env): string {
  return (named(env) ?? (process.platform === "win32" ? "notepad" : "vi")).trim();
}

/** Neither VISUAL nor EDITOR is set: the person did not choose the editor that opens. */
export const editorChosen = (env: NodeJS.ProcessEnv = process.env): boolean =>
  named(env) !== undefined;

/** Comment lines wrap here at most, as a commit message does, or at the terminal's width. */
const HEADER_WIDTH = 72;

/**
 * Comment lines above the text, wrapped at words to `columns` (an editor in the terminal
 * shows them without cutting a word); they and the blank line after them are not kept.
 */
function withHeader(header: readonly string[], text: string, columns?: number): string {
  if (header.length === 0) return text;
  const width = Math.min(HEADER_WIDTH, (columns ?? HEADER_WIDTH) - 1);
  return `${header
    .flatMap((h) => wrap(h, width, { first: "# ", rest: "# ", long: "whole" }))
    .join("\n")}\n\n${text}`;
}

/** The text without the comment lines at its top (each starting with #) and one blank line. */
export function stripHeader(text: string): string {
  const lines = text.split("\n");
  let i = 0;
  while (i < lines.length && (lines[i] as string).startsWith("#")) i++;
  if (i === 0) return text;
  if (i < lines.length && (lines[i] as string).trim() === "") i++;
  return lines.slice(i).join("\n");
}

/** Splits `code --wait` into its words; a backslash keeps a space inside a word. */
export function commandWords(command: string): string[] {
  return (command.match(/(?:\\ |\S)+/g) ?? []).map((w) => w.replaceAll("\\ ", " "));
}

/** The file's text: one trailing line end, added by most editors on save, is not part of it. */
function decode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/\r?\n$/, "");
  } catch {
    return undefined;
  }
}

/**
 * Opens `initial` in the editor, on the terminal, and waits for it to close. Aborting `signal`
 * (Ctrl-C, SIGTERM, SIGHUP) ends the editor and throws Interrupted.
 */
export async function editText(
  initial: string,
  o: {
    env?: NodeJS.ProcessEnv;
    signal?: AbortSignal;
    header?: readonly string[];
    /** The terminal's width, for the header's lines. */
    columns?: number;
  } = {},
): Promise<Edited> {
  const command = editorCommand(o.env);
  const [program = command, ...args] = commandWords(command);
  // mkdtemp makes a folder only its owner can enter; the file is the owner's alone too.
  const dir = mkdtempSync(join(tmpdir(), "reflet-note-"));
  const file = join(dir, "note.md");
  try {
    const content = withHeader(o.header ?? [], initial, o.columns);
    writeFileSync(file, content, { encoding: "utf8", mode: 0o600, flag: "wx" });
    const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
      (resolve, reject) => {
        const child = spawn(program, [...args, file], { stdio: "inherit", env: o.env });
        child.once("error", reject);
        child.once("exit", (code, signal) => resolve({ code, signal }));
        const stop = () => child.kill("SIGTERM");
        o.signal?.addEventListener("abort", stop, { once: true });
        if (o.signal?.aborted) stop();
        child.once("exit", () => o.signal?.removeEventListener("abort", stop));
      },
    ).catch((e: NodeJS.ErrnoException) => {
      if (e.code === "ENOENT" || e.code === "EACCES") return undefined;
      throw e;
    });
    if (o.signal?.aborted) {
      const reason = o.signal.reason;
      throw new Interrupted(typeof reason === "string" ? (reason as NodeJS.Signals) : "SIGINT");
    }
    if (ended === undefined) return { kind: "missing", editor: command };
    if (ended.signal !== null) return { kind: "failed", editor: command, status: ended.signal };
    if (ended.code !== 0) return { kind: "failed", editor: command, status: ended.code ?? 1 };
    const text = decode(readFileSync(file));
    if (text === undefined) return { kind: "not-utf8", editor: command };
    return { kind: "text", text: o.header?.length ? stripHeader(text) : text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
