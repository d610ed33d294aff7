// The cells of one record, read in place. A plain line (scan.ts: CsvLine) is not cut into a
// string per cell: one pass over its characters finds where its cells start and, for a cell
// of one character (a scale value, as most answers are), its character code. A cell becomes
// a string only when one is needed: an id, a label, a cell to quote in a problem. A cell k
// has a start at k and an end at k + 1 (`starts[k + 1]!`).
import type { ScannedRecord } from "./scan.ts";

export class RowCells {
  private text = "";
  private cells: readonly string[] | null = null;
  /** Where cell k starts in `text`; the start of cell `count` is one past the end of the text. */
  private starts: Int32Array = new Int32Array(256);
  /** The character code of cell k when it is one character long, else −1 (plain lines). */
  private codes: Int32Array = new Int32Array(256);
  /** How many cells the record has. */
  count = 0;

  /** Reads `record`'s cells; the previous record's are forgotten. */
  of(record: ScannedRecord): this {
    if ("cells" in record) {
      this.cells = record.cells;
      this.count = record.cells.length;
      return this;
    }
    this.cells = null;
    const { text, separator } = record;
    const n = text.length;
    this.text = text;
    let { starts, codes } = this;
    const sep = separator.charCodeAt(0);
    // A loop over character codes: a call to indexOf per cell costs more than a cell of one
    // character.
    let k = 0;
    let from = 0;
    for (let i = 0; i < n; i++) {
      if (text.charCodeAt(i) !== sep) continue;
      // Room for this cell, the last one and the end.
      if (k + 3 > starts.length) ({ starts, codes } = this.grow());
      starts[k] = from;
      codes[k++] = i - from === 1 ? text.charCodeAt(from) : -1;
      from = i + 1;
    }
    starts[k] = from;
    codes[k++] = n - from === 1 ? text.charCodeAt(from) : -1;
    starts[k] = n + 1;
    this.count = k;
    return this;
  }

  private grow(): { starts: Int32Array; codes: Int32Array } {
    const starts = new Int32Array(this.starts.length * 2);
    const codes = new Int32Array(this.starts.length * 2);
    starts.set(this.starts);
    codes.set(this.codes);
    this.starts = starts;
    this.codes = codes;
    return { starts, codes };
  }

  /** Cell `k`; "" past the last cell. */
  cell(k: number): string {
    if (this.cells) return this.cells[k] ?? "";
    if (k >= this.count) return "";
    return this.text.slice(this.starts[k], this.starts[k + 1]! - 1);
  }

  /** The character code of cell `k` when it is one character long, else −1. */
  code(k: number): number {
    if (this.cells) {
      const cell = this.cells[k];
      return cell !== undefined && cell.length === 1 ? cell.charCodeAt(0) : -1;
    }
    return k < this.count ? this.codes[k]! : -1;
  }

  /**
   * The codes of the cells `columns` names, as `code` gives them, into `out`: one call a
   * row for a reader that looks every answer up by its code.
   */
  codesOf(columns: Int32Array, out: Int32Array): void {
    const n = columns.length;
    if (this.cells) {
      for (let c = 0; c < n; c++) out[c] = this.code(columns[c]!);
      return;
    }
    const { codes, count } = this;
    for (let c = 0; c < n; c++) {
      const k = columns[c]!;
      out[c] = k < count ? codes[k]! : -1;
    }
  }

  /** Every cell as a string. */
  all(): string[] {
    if (this.cells) return [...this.cells];
    return Array.from({ length: this.count }, (_, k) => this.cell(k));
  }

  /** True when every cell is empty or spaces. */
  blank(): boolean {
    if (this.cells) return this.cells.every((c) => c.trim() === "");
    // The separators aside, nothing but spaces: a letter or a digit first says no at once.
    const first = this.text.charCodeAt(0);
    if (first > 32 && first < 127 && this.starts[1] !== 1) return false;
    for (let k = 0; k < this.count; k++) if (this.cell(k).trim() !== "") return false;
    return true;
  }
}
