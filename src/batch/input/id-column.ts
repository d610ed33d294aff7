// Which CSV column names the people: the one given with --id-column (one of several names,
// the first found), else the first of the usual names forms give it. Headers are compared
// without case, accents or end punctuation, as item headers are (load/cells.ts).
import { foldLabel } from "../../load/cells.ts";

/** The usual names of an id column, most telling first. */
export const DEFAULT_ID_COLUMNS = [
  "respondent",
  "participant",
  "id",
  "name",
  "nom",
  "email",
  "e-mail",
  "adresse e-mail",
  "adresse de messagerie",
] as const;

export type IdColumn =
  /** `index` null: no id column, people are named by their row. */
  | { ok: true; index: number | null; header: string | null; byDefault: boolean }
  | { ok: false; wanted: string[] };

/**
 * The names --id-column gives: "Nom et prénom,Nom" is two names, tried in that order. A
 * name holding a comma is found when the whole text is a header.
 */
export function idColumnNames(given: string): string[] {
  const names = given
    .split(",")
    .map((n) => n.trim())
    .filter((n) => n !== "");
  return names.length > 0 ? names : [given];
}

/** The first header equal to one of `names`, names tried in order; -1 when none is. */
function firstOf(
  header: readonly string[],
  names: readonly string[],
  skip: (h: string) => boolean,
) {
  const folded = header.map((h) => foldLabel(h));
  for (const name of names) {
    const want = foldLabel(name);
    const index = folded.findIndex((h, i) => h === want && !skip(header[i] as string));
    if (index !== -1) return index;
  }
  return -1;
}

/**
 * The id column of `header`. `isItem` tells a header that is an item's id: a question named
 * "id" or "name" is read as a question, never as the people's names.
 */
export function findIdColumn(
  header: readonly string[],
  given: string | undefined,
  isItem: (header: string) => boolean,
): IdColumn {
  if (given === undefined) {
    const index = firstOf(header, DEFAULT_ID_COLUMNS, isItem);
    if (index === -1) return { ok: true, index: null, header: null, byDefault: true };
    return { ok: true, index, header: header[index] as string, byDefault: true };
  }
  const wanted = idColumnNames(given);
  const index = firstOf(header, [given, ...wanted], () => false);
  if (index === -1) return { ok: false, wanted };
  return { ok: true, index, header: header[index] as string, byDefault: given === undefined };
}

const ANONYMOUS = new Set(["anonymous", "anonyme"]);

/** An id cell of an anonymous form (Microsoft Forms writes "anonymous" for everyone). */
export function isAnonymous(cell: string): boolean {
  // Most cells are names or e-mails of another length: no string work for them.
  const text = cell.trim();
  if (text.length < 7 || text.length > 9) return false;
  // Folding keeps digits, and neither word has one: an id such as p000123 is not folded.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
  }
  return ANONYMOUS.has(foldLabel(text));
}
