// The little XML a workbook needs: attributes of a tag, text with its entities. No document
// type is read, so no entity can be defined, let alone expanded (billion laughs).
import { WorkbookError } from "./errors.ts";

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text of an element or attribute, entities and character references decoded. */
export function xmlText(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

/** The attributes of a start tag, by local name (`r:id` is `id`). */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (m[1] as string).replace(/^[\w.-]+:/, "");
    if (!out.has(name)) out.set(name, xmlText(m[2] ?? m[3] ?? ""));
  }
  return out;
}

/** Every start (or empty) tag of `local` name, whatever its prefix, as its attributes. */
export function tags(xml: string, local: string): Map<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}\\b([^>]*)>`, "g");
  return [...xml.matchAll(re)].map((m) => attributes(m[1] as string));
}

/** The text of `<t>` elements inside `xml`, joined, phonetic runs left out. */
export function runText(xml: string): string {
  const plain = xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "");
  let text = "";
  for (const m of plain.matchAll(/<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?t>)/g))
    text += xmlText(m[1] ?? "");
  return unescapeX(text);
}

/** Excel writes some characters of a text as `_xHHHH_` (`_x000D_` for a carriage return). */
export const unescapeX = (text: string): string =>
  text.includes("_x")
    ? text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      )
    : text;

/** A document type could define entities: a workbook never has one. */
export function refuseDoctype(xml: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new WorkbookError("bad-xml");
}
