// CSV bytes to records, streamed, each with the line it starts on. The separator is found
// on the first line (or given by Excel's `sep=;` line); the bytes are decoded as they come.
import { type CsvCut, type CsvRecord, CsvScanner } from "./csv-scan.ts";
import { StreamDecoder } from "./decode.ts";

export type { CsvRecord };

export type Separator = "," | ";" | "\t";

/** What happened to the file as a whole, filled in while the records are read. */
export interface CsvOutcome {
  separator: Separator;
  encoding: StreamDecoder["encoding"];
  /** Physical lines in the file. */
  lines: number;
  /** Lines that could not be read because the file is cut short. */
  cut: (CsvCut & { to: number }) | null;
}

/** The longest record accepted, in characters: an unclosed quote must not take a whole file into memory. */
export const MAX_RECORD_LENGTH = 1024 * 1024;

const SEPARATORS: Separator[] = [",", ";", "\t"];
const SEP_LINE = /^"?sep=([,;\t])"?\r?$/i;
const HEAD_MAX = 65536;

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

export function newOutcome(): CsvOutcome {
  return { separator: ",", encoding: "utf-8", lines: 0, cut: null };
}

/** The records of a CSV stream; empty lines are skipped. `outcome` is complete once iteration ends. */
export async function* csvRecords(
  source: AsyncIterable<Uint8Array>,
  outcome: CsvOutcome,
): AsyncGenerator<CsvRecord> {
  const decoder = new StreamDecoder();
  const out: CsvRecord[] = [];
  let scanner: CsvScanner | null = null;
  let head = "";
  let skipLine = false;

  // The first line decides the separator.
  const begin = (text: string): CsvScanner => {
    const firstBreak = text.search(/[\r\n]/);
    const first = firstBreak === -1 ? text : text.slice(0, firstBreak);
    const sep = SEP_LINE.exec(first);
    outcome.separator = sep ? (sep[1] as Separator) : detectSeparator(first);
    skipLine = sep !== null;
    return new CsvScanner(outcome.separator, MAX_RECORD_LENGTH);
  };

  for await (const chunk of source) {
    const text = decoder.decode(chunk);
    outcome.encoding = decoder.encoding;
    if (!scanner) {
      head += text;
      if (!/[\r\n]/.test(head) && head.length < HEAD_MAX) continue;
      scanner = begin(head);
      scanner.push(head, out);
      head = "";
    } else scanner.push(text, out);
    if (skipLine && out.length > 0) {
      out.shift();
      skipLine = false;
    }
    yield* out.splice(0);
  }
  const last = decoder.end();
  outcome.encoding = decoder.encoding;
  const s = scanner ?? begin(head);
  s.push(scanner ? last : head + last, out);
  s.end(out);
  if (skipLine && out.length > 0) out.shift();
  yield* out.splice(0);
  outcome.lines = s.lines;
  outcome.cut = s.cut ? { ...s.cut, to: s.lines } : null;
}
