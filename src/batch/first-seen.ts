// The participants a batch has seen and where each was first seen, so that a second answer
// sheet of the same person says where the first one is. The ids go into an IdSet (compact at
// a million rows); each id's line is one number, and its file is found from the runs of ids
// read from each file (inputs are read one after the other: a run a file, not a number an id).
// Its arrays are read only at the index of an id or a run they hold (`x[k]!`).
import { grownBy, IdSet } from "./id-set.ts";

export interface Place {
  file: string;
  /** The CSV line; null for an answers file. */
  line: number | null;
}

export class FirstSeen {
  private readonly ids = new IdSet();
  private readonly files: string[] = [];
  /** The number of the first id of each run of ids from one file, and that file's number. */
  private readonly runStarts: number[] = [];
  private readonly runFiles: number[] = [];
  private readonly fileNumbers = new Map<string, number>();
  /** Per id: its line (0 for none). */
  private lines = new Int32Array(1024);

  /** Where `id` was first seen; undefined when it was not. */
  get(id: string): Place | undefined {
    const k = this.ids.indexOf(id);
    if (k === -1) return undefined;
    const line = this.lines[k]!;
    return { file: this.files[this.fileOf(k)] as string, line: line || null };
  }

  add(id: string, place: Place): void {
    if (!this.ids.add(id)) return;
    const k = this.ids.size - 1;
    if (k >= this.lines.length) this.lines = grownBy(this.lines, k + 1);
    let n = this.fileNumbers.get(place.file);
    if (n === undefined) {
      n = this.files.push(place.file) - 1;
      this.fileNumbers.set(place.file, n);
    }
    if (this.runFiles.at(-1) !== n) {
      this.runStarts.push(k);
      this.runFiles.push(n);
    }
    this.lines[k] = place.line ?? 0;
  }

  /** The file of id number `k`: the last run starting at or before it. */
  private fileOf(k: number): number {
    let lo = 0;
    let hi = this.runStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runStarts[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return this.runFiles[lo]!;
  }
}
