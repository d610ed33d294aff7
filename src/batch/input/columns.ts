// Which CSV column holds which item, decided once per file from its header, before any row
// is read. Every item that matters to a score must have its column: a question the header
// does not name is an error naming the nearest headers, never a silent gap in every score.

import {
  type CellReader,
  cellReader,
  normalizeLabel,
  oneCharacterAnswers,
  type Pick,
} from "../../load/cells.ts";
import type { Model } from "../../model/model.ts";
import type { Item } from "../../model/types.ts";
import type { ColumnMap } from "./column-map.ts";
import { type How, matchHeader, questionTexts, unnumbered } from "./header-match.ts";
import { findIdColumn } from "./id-column.ts";
import { nearest, type Trigrams, trigrams } from "./likeness.ts";

export { gridRow } from "./header-match.ts";

export interface ItemColumn {
  index: number;
  header: string;
  item: Item;
  read: CellReader;
  /** What `read` gives a one-character cell, by character code, when known (cells.ts). */
  oneCharacter?: readonly (number | undefined)[];
  /** For a best–worst item, the pick this column holds. */
  pick?: Pick;
  how: How;
}

export interface ColumnPlan {
  /** The column of participant ids, if any. */
  participant: number | null;
  items: ItemColumn[];
  /** Headers of the columns that are not read (a timestamp, an e-mail...). */
  ignored: string[];
  /** Free-text items with no column: no score depends on them, so they are only said. */
  unread: string[];
  /** Headers shared by several items, matched to them in the questionnaire's order. */
  byOrder: { header: string; items: string[] }[];
}

export type PlanProblem =
  | { code: "no-items" }
  | { code: "no-id-column"; names: string[]; columns: string[] }
  | { code: "same-item"; item: string; headers: [string, string] }
  | { code: "ambiguous"; header: string; items: string[] }
  | { code: "missing"; item: string; text: string; closest: string[] }
  | {
      code: "map-header";
      header: string;
      map: string;
      line: number;
      col: number;
      closest?: string;
    };

/** The plan, and when it cannot be used, why: `plan` is then what could be matched. */
export type PlanOutcome =
  | { ok: true; plan: ColumnPlan }
  | { ok: false; problems: PlanProblem[]; plan: ColumnPlan };

/** Headers compared with a missing item's text, at most: a hostile header has thousands. */
const COMPARED_HEADERS = 500;

/** Header suffixes of the two columns of a best–worst item, in both languages. */
const PICK_SUFFIXES: [RegExp, Pick][] = [
  [/\.best$/, "best"],
  [/\.worst$/, "worst"],
  [/\[\s*(le plus probable|most likely)\s*\]$/i, "best"],
  [/\[\s*(le moins probable|least likely)\s*\]$/i, "worst"],
];

interface Target {
  ids: string[];
  how: How;
  pick?: Pick;
}

/**
 * "bw.best", "Question [le plus probable]": a column of one pick of a best–worst item. On any
 * other item the suffix is part of the header, read as usual.
 */
function bestWorstColumn(model: Model, header: string): Target | undefined {
  const trimmed = header.trim();
  for (const [suffix, pick] of PICK_SUFFIXES) {
    const m = suffix.exec(trimmed);
    if (!m) continue;
    const found = matchHeader(model, trimmed.slice(0, m.index).trim());
    const id = found?.ids.length === 1 ? (found.ids[0] as string) : undefined;
    if (id === undefined) return undefined;
    // matchHeader names only the model's own items.
    const item = model.items[model.itemIndex.get(id)!];
    return item?.type === "best-worst" ? { ids: [id], how: found?.how ?? "text", pick } : undefined;
  }
  return undefined;
}

function targetOf(model: Model, header: string, map: ColumnMap | undefined): Target | undefined {
  const entry = map?.byHeader.get(normalizeLabel(header));
  if (entry) return { ids: [entry.id], how: "map", ...(entry.pick ? { pick: entry.pick } : {}) };
  return bestWorstColumn(model, header) ?? matchHeader(model, header);
}

type Offered = { value: string; grams: Trigrams }[];

/** Headers that name no question, as compared with a question's text. */
const offered = (unmatched: readonly string[]): Offered =>
  unmatched.slice(0, COMPARED_HEADERS).map((h) => ({ value: h, grams: trigrams(h) }));

/** Each map entry that names no column of this file, with the nearest header. */
function unusedEntries(map: ColumnMap, used: ReadonlySet<string>, headers: Offered): PlanProblem[] {
  return map.entries
    .filter((entry) => !used.has(entry.key))
    .map((entry) => {
      const [closest] = nearest([trigrams(entry.header)], headers, 1);
      return {
        code: "map-header",
        header: entry.header,
        map: map.file,
        line: entry.line,
        col: entry.col,
        ...(closest !== undefined ? { closest } : {}),
      };
    });
}

/** Each scored question without a column, with the nearest headers; free text is only listed. */
function missingItems(model: Model, items: readonly ItemColumn[], headers: Offered) {
  const covered = new Set(items.map((c) => c.item.id));
  const problems: PlanProblem[] = [];
  const unread: string[] = [];
  for (const item of model.items) {
    if (covered.has(item.id)) continue;
    if (item.type === "text") {
      unread.push(item.id);
      continue;
    }
    const texts = questionTexts(item);
    const closest = nearest(texts.map(trigrams), headers);
    problems.push({ code: "missing", item: item.id, text: texts[0] ?? item.id, closest });
  }
  return { problems, unread };
}

export function planColumns(
  model: Model,
  header: string[],
  idColumn?: string,
  map?: ColumnMap,
): PlanOutcome {
  const problems: PlanProblem[] = [];
  const items: ItemColumn[] = [];
  const ignored: string[] = [];
  const unmatched: string[] = [];
  const shared: { index: number; raw: string; target: Target }[] = [];
  const seen = new Map<string, string>();
  const usedMap = new Set<string>();
  const ids = findIdColumn(header, idColumn, (h) => model.itemIndex.has(h.trim()));
  if (!ids.ok) problems.push({ code: "no-id-column", names: ids.wanted, columns: [...header] });
  const participant = ids.ok ? ids.index : null;
  const claim = (index: number, raw: string, id: string, how: How, pick?: Pick) => {
    const key = pick ? `${id}\u0000${pick}` : id;
    const before = seen.get(key);
    if (before !== undefined) {
      problems.push({ code: "same-item", item: id, headers: [before, raw] });
      return;
    }
    seen.set(key, raw);
    // A column is planned only for one of the model's own items.
    const item = model.items[model.itemIndex.get(id)!] as Item;
    const read = cellReader(model, item, pick);
    const oneCharacter = oneCharacterAnswers(read);
    items.push({
      index,
      header: raw,
      item,
      read,
      ...(oneCharacter ? { oneCharacter } : {}),
      ...(pick ? { pick } : {}),
      how,
    });
  };
  for (const [index, raw] of header.entries()) {
    if (index === participant) continue;
    const target = targetOf(model, raw, map);
    if (target?.how === "map") usedMap.add(normalizeLabel(raw));
    if (target === undefined) {
      ignored.push(raw.trim() === "" ? `#${index + 1}` : raw);
      if (raw.trim() !== "") unmatched.push(raw);
    } else if (target.ids.length > 1) shared.push({ index, raw, target });
    else claim(index, raw, target.ids[0] as string, target.how, target.pick);
  }
  // A text shared by several items (four scenes under « Que faites-vous ? »): each column
  // takes the first of them still without a column, in the questionnaire's order.
  const byOrder = new Map<string, { header: string; items: string[] }>();
  for (const { index, raw, target } of shared) {
    const free = target.ids.find((id) => !seen.has(target.pick ? `${id}\u0000${target.pick}` : id));
    if (free === undefined) {
      problems.push({ code: "ambiguous", header: raw, items: target.ids });
      continue;
    }
    claim(index, raw, free, "order", target.pick);
    const key = target.ids.join("\u0000");
    const group = byOrder.get(key) ?? { header: unnumbered(raw.trim()) ?? raw, items: [] };
    group.items.push(free);
    byOrder.set(key, group);
  }
  const headers = offered(unmatched);
  if (map) problems.push(...unusedEntries(map, usedMap, headers));
  // Without any question matched, the file is not of this questionnaire: one line says so.
  const missing = items.length > 0 ? missingItems(model, items, headers) : null;
  if (missing) problems.push(...missing.problems);
  const unread = missing?.unread ?? [];
  if (items.length === 0 && problems.length === 0) problems.push({ code: "no-items" });
  const plan: ColumnPlan = { participant, items, ignored, unread, byOrder: [...byOrder.values()] };
  return problems.length > 0 ? { ok: false, problems, plan } : { ok: true, plan };
}
