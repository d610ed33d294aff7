// The participants a batch has seen and where each was first seen, so that a second answer
// sheet of the same person says where the first one is. The ids go into an IdSet (compact at
// a million rows), which numbers them in the order they came. Their places are kept by runs,
// not an id at a time: inputs are read one after the other, and within a file each id's line
// is most often the previous one's plus one, so a run (the first id of a stretch of ids of one
// file whose lines run on with theirs) stands for a whole clean CSV. Its arrays are read only
// at the index of a run they hold (`x[k]!`).
import { grownBy } from "./hashed-ids.ts";
import { IdSet } from "./id-set.ts";

export interface Place {
  file: string;
  /** The CSV line; null for an answers file. */
  line: number | null;
}

export class FirstSeen {
  private readonly ids = new IdSet();
  private readonly files: string[] = [];
  private readonly fileNumbers = new Map<string, number>();
  /**
   * Per run: the number of its first id, its file's number, and the line of any of its ids
   * less that id's number (an id with no line has line 0: a run of its own, mostly).
   */
  private runStarts = new Int32Array(64);
  private runFiles = new Int32Array(64);
  private runShifts = new Int32Array(64);
  private runs = 0;

  /** Where `id` was first seen; undefined when it was not. */
  get(id: string): Place | undefined {
    const k = this.ids.indexOf(id);
    if (k === -1) return undefined;
    const r = this.runOf(k);
    const line = this.runShifts[r]! + k;
    return { file: this.files[this.runFiles[r]!] as string, line: line || null };
  }

  add(id: string, place: Place): void {
    if (!this.ids.add(id)) return;
    const k = this.ids.size - 1;
    let n = this.fileNumbers.get(place.file);
    if (n === undefined) {
      n = this.files.push(place.file) - 1;
      this.fileNumbers.set(place.file, n);
    }
    const shift = (place.line ?? 0) - k;
    const last = this.runs - 1;
    if (last >= 0 && this.runFiles[last] === n && this.runShifts[last] === shift) return;
    if (this.runs === this.runStarts.length) {
      this.runStarts = grownBy(this.runStarts, this.runs + 1);
      this.runFiles = grownBy(this.runFiles, this.runs + 1);
      this.runShifts = grownBy(this.runShifts, this.runs + 1);
    }
    this.runStarts[this.runs] = k;
    this.runFiles[this.runs] = n;
    this.runShifts[this.runs] = shift;
    this.runs++;
  }

  /** The run of id number `k`: the last one starting at or before it. */
  private runOf(k: number): number {
    let lo = 0;
    let hi = this.runs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runStarts[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
