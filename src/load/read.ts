// Reading a user's file: size cap before reading, strict UTF-8, one Problem on failure.
import { readFile, stat } from "node:fs/promises";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { LIMITS } from "./limits.ts";
import { loadMessages } from "./messages.ts";
import { ProblemsError } from "./problem.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads a text file of at most `maxBytes`; throws ProblemsError with a user-worded message. */
export async function readTextFile(
  path: string,
  lang: Lang,
  maxBytes: number = LIMITS.maxYamlBytes,
): Promise<string> {
  const m = messagesFor(lang, loadMessages);
  const fail = (said: { message: string; hint?: string }): never => {
    throw new ProblemsError([{ file: path, ...said }]);
  };
  try {
    const info = await stat(path);
    if (info.isDirectory())
      fail(m.unreadable(lang === "fr" ? "c'est un dossier" : "it is a folder"));
    if (info.size > maxBytes) fail(m.tooLarge(info.size, maxBytes));
    const bytes = await readFile(path);
    try {
      return utf8.decode(bytes).replace(/^\uFEFF/, "");
    } catch {
      return fail(m.notUtf8());
    }
  } catch (e) {
    if (e instanceof ProblemsError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === "ENOENT" ? m.notFound() : m.unreadable(code ?? String(e)));
  }
}

/** Reads all of stdin as UTF-8, up to `maxBytes`. */
export async function readStdin(
  stdin: NodeJS.ReadableStream,
  lang: Lang,
  maxBytes: number = LIMITS.maxYamlBytes,
): Promise<string> {
  const m = messagesFor(lang, loadMessages);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    if (size > maxBytes) throw new ProblemsError([{ file: "-", ...m.tooLarge(size, maxBytes) }]);
    chunks.push(b);
  }
  try {
    return utf8.decode(Buffer.concat(chunks)).replace(/^\uFEFF/, "");
  } catch {
    throw new ProblemsError([{ file: "-", ...m.notUtf8() }]);
  }
}
