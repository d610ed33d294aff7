// What a CSV cell means for one item: a scale number, an option value, or a label text in
// any of the questionnaire's languages, as Google Forms and Microsoft Forms export them.
// The tables are built once per questionnaire, never per row.

import { unInert } from "../csv/formula.ts";
import {
  allowsNotApplicable,
  DEFAULT_NOT_APPLICABLE_LABEL,
  isBestWorst,
  NOT_APPLICABLE,
  notApplicableLabel,
} from "../model/kinds.ts";
import type { Model } from "../model/model.ts";
import type { AnswerValue, Item, Text } from "../model/types.ts";

/** A header or a cell as compared: case, spacing, typographic quotes and end punctuation ignored. */
export function normalizeLabel(text: string): string {
  const spaced = unInert(text.trim())
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ");
  return withoutEndPunctuation(spaced).trim();
}

const END_PUNCTUATION = " .:?!*";

/**
 * The text without its final run of spaces and end punctuation. A loop from the end: the
 * pattern /[\s.:?!*]+$/ would try every start in a long run of dots, in quadratic time.
 */
function withoutEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && END_PUNCTUATION.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/**
 * A label as compared when nothing matched as written: without accents or apostrophes, so
 * "J'écoute" typed as "j ecoute" is found.
 */
export const foldLabel = (text: string): string => foldNormalized(normalizeLabel(text));

const foldNormalized = (normal: string): string =>
  normal
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/'/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Every language version of a text. */
export function allTexts(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === "string" ? [text] : Object.values(text);
}

/** A lookup that knows when two entries claim the same key. */
export class Lookup<V> {
  private readonly map = new Map<string, V | typeof AMBIGUOUS>();

  add(key: string, value: V, same: (a: V, b: V) => boolean = Object.is): void {
    if (key === "") return;
    const old = this.map.get(key);
    if (old === undefined) this.map.set(key, value);
    else if (old !== AMBIGUOUS && !same(old, value)) this.map.set(key, AMBIGUOUS);
  }

  /** The value, AMBIGUOUS when several entries share the key, undefined when none has it. */
  get(key: string): V | typeof AMBIGUOUS | undefined {
    return this.map.get(key);
  }
}

export const AMBIGUOUS: unique symbol = Symbol("ambiguous");

/**
 * Labels looked up as written (case, spacing and end punctuation aside), then without their
 * accents: a label typed without accents is found unless two labels differ only by them.
 */
class Labels<V> {
  private readonly normal = new Lookup<V>();
  private readonly folded = new Lookup<V>();

  add(label: string, value: V): void {
    this.normal.add(normalizeLabel(label), value);
    this.folded.add(foldLabel(label), value);
  }

  get(text: string): V | undefined {
    const normal = normalizeLabel(text);
    return pick(this.normal.get(normal)) ?? pick(this.folded.get(foldNormalized(normal)));
  }
}

/** A cell's answer; null for an empty cell, undefined when the cell means nothing for the item. */
export type CellReader = (cell: string) => AnswerValue | null | undefined;

function pick<V>(found: V | typeof AMBIGUOUS | undefined): V | undefined {
  return found === AMBIGUOUS ? undefined : found;
}

/** The answers a likert reader gives a one-character cell, by its character code. */
const oneCharacter = new WeakMap<CellReader, readonly (number | undefined)[]>();

/**
 * What `read` gives a cell of one character, by its character code, when it is sure to be a
 * scale value (a likert item that takes no "does not apply"): a reader of a row in place
 * looks the code up without making the cell a string. Undefined for a code the table does
 * not hold, and for other readers: then read the cell.
 */
export const oneCharacterAnswers = (
  read: CellReader,
): readonly (number | undefined)[] | undefined => oneCharacter.get(read);

function likertReader(model: Model, item: Item & { type: "likert" }): CellReader {
  const scale = model.file.scales[item.scale];
  const exact = new Map<string, number>();
  const labels = new Labels<number>();
  for (const p of scale?.points ?? []) {
    exact.set(String(p.value), p.value);
    for (const label of allTexts(p.label)) labels.add(label, p.value);
  }
  // Most cells are one digit: looked up by character code, before any string work.
  const digits: (number | undefined)[] = [];
  for (const [key, value] of exact) if (key.length === 1) digits[key.charCodeAt(0)] = value;
  const read: CellReader = (cell) => {
    const digit = cell.length === 1 ? digits[cell.charCodeAt(0)] : undefined;
    if (digit !== undefined) return digit;
    const text = cell.trim();
    if (text === "") return null;
    const direct = exact.get(text);
    if (direct !== undefined) return direct;
    const n = Number(text.replace(",", "."));
    if (text !== "" && Number.isFinite(n) && exact.has(String(n))) return n;
    return labels.get(text);
  };
  oneCharacter.set(read, digits);
  return read;
}

interface OptionTable {
  values: Lookup<string>;
  labels: Labels<string>;
}

function optionTable(item: Item & { options: { value: string; label: Text }[] }): OptionTable {
  const values = new Lookup<string>();
  const labels = new Labels<string>();
  for (const o of item.options) values.add(o.value, o.value);
  for (const o of item.options) {
    labels.add(o.value, o.value);
    for (const label of allTexts(o.label)) labels.add(label, o.value);
  }
  return { values, labels };
}

function optionOf(table: OptionTable, text: string): string | undefined {
  return pick(table.values.get(text)) ?? table.labels.get(text);
}

function choiceReader(item: Item & { options: { value: string; label: Text }[] }): CellReader {
  const table = optionTable(item);
  return (cell) => {
    const text = cell.trim();
    return text === "" ? null : optionOf(table, text);
  };
}

/**
 * Several options in one cell: Google Forms joins them with ", ", Microsoft Forms with ";".
 * Labels may themselves hold commas, so the longest run of pieces that names an option wins.
 */
function multiReader(item: Item & { type: "multi" }): CellReader {
  const table = optionTable(item);
  const most = mostSeparators(item);
  return (cell) => {
    const text = cell.trim();
    if (text === "") return null;
    const whole = optionOf(table, text);
    if (whole !== undefined) return [whole];
    const pieces = text.split(/([;,])/);
    const chosen: string[] = [];
    let i = 0;
    while (i < pieces.length) {
      if ((pieces[i] as string).trim() === "") {
        i += 2;
        continue;
      }
      let found: string | undefined;
      // A run names an option only if it holds no more separators than the option's text:
      // a bounded number of tries a piece, whatever the length of the cell.
      const last = Math.min(pieces.length - 1, i + 2 * most);
      for (let j = last; j >= i && found === undefined; j -= 2) {
        found = optionOf(
          table,
          pieces
            .slice(i, j + 1)
            .join("")
            .trim(),
        );
        if (found !== undefined) i = j + 2;
      }
      if (found === undefined) return undefined;
      if (!chosen.includes(found)) chosen.push(found);
    }
    return chosen;
  };
}

/**
 * The most separators an option's value or label holds, as written or normalised (a
 * fullwidth comma becomes a comma). Normalising never removes a comma or a semicolon, so a
 * run holding more of them than that names no option.
 */
function mostSeparators(item: Item & { options: { value: string; label: Text }[] }): number {
  let most = 0;
  for (const o of item.options)
    for (const text of [o.value, ...allTexts(o.label)])
      for (const form of [text, normalizeLabel(text)])
        most = Math.max(most, form.split(/[;,]/).length - 1);
  return most;
}

const textReader: CellReader = (cell) => (cell.trim() === "" ? null : cell.trim());

/** Which pick of a best–worst item a column holds; undefined for every other column. */
export type Pick = "best" | "worst";

const readers = new WeakMap<Model, Map<string, CellReader>>();

/** The reader of an item's cells, built on first use and kept for the questionnaire. */
export function cellReader(model: Model, item: Item, pick?: Pick): CellReader {
  let byItem = readers.get(model);
  if (!byItem) {
    byItem = new Map();
    readers.set(model, byItem);
  }
  const key = pick ? `${pick}\u0000${item.id}` : item.id;
  let reader = byItem.get(key);
  if (!reader) {
    if (item.type === "likert") {
      // The items of one scale read a cell alike: one table for them all, where a wide
      // inventory has a hundred items on the same scale.
      const scaleKey = `\u0001${item.scale}`;
      reader = byItem.get(scaleKey) ?? likertReader(model, item);
      byItem.set(scaleKey, reader);
    } else if (item.type === "text") reader = textReader;
    else if (item.type === "multi") reader = multiReader(item);
    else if (item.type === "best-worst") reader = pickReader(item, pick);
    else reader = choiceReader(item);
    reader = withNotApplicable(model, item, reader);
    byItem.set(key, reader);
  }
  return reader;
}

// ---- answer kinds: "does not apply" cells and the two columns of a best–worst item ----

/** For cells written without accents ("Ne s'applique pas" typed as "ne s applique pas"). */
const plain = foldLabel;

/** "na", the item's own label in every language, and the default words in both. */
function withNotApplicable(model: Model, item: Item, read: CellReader): CellReader {
  if (!allowsNotApplicable(model, item)) return read;
  const texts = new Set(
    [
      NOT_APPLICABLE,
      "N/A",
      ...allTexts(notApplicableLabel(model, item.id)),
      ...allTexts(DEFAULT_NOT_APPLICABLE_LABEL),
    ].map(plain),
  );
  return (cell) => (texts.has(plain(cell)) ? NOT_APPLICABLE : read(cell));
}

/** One pick of a best–worst item; the other is left empty, for the other column to fill. */
function pickReader(item: Item & { type: "best-worst" }, pick: Pick | undefined): CellReader {
  const read = choiceReader(item);
  return (cell) => {
    const value = read(cell);
    if (typeof value !== "string" || pick === undefined) return value;
    return pick === "best" ? { best: value, worst: "" } : { best: "", worst: value };
  };
}

/** A row's answer to an item after one more of its cells: the two picks join into one. */
export function joinPicks(before: AnswerValue | undefined, value: AnswerValue): AnswerValue {
  if (!isBestWorst(before) || !isBestWorst(value)) return value;
  return {
    best: String(before.best) || String(value.best),
    worst: String(before.worst) || String(value.worst),
  };
}
