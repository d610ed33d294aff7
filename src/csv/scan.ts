// An RFC 4180 CSV scanner that knows where it is: every record carries the physical line it
// starts on, whatever the line endings (CRLF inside a quoted cell included), and a quote
// that is never closed is noticed with the line it opened on, not silently swallowing the
// rest of the file. Quotes inside an unquoted cell are text, as spreadsheets write them.
// Text arrives in chunks; the scanner steps from one special character to the next (a loop
// on character codes: most cells are a character or two, where a regular expression per
// cell would cost more than the cell). A reader that takes cells in place may ask for plain
// lines whole (CsvLine), not cut into a string per cell.
// A record is at most `maxRecord` characters, however many chunks it spans: a longer one is
// no longer kept, only followed to its end, and reported at its line as too long. One that
// goes on for `maxSkip` characters more (an unclosed quote before a huge file, a device that
// never ends) stops the reading there.

export interface CsvRecord {
  cells: string[];
  /** The line the record starts on (a quoted cell may span several lines). */
  line: number;
  /** Longer than the limit: its cells were not kept. */
  tooLong?: true;
}

/**
 * A record on one physical line with neither quotes nor a lone CR, as most are, kept as its
 * text: its cells are what lies between separators, cut out only when asked for (row-cells.ts).
 */
export interface CsvLine {
  text: string;
  line: number;
  separator: string;
}

/** What a scanner set to keep plain lines whole hands over. */
export type ScannedRecord = CsvRecord | CsvLine;

export interface CsvCut {
  /** The line of the record that could not be finished. */
  from: number;
  /** A quote never closed at the end of the file; a record still going on past the skip limit. */
  reason: "quote" | "size";
}

/** Line breaks in a text outside any quote: CRLF, LF, or a lone CR. */
function breaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvScanner {
  private cells: string[] = [];
  private field = "";
  /** The current cell has begun (a quote now is text, not an opening quote). */
  private started = false;
  private quoted = false;
  /** Characters of the current record, separators included. */
  private size = 0;
  /** The current record is over the limit: followed to its end, not kept. */
  private dropping = false;
  /** A quote ended the last chunk inside a quoted cell: it closes the cell or, doubled, is text. */
  private quoteAtEnd = false;
  private carry = "";
  private line = 1;
  private start = 1;
  private endsWithBreak = true;
  private readonly sep: number;
  cut: CsvCut | null = null;

  constructor(
    private readonly separator: string,
    private readonly maxRecord: number,
    private readonly maxSkip: number = 16 * maxRecord,
    /** Hand plain lines over as CsvLine, uncut. */
    private readonly keepLines = false,
  ) {
    this.sep = separator.charCodeAt(0);
  }

  /** Physical lines read so far (all of them once `end` was called). */
  get lines(): number {
    return this.endsWithBreak ? this.line - 1 : this.line;
  }

  /** Scans a chunk; finished records are appended to `out`. Nothing more once `cut` is set. */
  push(chunk: string, out: ScannedRecord[]): void {
    if (this.cut) return;
    const text = this.carry + chunk;
    this.carry = "";
    if (text === "") return;
    // A CR may be followed by LF: a final CR waits for the next chunk.
    const keep = text.charCodeAt(text.length - 1) === CR ? text.length - 1 : text.length;
    this.carry = text.slice(keep);
    this.scan(text.slice(0, keep), out);
  }

  end(out: ScannedRecord[]): void {
    if (this.cut) return;
    const text = this.carry;
    this.carry = "";
    this.scan(text, out);
    if (this.cut) return;
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      this.quoted = false;
    }
    if (this.quoted) this.cut = { from: this.start, reason: "quote" };
    else if (this.started || this.cells.length > 0 || this.dropping) this.finishRecord(out);
  }

  private scan(text: string, out: ScannedRecord[]): void {
    if (text === "") return;
    const lastChar = text.charCodeAt(text.length - 1);
    this.endsWithBreak = lastChar === LF || lastChar === CR;
    const n = text.length;
    let i = 0;
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      if (text.charCodeAt(0) === QUOTE) {
        this.take('"', false);
        i = 1;
      } else this.quoted = false;
    }
    // Where the next quote and the next CR are, looked for once, not once a line.
    let quote = -2;
    let cr = -2;
    while (i < n && !this.cut) {
      if (
        !this.quoted &&
        !this.started &&
        !this.dropping &&
        this.cells.length === 0 &&
        this.field === ""
      ) {
        // A whole line without quotes nor a lone CR, as most lines are: its cells are what
        // lies between separators.
        const lf = text.indexOf("\n", i);
        if (quote !== -1 && quote < i) quote = text.indexOf('"', i);
        if (cr !== -1 && cr < i) cr = text.indexOf("\r", i);
        const end = lf > i && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
        const plain =
          lf !== -1 &&
          (quote === -1 || quote > lf) &&
          (cr === -1 || cr >= end) &&
          end - i <= this.maxRecord;
        if (plain) {
          if (end > i) {
            const line = text.slice(i, end);
            out.push(
              this.keepLines
                ? { text: line, line: this.line, separator: this.separator }
                : { cells: line.split(this.separator), line: this.line },
            );
          }
          this.line++;
          this.start = this.line;
          i = lf + 1;
          continue;
        }
      }
      if (this.quoted) {
        const q = text.indexOf('"', i);
        const end = q === -1 ? n : q;
        this.take(text.slice(i, end), true);
        if (q === -1) break;
        if (q + 1 === n) {
          // Closing, or the first of two: the next chunk tells.
          this.quoteAtEnd = true;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          this.take('"', false);
          i = q + 2;
        } else {
          this.quoted = false;
          i = q + 1;
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === this.sep || c === QUOTE || c === LF || c === CR) break;
          j++;
        }
        if (j > i) {
          this.take(text.slice(i, j), false);
          this.started = true;
        }
        if (j === n) break;
        const c = text.charCodeAt(j);
        i = j + 1;
        if (c === this.sep) {
          if (!this.dropping) this.cells.push(this.field);
          this.field = "";
          this.started = false;
          this.grow(1);
        } else if (c === QUOTE) {
          if (this.started) this.take('"', false);
          else this.quoted = true;
          this.started = true;
        } else {
          if (c === CR && text.charCodeAt(i) === LF) i++;
          this.finishRecord(out);
          this.line++;
          this.start = this.line;
        }
      }
    }
  }

  /** Adds text to the current cell; text inside quotes may hold line breaks. */
  private take(text: string, quoted: boolean): void {
    if (quoted) this.line += breaks(text);
    if (!this.dropping) this.field += text;
    this.grow(text.length);
  }

  /** Counts characters of the current record: past the limit it is dropped, past the skip cut. */
  private grow(n: number): void {
    this.size += n;
    if (this.dropping) {
      if (this.size > this.maxRecord + this.maxSkip)
        this.cut = { from: this.start, reason: "size" };
    } else if (this.size > this.maxRecord) {
      this.dropping = true;
      this.cells = [];
      this.field = "";
    }
  }

  private finishRecord(out: ScannedRecord[]): void {
    if (this.dropping) out.push({ cells: [], line: this.start, tooLong: true });
    else {
      this.cells.push(this.field);
      const cells = this.cells;
      if (!(cells.length === 1 && cells[0] === "")) out.push({ cells, line: this.start });
    }
    this.cells = [];
    this.field = "";
    this.started = false;
    this.dropping = false;
    this.size = 0;
  }
}
