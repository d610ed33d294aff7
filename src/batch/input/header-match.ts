// Which item a CSV header names, and how it was recognised: the item id; the question's
// text in any of the questionnaire's languages (a scenario's scene, or scene and question);
// a grid row as Google Forms ("Title [Row]") or Microsoft Forms ("Title.Row") exports it;
// any of these after the number Forms puts before a question (« 1. », « 12) », « Q3 - »).

import { allTexts, normalizeLabel } from "../../load/cells.ts";
import type { Model } from "../../model/model.ts";
import type { Item } from "../../model/types.ts";

/** How a column was matched to its item; `map` and `order` are decided by the plan. */
export type How = "id" | "text" | "number" | "grid" | "map" | "order";

/** The items a header names: one, or several in questionnaire order when they share a text. */
export interface HeaderMatch {
  ids: string[];
  how: How;
}

/** What a question says: its text and, for a scenario, its scene, in every language. */
export const questionTexts = (item: Item): string[] => [
  ...allTexts(item.text),
  ...(item.type === "scenario" || item.type === "best-worst" ? allTexts(item.scene) : []),
];

const byModel = new WeakMap<Model, Map<string, string[]>>();

/** Every way a header may name an item, in every language: built once per questionnaire. */
function headerLookup(model: Model): Map<string, string[]> {
  const cached = byModel.get(model);
  if (cached) return cached;
  const lookup = new Map<string, string[]>();
  const add = (text: string, id: string) => {
    const key = normalizeLabel(text);
    if (key === "") return;
    const ids = lookup.get(key);
    if (!ids) lookup.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const item of model.items) add(item.id, item.id);
  for (const item of model.items) {
    const texts = allTexts(item.text);
    for (const t of texts) add(t, item.id);
    if (item.type === "scenario" || item.type === "best-worst") {
      const scenes = allTexts(item.scene);
      for (const s of scenes) add(s, item.id);
      for (const [i, s] of scenes.entries()) add(`${s} ${texts[i] ?? texts[0] ?? ""}`, item.id);
    }
  }
  byModel.set(model, lookup);
  return lookup;
}

/**
 * Google Forms exports each row of a grid question as "Question title [Row text]": the text
 * between the last "]" and the first "[" after the "]" before it. Found by index, not by
 * /\[([^\]]+)\]$/, which would scan to the end from every "[" of a header full of them.
 */
export function gridRow(header: string): string | undefined {
  if (!header.endsWith("]")) return undefined;
  const close = header.length - 1;
  const open = header.indexOf("[", header.lastIndexOf("]", close - 1) + 1);
  return open === -1 || open >= close - 1 ? undefined : header.slice(open + 1, close);
}

/** Microsoft Forms joins a Likert question's title and statement with a dot; a title may hold dots too. */
const MAX_DOTS = 20;

function dottedRow(lookup: Map<string, string[]>, header: string): string[] | undefined {
  let at = header.indexOf(".");
  for (let n = 0; n < MAX_DOTS && at !== -1 && at < header.length - 1; n++) {
    const found = lookup.get(normalizeLabel(header.slice(at + 1)));
    if (found) return found;
    at = header.indexOf(".", at + 1);
  }
  return undefined;
}

/** « 1. », « 12) », « 3 - », « Q3 - », « Q3 : », « Q12 »: the number Forms puts before a question. */
const NUMBERED = /^(?:q\s?)?\d{1,3}\s?(?:[.):\-\u2013\u2014]|\s)\s*/i;
const Q_NUMBER = /^q\s?\d{1,3}\s+/i;

/** The header without its question number, or undefined when it has none. */
export function unnumbered(header: string): string | undefined {
  const m = NUMBERED.exec(header) ?? Q_NUMBER.exec(header);
  if (!m) return undefined;
  const rest = header.slice(m[0].length).trim();
  return rest === "" ? undefined : rest;
}

function direct(model: Model, text: string): HeaderMatch | undefined {
  if (model.itemIndex.has(text)) return { ids: [text], how: "id" };
  const lookup = headerLookup(model);
  const found = lookup.get(normalizeLabel(text));
  if (found) return { ids: found, how: "text" };
  const row = gridRow(text);
  const inGrid = row === undefined ? undefined : lookup.get(normalizeLabel(row));
  return inGrid ? { ids: inGrid, how: "grid" } : undefined;
}

/** The item or items a header names, or undefined when it names none. */
export function matchHeader(model: Model, header: string): HeaderMatch | undefined {
  const trimmed = header.trim();
  const found = direct(model, trimmed);
  if (found) return found;
  const rest = unnumbered(trimmed);
  const numbered = rest === undefined ? undefined : direct(model, rest);
  if (numbered) return { ids: numbered.ids, how: numbered.how === "grid" ? "grid" : "number" };
  // Last, as a number's own dot would otherwise be taken for a title's.
  const dotted = dottedRow(headerLookup(model), rest ?? trimmed);
  return dotted ? { ids: dotted, how: "grid" } : undefined;
}
