// The participant ids a batch has seen, to refuse a second answer sheet of the same person,
// each with its number (0 for the first id added, and so on). At a million rows the ids are
// most of what a batch keeps, so they are kept compactly: ids of a prefix and a number
// ("p000123") at 4 bytes each (numbered-ids.ts), any other id, or a numbered one with no room
// there, with its characters under a keyed hash (hashed-ids.ts). Membership is exact in both;
// an id is looked for in the hashed store too whenever a numbered one was ever put there.
import { EMPTY, HashedIds } from "./hashed-ids.ts";
import { NumberedIds } from "./numbered-ids.ts";

export class IdSet {
  private readonly numbered = new NumberedIds();
  private readonly hashed = new HashedIds();
  /** Numbered ids kept in the hashed store. */
  private spilled = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Slots of the hashed store looked at so far: what a flood of colliding ids would drive up. */
  get probes(): number {
    return this.hashed.probes;
  }

  /** Adds `id`; false when it was already there. */
  add(id: string): boolean {
    const k = this.count;
    if (this.numbered.locate(id)) {
      if (this.numbered.get() !== EMPTY) return false;
      if (this.spilled > 0 && this.hashed.get(id) !== EMPTY) return false;
      if (!this.numbered.put(k)) {
        this.hashed.add(id, k);
        this.spilled++;
      }
    } else if (!this.hashed.add(id, k)) return false;
    this.count++;
    return true;
  }

  has(id: string): boolean {
    return this.indexOf(id) !== EMPTY;
  }

  /** The number of `id` (0 for the first id added, and so on); -1 when it is not there. */
  indexOf(id: string): number {
    if (this.numbered.locate(id)) {
      const k = this.numbered.get();
      if (k !== EMPTY || this.spilled === 0) return k;
    }
    return this.hashed.get(id);
  }
}
