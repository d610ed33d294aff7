// A workbook opened for reading: its sheets by name, the one to read, its shared strings and
// which cell styles are dates. Every part is read within a limit (docs/security.md).
import { posix } from "node:path";
import { elements } from "./elements.ts";
import { WorkbookError } from "./errors.ts";
import { elementsIn, refuseDoctype, runText, tags } from "./xml.ts";
import { entryBytes, entryText, type ZipEntry, zipEntries } from "./zip-read.ts";

/** The limits a workbook is read within, in bytes once inflated, and in strings. */
export const LIMITS = {
  /** The workbook, its relationships, its styles: small parts. */
  part: 8 * 1024 * 1024,
  sharedStrings: 64 * 1024 * 1024,
  strings: 1_000_000,
  sheet: 256 * 1024 * 1024,
  /** One row or one string, in characters, as for a CSV row. */
  element: 1024 * 1024,
};

export interface Workbook {
  path: string;
  /** The sheets, in the workbook's order. */
  sheets: string[];
  /** The sheet to read: its name and its entry. */
  sheet: { name: string; entry: ZipEntry };
  strings: string[];
  /** Cell style indexes whose number format is a date or a time. */
  dateStyles: Set<number>;
  /** Dates count from 1904 (old Mac workbooks) rather than 1900. */
  date1904: boolean;
}

const REL = "http://schemas.openxmlformats.org/";
const relType = (type: string, suffix: string) => type.startsWith(REL) && type.endsWith(suffix);

function entryOf(entries: Map<string, ZipEntry>, name: string): ZipEntry | undefined {
  return entries.get(name.replace(/^\//, ""));
}

async function part(path: string, entry: ZipEntry): Promise<string> {
  const xml = await entryText(path, entry, LIMITS.part);
  refuseDoctype(xml);
  return xml;
}

/** Relationships of a part: id → target, and type, resolved against the part's folder. */
async function relationships(path: string, entries: Map<string, ZipEntry>, of: string) {
  const dir = posix.dirname(of);
  const entry = entryOf(entries, posix.join(dir, "_rels", `${posix.basename(of)}.rels`));
  if (!entry) return [];
  return tags(await part(path, entry), "Relationship").map((a) => {
    const target = a.get("Target") ?? "";
    return {
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target: target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(dir, target)),
    };
  });
}

// Built-in number formats that show a date or a time.
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** A format code shows a date when it has a date or time letter outside quotes and brackets. */
const isDateCode = (code: string): boolean =>
  // Excel's format codes are at most 255 characters.
  code.length <= 255 && /[ymdhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));

async function dateStyles(path: string, entry: ZipEntry | undefined): Promise<Set<number>> {
  const out = new Set<number>();
  if (!entry) return out;
  const xml = await part(path, entry);
  const custom = new Set(
    tags(xml, "numFmt")
      .filter((a) => isDateCode(a.get("formatCode") ?? ""))
      .map((a) => Number(a.get("numFmtId"))),
  );
  const cellXfs = elementsIn(xml, "cellXfs").next().value?.inner ?? "";
  tags(cellXfs, "xf").forEach((a, i) => {
    const id = Number(a.get("numFmtId") ?? 0);
    if (DATE_FORMATS.has(id) || custom.has(id)) out.add(i);
  });
  return out;
}

async function sharedStrings(path: string, entry: ZipEntry | undefined): Promise<string[]> {
  const out: string[] = [];
  if (!entry) return out;
  const bytes = entryBytes(path, entry, LIMITS.sharedStrings);
  for await (const si of elements(bytes, "si", LIMITS.element)) {
    if (out.length >= LIMITS.strings) throw new WorkbookError("too-many-strings");
    if (si !== null && /<!/.test(si)) refuseDoctype(si);
    out.push(si === null ? "" : runText(si));
  }
  return out;
}

/** Opens the workbook at `path`, to read the sheet named `sheet` (else its first). */
export async function openWorkbook(path: string, sheet?: string): Promise<Workbook> {
  const entries = await zipEntries(path);
  const office = (await relationships(path, entries, "")).find((r) =>
    relType(r.type, "/officeDocument"),
  );
  const bookName = office?.target ?? "xl/workbook.xml";
  const book = entryOf(entries, bookName);
  if (!book) throw new WorkbookError("no-sheet", undefined, []);
  const xml = await part(path, book);
  const rels = await relationships(path, entries, bookName);
  const byId = new Map(rels.map((r) => [r.id, r.target]));
  const sheets = tags(xml, "sheet").map((a) => ({
    name: a.get("name") ?? "",
    entry: entryOf(entries, byId.get(a.get("id") ?? "") ?? ""),
  }));
  const names = sheets.map((s) => s.name);
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet);
  if (!chosen?.entry) throw new WorkbookError("no-sheet", undefined, names);
  const pr = tags(xml, "workbookPr")[0];
  const target = (suffix: string) => {
    const r = rels.find((x) => relType(x.type, suffix));
    return r ? entryOf(entries, r.target) : undefined;
  };
  return {
    path,
    sheets: names,
    sheet: { name: chosen.name, entry: chosen.entry },
    strings: await sharedStrings(path, target("/sharedStrings")),
    dateStyles: await dateStyles(path, target("/styles")),
    date1904: pr?.get("date1904") === "1" || pr?.get("date1904") === "true",
  };
}
