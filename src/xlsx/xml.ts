// The little XML a workbook needs: elements of a name, their attributes, text with its
// entities. No document type is read, so no entity can be defined, let alone expanded
// (billion laughs). Every scan goes forward with indexOf, never back: the work is linear in
// the text, whatever a hostile file holds (no pattern that could backtrack sees it).
import { WorkbookError } from "./errors.ts";

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text of an element or attribute, entities and character references decoded. */
export function xmlText(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

const isNameChar = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 95 ||
  c === 46 ||
  c === 45 ||
  c === 58;

export interface Element {
  /** The text of the start tag after its name. */
  attrs: string;
  /** What lies between the tags; null for an empty element. */
  inner: string | null;
  start: number;
  end: number;
}

/** The elements of `local` name (any prefix) in `xml`, in order; they must not nest. */
export function* elementsIn(xml: string, local: string): Generator<Element> {
  let pos = 0;
  for (;;) {
    const i = xml.indexOf("<", pos);
    if (i === -1) return;
    let j = i + 1;
    while (j < xml.length && isNameChar(xml.charCodeAt(j))) j++;
    const name = xml.slice(i + 1, j);
    pos = j;
    if (name !== local && !name.endsWith(`:${local}`)) continue;
    const tagEnd = xml.indexOf(">", j);
    if (tagEnd === -1) return;
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      yield { attrs: xml.slice(j, tagEnd - 1), inner: null, start: i, end: tagEnd + 1 };
      pos = tagEnd + 1;
      continue;
    }
    const close = `</${name}>`;
    const k = xml.indexOf(close, tagEnd + 1);
    const end = k === -1 ? xml.length : k + close.length;
    yield {
      attrs: xml.slice(j, tagEnd),
      inner: xml.slice(tagEnd + 1, k === -1 ? xml.length : k),
      start: i,
      end,
    };
    if (k === -1) return;
    pos = end;
  }
}

/** The attributes of a start tag, by local name (`r:id` is `id`). */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  let pos = 0;
  for (;;) {
    const eq = tag.indexOf("=", pos);
    if (eq === -1) return out;
    let q = eq + 1;
    while (
      q < tag.length &&
      (tag[q] === " " || tag[q] === "\t" || tag[q] === "\n" || tag[q] === "\r")
    )
      q++;
    const quote = tag[q];
    if (quote !== '"' && quote !== "'") return out;
    const close = tag.indexOf(quote, q + 1);
    if (close === -1) return out;
    let n = eq;
    while (n > pos && !isNameChar(tag.charCodeAt(n - 1))) n--;
    let s = n;
    while (s > pos && isNameChar(tag.charCodeAt(s - 1))) s--;
    const name = tag.slice(s, n).replace(/^.*:/, "");
    if (name && !out.has(name)) out.set(name, xmlText(tag.slice(q + 1, close)));
    pos = close + 1;
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** One attribute of a start tag, by local name: quicker than all of them, for every cell. */
export function attr(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const i = tag.indexOf(name, from);
    if (i === -1) return undefined;
    from = i + name.length;
    if (i > 0 && !isSpace(tag.charCodeAt(i - 1)) && tag.charCodeAt(i - 1) !== 58) continue;
    let j = from;
    while (isSpace(tag.charCodeAt(j))) j++;
    if (tag[j] !== "=") continue;
    j++;
    while (isSpace(tag.charCodeAt(j))) j++;
    const quote = tag[j];
    if (quote !== '"' && quote !== "'") continue;
    const end = tag.indexOf(quote, j + 1);
    if (end === -1) return undefined;
    return xmlText(tag.slice(j + 1, end));
  }
}

/** Every start (or empty) tag of `local` name, whatever its prefix, as its attributes. */
export function tags(xml: string, local: string): Map<string, string>[] {
  return [...elementsIn(xml, local)].map((e) => attributes(e.attrs));
}

/** The text of `<t>` elements inside `xml`, joined, phonetic runs left out. */
export function runText(xml: string): string {
  const phonetic = xml.includes("rPh") ? [...elementsIn(xml, "rPh")] : [];
  let text = "";
  let p = 0;
  for (const t of elementsIn(xml, "t")) {
    while (p < phonetic.length && (phonetic[p] as Element).end <= t.start) p++;
    const ph = phonetic[p];
    if (ph && ph.start < t.start) continue;
    text += xmlText(t.inner ?? "");
  }
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
