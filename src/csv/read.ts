// CSV bytes to records, streamed, each with the line it starts on. The separator is found
// on the first lines (or given by Excel's `sep=;` line); the bytes are decoded as they come.

import { StreamDecoder } from "./decode.ts";
import {
  type CsvCut,
  type CsvLine,
  type CsvRecord,
  CsvScanner,
  type ScannedRecord,
} from "./scan.ts";

export type { CsvLine, CsvRecord, ScannedRecord };

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
/**
 * How far past the limit a record too long is followed, looking for its end: further, the
 * rest of the file is not read (an unclosed quote before a huge file, or an endless device).
 */
export const MAX_SKIP_LENGTH = 16 * MAX_RECORD_LENGTH;

/** Tie-breaking order of separators. */
const PREFERENCE: Separator[] = ["\t", ";", ","];
const SEP_LINE = /^"?sep=([,;\t])"?\r?$/i;
const HEAD_MAX = 65536;
/**
 * The most records a run holds: a chunk is read whole (standard input kept in memory for
 * --keep is one chunk), and a reader keeps a run's rows alive until it hands the run on.
 */
const MAX_RUN = 1024;

/** The records of one chunk, in runs of at most MAX_RUN. */
function* runs(records: ScannedRecord[]): Generator<ScannedRecord[]> {
  if (records.length <= MAX_RUN) yield records;
  else for (let i = 0; i < records.length; i += MAX_RUN) yield records.slice(i, i + MAX_RUN);
}
const HEAD_LINES = 20;

/**
 * Records of a text, split at line breaks outside quotes; quoted parts left out. The text
 * between two special characters is taken whole: a string grown a character at a time
 * costs a wide header (hundreds of columns) milliseconds before its first row is read.
 */
function unquotedRecords(text: string, max: number): string[] {
  const records: string[] = [];
  let current = "";
  let quoted = false;
  /** Where the text not yet taken starts. */
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (!quoted) current += text.slice(from, i);
      quoted = !quoted;
      from = i + 1;
    } else if (!quoted && (c === 10 || c === 13)) {
      current += text.slice(from, i);
      from = i + 1;
      if (current !== "") records.push(current);
      current = "";
      if (records.length >= max) return records;
    }
  }
  if (!quoted) current += text.slice(from);
  if (current !== "") records.push(current);
  return records;
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

/**
 * The separator of the first records: the one that gives every record the same number of
 * cells, else the one used most on the first line. A question text holds commas more often
 * than semicolons or tabs, so a tie goes to tab, then semicolon.
 */
export function detectSeparator(head: string): Separator {
  const records = unquotedRecords(head, 20);
  const first = records[0] ?? "";
  const ranked = [...PREFERENCE].sort((a, b) => count(first, b) - count(first, a));
  const consistent = ranked.find((s) => {
    const n = count(first, s);
    return n > 0 && records.length > 1 && records.every((r) => count(r, s) === n);
  });
  const best = consistent ?? ranked[0] ?? ",";
  return count(first, best) > 0 ? best : ",";
}

export function newOutcome(): CsvOutcome {
  return { separator: ",", encoding: "utf-8", lines: 0, cut: null };
}

/** The records of a CSV stream; empty lines are skipped. `outcome` is complete once iteration ends. */
export async function* csvRecords(
  source: AsyncIterable<Uint8Array>,
  outcome: CsvOutcome,
): AsyncGenerator<CsvRecord> {
  for await (const run of scanned(source, outcome, false)) yield* run as CsvRecord[];
}

/**
 * The same records in runs, one for each chunk of input read, the plain lines among them
 * left whole (CsvLine): for a reader that takes their cells in place (row-cells.ts) and
 * hands its rows on a run at a time, a step of the async machinery per record costing more
 * than the record.
 */
export function csvLineRuns(
  source: AsyncIterable<Uint8Array>,
  outcome: CsvOutcome,
): AsyncGenerator<ScannedRecord[]> {
  return scanned(source, outcome, true);
}

async function* scanned(
  source: AsyncIterable<Uint8Array>,
  outcome: CsvOutcome,
  keepLines: boolean,
): AsyncGenerator<ScannedRecord[]> {
  const decoder = new StreamDecoder();
  let out: ScannedRecord[] = [];
  let scanner: CsvScanner | null = null;
  let head = "";
  let skipLine = false;

  // The first lines decide the separator.
  const begin = (text: string): CsvScanner => {
    const firstBreak = text.search(/[\r\n]/);
    const first = firstBreak === -1 ? text : text.slice(0, firstBreak);
    const sep = SEP_LINE.exec(first);
    outcome.separator = sep ? (sep[1] as Separator) : detectSeparator(text);
    skipLine = sep !== null;
    return new CsvScanner(outcome.separator, MAX_RECORD_LENGTH, MAX_SKIP_LENGTH, keepLines);
  };

  for await (const chunk of source) {
    const text = decoder.decode(chunk);
    outcome.encoding = decoder.encoding;
    if (!scanner) {
      head += text;
      if (count(head, "\n") < HEAD_LINES && head.length < HEAD_MAX) continue;
      scanner = begin(head);
      scanner.push(head, out);
      head = "";
    } else scanner.push(text, out);
    if (skipLine && out.length > 0) {
      out.shift();
      skipLine = false;
    }
    if (out.length > 0) {
      yield* runs(out);
      out = [];
    }
    // A record going on past the skip limit: the rest of the file is not read.
    if (scanner?.cut) break;
  }
  const s = scanner ?? begin(head);
  if (!s.cut) {
    const last = decoder.end();
    outcome.encoding = decoder.encoding;
    s.push(scanner ? last : head + last, out);
    s.end(out);
  }
  if (skipLine && out.length > 0) out.shift();
  // Complete before the last run is handed on: its reader may end the file on it.
  outcome.lines = s.lines;
  outcome.cut = s.cut ? { ...s.cut, to: s.lines } : null;
  if (out.length > 0) yield* runs(out);
}
