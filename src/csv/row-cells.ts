// The cells of one record, read in place. A plain line (scan.ts: CsvLine) is not cut into a
// string per cell: where its separators are is found once, and a cell of one character (a
// scale value, as most answers are) is looked at by its character code. A cell becomes a
// string only when one is needed: an id, a label, a cell to quote in a problem. A cell k has
// a start at k and an end at k + 1 (`starts[k + 1]!`).
import type { ScannedRecord } from "./scan.ts";

export class RowCells {
  private text = "";
  private cells: readonly string[] | null = null;
  /** Where cell k starts in `text`; the start of cell `count` is one past the end of the text. */
  private starts = new Int32Array(256);
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
    this.text = text;
    let starts = this.starts;
    let k = 0;
    let from = 0;
    for (;;) {
      if (k + 2 > starts.length) {
        const grown = new Int32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
        this.starts = grown;
      }
      starts[k++] = from;
      const at = text.indexOf(separator, from);
      if (at === -1) break;
      from = at + 1;
    }
    starts[k] = text.length + 1;
    this.count = k;
    return this;
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
    if (k >= this.count) return -1;
    const start = this.starts[k]!;
    return this.starts[k + 1]! - start === 2 ? this.text.charCodeAt(start) : -1;
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
