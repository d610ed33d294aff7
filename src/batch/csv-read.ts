// CSV bytes to records, streamed, each with the line it starts on. The separator is found
// on the first line (or given by Excel's `sep=;` line). csv-parse stops for good at a
// quote that is never closed, and everything after it would be lost without a word: the
// physical lines are counted here, so the caller can say which lines were not read.
import { type CsvError, type Parser, parse } from "csv-parse";
import { StreamDecoder } from "./decode.ts";

export interface CsvRecord {
  cells: string[];
  /** The line the record starts on (a quoted cell may span several lines). */
  line: number;
}

export type Separator = "," | ";" | "\t";

/** What happened to the file as a whole, filled in while the records are read. */
export interface CsvOutcome {
  separator: Separator;
  encoding: StreamDecoder["encoding"];
  /** Physical lines in the file. */
  lines: number;
  /** Lines that could not be read because the file is cut short. */
  cut: { from: number; to: number; reason: "quote" | "size" } | null;
}

/** The longest record accepted: an unclosed quote must not swallow a whole file into memory. */
export const MAX_RECORD_BYTES = 1024 * 1024;

const SEPARATORS: Separator[] = [",", ";", "\t"];
const SEP_LINE = /^"?sep=([,;\t])"?\r?$/i;

/** The separator used most often outside quotes on the first line; a comma when none is. */
export function detectSeparator(firstLine: string): Separator {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Separator = ",";
  for (const s of SEPARATORS) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s;
  return best;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

export function newOutcome(): CsvOutcome {
  return { separator: ",", encoding: "utf-8", lines: 0, cut: null };
}

/** The records of a CSV stream; empty lines are skipped. `outcome` is complete once iteration ends. */
export async function* csvRecords(
  source: AsyncIterable<Uint8Array>,
  outcome: CsvOutcome,
): AsyncGenerator<CsvRecord> {
  const decoder = new StreamDecoder();
  const queue: CsvRecord[] = [];
  let parser: Parser | null = null;
  let failure: CsvError | null = null;
  let head = "";
  let offset = 0;
  let previousEnd = 0;
  let newlines = 0;
  let endsWithNewline = true;

  const start = (text: string): string => {
    const firstBreak = text.indexOf("\n");
    const first = firstBreak === -1 ? text : text.slice(0, firstBreak);
    const sep = SEP_LINE.exec(first);
    let rest = text;
    if (sep) {
      outcome.separator = sep[1] as Separator;
      offset = 1;
      previousEnd = 1;
      rest = firstBreak === -1 ? "" : text.slice(firstBreak + 1);
    } else outcome.separator = detectSeparator(first);
    parser = parse({
      delimiter: outcome.separator,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: MAX_RECORD_BYTES,
      on_record: (cells: string[], ctx) => {
        const end = ctx.lines + offset;
        if (!(cells.length === 1 && cells[0] === "")) queue.push({ cells, line: previousEnd + 1 });
        previousEnd = end;
        return null;
      },
    });
    parser.on("error", (e: CsvError) => {
      failure ??= e;
    });
    parser.resume();
    return rest;
  };

  const feed = (text: string) =>
    new Promise<void>((resolve) => {
      if (!parser || failure || text === "") return resolve();
      parser.write(text, () => resolve());
    });

  const take = (text: string) => {
    newlines += countNewlines(text);
    if (text !== "") endsWithNewline = text.endsWith("\n");
  };

  for await (const chunk of source) {
    const text = decoder.decode(chunk);
    outcome.encoding = decoder.encoding;
    take(text);
    if (failure) continue;
    if (!parser) {
      head += text;
      // The first line decides the separator; wait for it (or for enough text).
      if (!head.includes("\n") && head.length < 65536) continue;
      await feed(start(head));
      head = "";
    } else await feed(text);
    yield* queue.splice(0);
  }
  const last = decoder.end();
  take(last);
  if (!parser) {
    const rest = start(head + last);
    await feed(rest);
  } else await feed(last);
  if (!failure && parser) {
    const p = parser as Parser;
    await new Promise<void>((resolve) => {
      p.once("error", () => resolve());
      p.end(() => resolve());
    });
  }
  yield* queue.splice(0);
  outcome.encoding = decoder.encoding;
  outcome.lines = newlines + (endsWithNewline ? 0 : 1);
  if (failure) {
    const code = (failure as CsvError).code;
    outcome.cut = {
      from: Math.min(previousEnd + 1, outcome.lines),
      to: outcome.lines,
      reason: code === "CSV_MAX_RECORD_SIZE" ? "size" : "quote",
    };
  }
}
