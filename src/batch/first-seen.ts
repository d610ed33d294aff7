// The participants a batch has seen and where each was first seen, so that a second answer
// sheet of the same person says where the first one is. The ids go into an IdSet (compact at
// a million rows); the places are two numbers an id, the file names kept once each.
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
  /** Per id: its file's number, then its line (0 for none). */
  private places = new Int32Array(2048);

  /** Where `id` was first seen; undefined when it was not. */
  get(id: string): Place | undefined {
    const k = this.ids.indexOf(id);
    if (k === -1) return undefined;
    const line = this.places[2 * k + 1] as number;
    return { file: this.files[this.places[2 * k] as number] as string, line: line || null };
  }

  add(id: string, place: Place): void {
    if (!this.ids.add(id)) return;
    const k = this.ids.size - 1;
    if (2 * k + 1 >= this.places.length) {
      const grown = new Int32Array(this.places.length * 2);
      grown.set(this.places);
      this.places = grown;
    }
    let n = this.fileNumbers.get(place.file);
    if (n === undefined) {
      n = this.files.push(place.file) - 1;
      this.fileNumbers.set(place.file, n);
    }
    this.places[2 * k] = n;
    this.places[2 * k + 1] = place.line ?? 0;
  }
}
