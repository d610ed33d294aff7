// The INPUT arguments of `reflet batch`, turned into a stream of entries and rejections:
// answers files, folders of them, CSV files, and `-` (standard input, either kind).
import type { Stats } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { type Lang, messagesFor } from "../../i18n/lang.ts";
import { loadMessages } from "../../load/messages/files.ts";
import { type Problem, ProblemsError } from "../../load/problem.ts";
import { readStdin, readTextFile } from "../../load/read.ts";
import type { Model } from "../../model/model.ts";
import { batchInputMessages } from "../messages/input.ts";
import type { Unit } from "../types.ts";
import type { ColumnMap } from "./column-map.ts";
import { csvUnits } from "./csv.ts";
import { answersUnits } from "./files.ts";
import { counted, type ReadSoFar } from "./size.ts";
import { isWorkbookHead, workbookFromStdin, workbookUnits } from "./workbook.ts";

export type Source =
  | { kind: "answers" | "csv" | "xlsx" | "unknown"; file: string }
  | { kind: "stdin" }
  | { kind: "problem"; problem: Problem }
  | { kind: "warning"; problem: Problem };

const ANSWERS_EXT = new Set([".yaml", ".yml", ".json"]);
const CSV_EXT = new Set([".csv", ".tsv"]);

const kindOf = (file: string): "answers" | "csv" | "xlsx" | "unknown" => {
  const ext = extname(file).toLowerCase();
  if (ext === ".xlsx") return "xlsx";
  return ANSWERS_EXT.has(ext) ? "answers" : CSV_EXT.has(ext) ? "csv" : "unknown";
};

const ANSWERS_START = /^(\{|---|(questionnaire|version|participant|lang|answers)\s*:)/;

/** True when the first lines read like an answers file rather than a CSV header. */
export function looksLikeAnswers(head: string): boolean {
  for (const raw of head.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    return ANSWERS_START.test(line);
  }
  return false;
}

/** Files first, in the order given; a folder's answers files in name order. */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
  lang: Lang,
): Promise<Source[]> {
  const m = messagesFor(lang, batchInputMessages);
  const lm = messagesFor(lang, loadMessages);
  const sources: Source[] = [];
  for (const arg of args) {
    if (arg === "-") {
      sources.push({ kind: "stdin" });
      continue;
    }
    let found: Stats;
    try {
      found = await stat(resolve(cwd, arg));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const said = code === "ENOENT" ? lm.notFound() : lm.unreadable(code ?? String(e));
      sources.push({ kind: "problem", problem: { file: arg, ...said } });
      continue;
    }
    // Opening a named pipe waits for a writer, maybe for ever.
    if (found.isFIFO()) {
      sources.push({ kind: "problem", problem: { file: arg, ...m.namedPipe() } });
      continue;
    }
    if (!found.isDirectory()) {
      sources.push({ kind: kindOf(arg), file: arg });
      continue;
    }
    const { files, others } = await regularFiles(resolve(cwd, arg));
    if (others.length > 0)
      sources.push({ kind: "warning", problem: { file: arg, ...m.notRegular(others) } });
    if (files.length === 0)
      sources.push({ kind: "problem", problem: { file: arg, ...m.noAnswersIn() } });
    for (const n of files) sources.push({ kind: kindOf(n), file: join(arg, n) });
  }
  return sources;
}

/**
 * The answers and CSV files of a folder, in name order; `others`: the names that look like
 * them but are not regular files (named pipes, devices, sockets, folders), never opened.
 */
async function regularFiles(dir: string): Promise<{ files: string[]; others: string[] }> {
  const names = (await readdir(dir))
    // `~$name.xlsx` is the lock Excel leaves beside a workbook it has open.
    .filter((n) => !n.startsWith(".") && !n.startsWith("~$") && kindOf(n) !== "unknown")
    .sort();
  const files: string[] = [];
  const others: string[] = [];
  for (const n of names) {
    // Through links: a link to a regular file is read like one.
    const regular = await stat(join(dir, n)).then(
      (s) => s.isFile(),
      () => true,
    );
    (regular ? files : others).push(n);
  }
  return { files, others };
}

export interface UnitOptions {
  model: Model;
  lang: Lang;
  cwd: string;
  stdin: NodeJS.ReadableStream;
  idColumn?: string;
  /** The sheet of a workbook to read (its first when absent). */
  sheet?: string;
  /** Read each CSV row's time (for --keep). */
  times?: boolean;
  /** The coach's header → item map (--columns). */
  columns?: ColumnMap;
  /** The CSV column of each person's group (--group-by). */
  groupBy?: string;
  /** Counts the bytes read, for the progress line. */
  read?: ReadSoFar;
}

/** The day a file was last written (YYYY-MM-DD) and its size; nothing if it cannot be told. */
async function fileFacts(path: string): Promise<{ date: string | null; size: number }> {
  try {
    const found = await stat(path);
    return { date: found.mtime.toISOString().slice(0, 10), size: found.size };
  } catch {
    return { date: null, size: 0 };
  }
}

/** Problems name the file as the user typed it. */
async function readNamed(file: string, path: string, lang: Lang): Promise<string> {
  try {
    return await readTextFile(path, lang);
  } catch (e) {
    if (e instanceof ProblemsError)
      throw new ProblemsError(e.problems.map((p) => ({ ...p, file })));
    throw e;
  }
}

async function headOf(path: string): Promise<string> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead).toString("latin1");
  } finally {
    await handle.close();
  }
}

/** The bytes of a file, or the rejection saying why it cannot be read. */
async function fileBytes(file: string, path: string, lang: Lang): Promise<Readable | Unit> {
  const lm = messagesFor(lang, loadMessages);
  try {
    const handle = await open(path, "r");
    return handle.createReadStream({ highWaterMark: 64 * 1024 });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const said = code === "ENOENT" ? lm.notFound() : lm.unreadable(code ?? String(e));
    return { kind: "rejected", problems: [{ file, ...said }], count: 1 };
  }
}

async function* stdinUnits(o: UnitOptions, idPrefix: string): AsyncGenerator<Unit[]> {
  const iterator = (o.stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield Buffer.from(next.value);
  }
  try {
    if (isWorkbookHead(head.toString("latin1"))) {
      yield [workbookFromStdin(o.lang)];
    } else if (looksLikeAnswers(head.toString("latin1"))) {
      yield await answersUnits("-", () => readStdin(Readable.from(all()), o.lang), o.model, o.lang);
    } else {
      yield* csvUnits(all(), "-", { ...o, idPrefix });
    }
  } finally {
    // Input left unread (a file cut short, an endless device) must not keep the process alive.
    await iterator.return?.();
  }
}

/** The units of every input, in runs (types.ts). */
export async function* unitsOf(sources: readonly Source[], o: UnitOptions): AsyncGenerator<Unit[]> {
  const tables = sources.filter(
    (s) => s.kind === "csv" || s.kind === "xlsx" || s.kind === "unknown" || s.kind === "stdin",
  ).length;
  for (const source of sources) {
    if (source.kind === "problem") {
      yield [{ kind: "rejected", problems: [source.problem], count: 1 }];
      continue;
    }
    if (source.kind === "warning") {
      yield [{ kind: "warning", problem: source.problem }];
      continue;
    }
    if (source.kind === "stdin") {
      yield* stdinUnits(o, tables > 1 ? "stdin-" : "");
      continue;
    }
    const { file } = source;
    const path = resolve(o.cwd, file);
    let kind = source.kind;
    if (kind === "unknown") {
      const head = await headOf(path).catch(() => "");
      kind = isWorkbookHead(head) ? "xlsx" : looksLikeAnswers(head) ? "answers" : "csv";
    }
    if (kind === "answers") {
      // An answers file has no timestamp: it was last written when the answers were.
      const facts = await fileFacts(path);
      const units = await answersUnits(file, () => readNamed(file, path, o.lang), o.model, o.lang);
      for (const unit of units) if (unit.kind === "entry") unit.entry.answeredAt = facts.date;
      yield units;
      if (o.read) o.read.done += facts.size;
      continue;
    }
    const idPrefix = tables > 1 ? `${basename(file, extname(file))}-` : "";
    if (kind === "xlsx") {
      yield* workbookUnits(file, path, { ...o, idPrefix });
      // A workbook is read whole: counted once done, for the progress line.
      if (o.read) o.read.done += (await fileFacts(path)).size;
      continue;
    }
    const bytes = await fileBytes(file, path, o.lang);
    if (!(bytes instanceof Readable)) {
      yield [bytes];
      continue;
    }
    try {
      yield* csvUnits(counted(bytes, o.read), file, { ...o, idPrefix });
    } finally {
      bytes.destroy();
    }
  }
}
