// An RFC 4180 CSV scanner that knows where it is: every record carries the physical line it
// starts on, whatever the line endings (CRLF inside a quoted cell included), and a quote
// that is never closed is noticed with the line it opened on, not silently swallowing the
// rest of the file. Quotes inside an unquoted cell are text, as spreadsheets write them.
// Text arrives in chunks; the scanner steps from one special character to the next (a loop
// on character codes: most cells are a character or two, where a regular expression per
// cell would cost more than the cell).

export interface CsvRecord {
  cells: string[];
  /** The line the record starts on (a quoted cell may span several lines). */
  line: number;
}

export interface CsvCut {
  /** The line of the record that could not be finished. */
  from: number;
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
  private size = 0;
  private carry = "";
  private line = 1;
  private start = 1;
  private endsWithBreak = true;
  private readonly sep: number;
  cut: CsvCut | null = null;

  constructor(
    private readonly separator: string,
    private readonly maxRecord: number,
  ) {
    this.sep = separator.charCodeAt(0);
  }

  /** Physical lines read so far (all of them once `end` was called). */
  get lines(): number {
    return this.endsWithBreak ? this.line - 1 : this.line;
  }

  /** Scans a chunk; finished records are appended to `out`. */
  push(chunk: string, out: CsvRecord[]): void {
    const text = this.carry + chunk;
    this.carry = "";
    if (text === "") return;
    // A CR may be followed by LF, a quote by another quote: a final CR, or the whole final
    // run of quotes (its last one may pair with the next chunk's first), waits for more.
    let keep = text.length;
    if (text[keep - 1] === "\r") keep--;
    else while (keep > 0 && text[keep - 1] === '"') keep--;
    this.carry = text.slice(keep);
    this.scan(text.slice(0, keep), out);
  }

  end(out: CsvRecord[]): void {
    const text = this.carry;
    this.carry = "";
    this.scan(text, out);
    if (this.cut) return;
    if (this.quoted) this.cut = { from: this.start, reason: "quote" };
    else if (this.started || this.cells.length > 0) this.finishRecord(out);
  }

  private scan(text: string, out: CsvRecord[]): void {
    if (text === "") return;
    this.endsWithBreak = /[\r\n]$/.test(text);
    if (this.cut) {
      this.line += breaks(text);
      return;
    }
    const n = text.length;
    let i = 0;
    // Where the next quote and the next CR are, looked for once, not once a line.
    let quote = -2;
    let cr = -2;
    while (i < n) {
      if (!this.quoted && !this.started && this.cells.length === 0 && this.field === "") {
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
          if (end > i)
            out.push({ cells: text.slice(i, end).split(this.separator), line: this.line });
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
        if (text[q + 1] === '"') {
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
        const found = j < n;
        if (j > i) {
          this.take(text.slice(i, j), false);
          this.started = true;
        }
        if (!found) break;
        const ch = text[j];
        i = j + 1;
        if (ch === this.separator) {
          this.cells.push(this.field);
          this.field = "";
          this.started = false;
        } else if (ch === '"') {
          if (this.started) this.take('"', false);
          else this.quoted = true;
          this.started = true;
        } else {
          if (ch === "\r" && text[i] === "\n") i++;
          this.finishRecord(out);
          this.line++;
          this.start = this.line;
        }
      }
      if (this.size > this.maxRecord) {
        this.cut = { from: this.start, reason: "size" };
        this.line += breaks(text.slice(i));
        return;
      }
    }
  }

  /** Adds text to the current cell; text inside quotes may hold line breaks. */
  private take(text: string, quoted: boolean): void {
    this.field += text;
    this.size += text.length;
    if (quoted) this.line += breaks(text);
  }

  private finishRecord(out: CsvRecord[]): void {
    this.cells.push(this.field);
    const cells = this.cells;
    if (!(cells.length === 1 && cells[0] === "")) out.push({ cells, line: this.start });
    this.cells = [];
    this.field = "";
    this.started = false;
    this.size = 0;
  }
}
