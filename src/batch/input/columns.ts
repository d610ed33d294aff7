// Which CSV column holds which item, decided once per file from its header. A header may be
// the item id or the question as a Forms export writes it: its text in any of the
// questionnaire's languages, a scenario's scene and question, or a grid's "Title [Row]".
import type { Model } from "../../model/model.ts";
import type { Item } from "../../model/types.ts";
import {
  AMBIGUOUS,
  allTexts,
  type CellReader,
  cellReader,
  Lookup,
  normalizeLabel,
  type Pick,
} from "./cells.ts";
import { findIdColumn } from "./id-column.ts";

export interface ItemColumn {
  index: number;
  header: string;
  item: Item;
  read: CellReader;
  /** For a best–worst item, the pick this column holds. */
  pick?: Pick;
}

export interface ColumnPlan {
  /** The column of participant ids, if any. */
  participant: number | null;
  items: ItemColumn[];
  /** Headers of the columns that are not read (a timestamp, an e-mail...). */
  ignored: string[];
}

export type PlanProblem =
  | { code: "no-items" }
  | { code: "no-id-column"; names: string[]; columns: string[] }
  | { code: "same-item"; item: string; headers: [string, string] }
  | { code: "ambiguous"; header: string; items: string[] };

export type PlanOutcome = { ok: true; plan: ColumnPlan } | { ok: false; problems: PlanProblem[] };

const byModel = new WeakMap<Model, Lookup<string>>();

/** Every way a header may name an item, in every language: built once per questionnaire. */
function headerLookup(model: Model): Lookup<string> {
  const cached = byModel.get(model);
  if (cached) return cached;
  const lookup = new Lookup<string>();
  for (const item of model.items) lookup.add(normalizeLabel(item.id), item.id);
  for (const item of model.items) {
    const texts = allTexts(item.text);
    for (const t of texts) lookup.add(normalizeLabel(t), item.id);
    if (item.type === "scenario" || item.type === "best-worst") {
      const scenes = allTexts(item.scene);
      for (const s of scenes) lookup.add(normalizeLabel(s), item.id);
      for (const [i, s] of scenes.entries()) {
        lookup.add(normalizeLabel(`${s} ${texts[i] ?? texts[0] ?? ""}`), item.id);
      }
    }
  }
  byModel.set(model, lookup);
  return lookup;
}

/** The item a header names: its id exactly, else its text; ambiguous texts are reported. */
function itemOf(model: Model, header: string): string | typeof AMBIGUOUS | undefined {
  const trimmed = header.trim();
  if (model.itemIndex.has(trimmed)) return trimmed;
  const lookup = headerLookup(model);
  const found = lookup.get(normalizeLabel(trimmed));
  if (found !== undefined) return found;
  const row = gridRow(trimmed);
  return row === undefined ? undefined : lookup.get(normalizeLabel(row));
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

function candidates(model: Model, header: string): string[] {
  const key = normalizeLabel(header);
  return model.items
    .filter((it) => {
      const scene = it.type === "scenario" || it.type === "best-worst" ? allTexts(it.scene) : [];
      const texts = [...allTexts(it.text), ...scene];
      return texts.some((t) => normalizeLabel(t) === key);
    })
    .map((it) => it.id);
}

/** Header suffixes of the two columns of a best–worst item, in both languages. */
const PICK_SUFFIXES: [RegExp, Pick][] = [
  [/\.best$/, "best"],
  [/\.worst$/, "worst"],
  [/\[\s*(le plus probable|most likely)\s*\]$/i, "best"],
  [/\[\s*(le moins probable|least likely)\s*\]$/i, "worst"],
];

/**
 * "bw.best", "Question [le plus probable]": a column of one pick of a best–worst item. On any
 * other item the suffix is part of the header, read as usual.
 */
function bestWorstColumn(model: Model, header: string): { id: string; pick: Pick } | undefined {
  const trimmed = header.trim();
  for (const [suffix, pick] of PICK_SUFFIXES) {
    const m = suffix.exec(trimmed);
    if (!m) continue;
    const id = itemOf(model, trimmed.slice(0, m.index).trim());
    if (typeof id !== "string") return undefined;
    const index = model.itemIndex.get(id) as number;
    return model.items[index]?.type === "best-worst" ? { id, pick } : undefined;
  }
  return undefined;
}

export function planColumns(model: Model, header: string[], idColumn?: string): PlanOutcome {
  const problems: PlanProblem[] = [];
  const items: ItemColumn[] = [];
  const ignored: string[] = [];
  const seen = new Map<string, string>();
  const id = findIdColumn(header, idColumn, (h) => model.itemIndex.has(h.trim()));
  if (!id.ok) problems.push({ code: "no-id-column", names: id.wanted, columns: [...header] });
  const participant = id.ok ? id.index : null;
  for (const [index, raw] of header.entries()) {
    if (index === participant) continue;
    const picked = bestWorstColumn(model, raw);
    const id = picked ? picked.id : itemOf(model, raw);
    if (id === AMBIGUOUS) {
      problems.push({ code: "ambiguous", header: raw, items: candidates(model, raw) });
      continue;
    }
    if (id === undefined) {
      ignored.push(raw.trim() === "" ? `#${index + 1}` : raw);
      continue;
    }
    const item = model.items[model.itemIndex.get(id) as number] as Item;
    const pick = picked?.pick;
    const key = pick ? `${id}\u0000${pick}` : id;
    const before = seen.get(key);
    if (before !== undefined) {
      problems.push({ code: "same-item", item: id, headers: [before, raw] });
      continue;
    }
    seen.set(key, raw);
    items.push({
      index,
      header: raw,
      item,
      read: cellReader(model, item, pick),
      ...(pick ? { pick } : {}),
    });
  }
  if (items.length === 0 && problems.length === 0) problems.push({ code: "no-items" });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, plan: { participant, items, ignored } };
}
