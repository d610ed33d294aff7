// Participant ids made of a prefix and a number ("p000123", "2024-17", "42"), as exports and
// survey tools number people, each with a number of its own, at 4 bytes an id: no characters,
// no hash. An id is split, always the same way, into its form (everything before its last
// digits, and how many digits there are) and the number those digits spell; within one form,
// the number gives the id back, so two ids are equal exactly when form and number are: "p1",
// "p01" and "p001" are three forms, three people. The numbers of a form live in pages of
// consecutive numbers, made as numbers reach them.
// Memory stays bounded whatever ids come: a page is made only while the pages hold at most
// a few slots an id kept, and there are at most so many forms; an id with no room here is not kept, and
// its caller keeps it elsewhere (src/batch/id-set.ts). Every read of a page (`x[i]!`) is within it.
import { EMPTY } from "./hashed-ids.ts";

/** Ids of one form: `prefix`, then `width` digits. */
interface Form {
  prefix: string;
  width: number;
  /** Page number (the id's number >>> PAGE_BITS) → the numbers of its ids plus one, or 0. */
  pages: Map<number, Int32Array>;
}

const PAGE_BITS = 12;
const PAGE = 1 << PAGE_BITS;
/** Nine digits at most: every number fits in 31 bits. */
const MAX_WIDTH = 9;
/** Exports number people in a form or a few (widths growing with unpadded numbers). */
const MAX_FORMS = 32;
/** A form keeps its prefix: a short one. */
const MAX_PREFIX = 64;
/**
 * Slots made per id kept, at most (plus one page): 4 × 4 bytes, no more than an id costs in
 * the hashed store. Numbers read in order fill their pages; scattered ones are refused.
 */
const SLOTS_PER_ID = 4;

const ZERO = 48;
const NINE = 57;

export class NumberedIds {
  private readonly forms: Form[] = [];
  private pageCount = 0;
  private count = 0;
  /** The id last located: its form (null when it has none yet) and number. */
  private form: Form | null = null;
  private number = 0;
  private prefixLength = 0;
  private id = "";

  /** Slots made so far, in every page: what a flood would drive up. */
  get slots(): number {
    return this.pageCount * PAGE;
  }

  /**
   * Splits `id` for get and put; false when it does not end with 1 to 9 digits, and so is
   * not kept here.
   */
  locate(id: string): boolean {
    let start = id.length;
    // One digit past the most a form has is enough to refuse the id.
    while (start > 0 && id.length - start <= MAX_WIDTH) {
      const c = id.charCodeAt(start - 1);
      if (c < ZERO || c > NINE) break;
      start--;
    }
    const width = id.length - start;
    if (width === 0 || width > MAX_WIDTH) return false;
    let n = 0;
    for (let i = start; i < id.length; i++) n = n * 10 + (id.charCodeAt(i) - ZERO);
    this.number = n;
    this.prefixLength = start;
    this.id = id;
    this.form = this.formOf(id, start, width);
    return true;
  }

  /** The number kept with the id located; EMPTY when it is not here. */
  get(): number {
    const page = this.form?.pages.get(this.number >>> PAGE_BITS);
    return page === undefined ? EMPTY : page[this.number & (PAGE - 1)]! - 1;
  }

  /** Keeps the id located (not here yet) with `value` (0 or more); false when there is no room. */
  put(value: number): boolean {
    const form = this.form ?? this.newForm();
    if (form === null) return false;
    const key = this.number >>> PAGE_BITS;
    let page = form.pages.get(key);
    if (page === undefined) {
      if (this.pageCount * PAGE > SLOTS_PER_ID * this.count) return false;
      page = new Int32Array(PAGE);
      form.pages.set(key, page);
      this.pageCount++;
    }
    page[this.number & (PAGE - 1)] = value + 1;
    this.count++;
    return true;
  }

  private formOf(id: string, prefixLength: number, width: number): Form | null {
    const last = this.form;
    if (last && fits(last, id, prefixLength, width)) return last;
    for (const f of this.forms) if (fits(f, id, prefixLength, width)) return f;
    return null;
  }

  private newForm(): Form | null {
    if (this.forms.length === MAX_FORMS || this.prefixLength > MAX_PREFIX) return null;
    // Joined anew: a slice could hold on to the whole chunk of the file the id was read from.
    const prefix = this.id.slice(0, this.prefixLength).split("").join("");
    const form = { prefix, width: this.id.length - this.prefixLength, pages: new Map() };
    this.forms.push(form);
    this.form = form;
    return form;
  }
}

const fits = (f: Form, id: string, prefixLength: number, width: number): boolean =>
  f.width === width && f.prefix.length === prefixLength && id.startsWith(f.prefix);
