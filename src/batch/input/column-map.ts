// `--columns map.yaml`: the coach's word on which column is which item, for headers reflet
// cannot recognise (a reworded question, a header in a third language). One YAML mapping,
// header → item id (`id.best` / `id.worst` for a best–worst item's two columns), checked
// against the questionnaire before any input is read.
import { type Lang, messagesFor } from "../../i18n/lang.ts";
import { normalizeLabel, type Pick } from "../../load/cells.ts";
import type { Problem } from "../../load/problem.ts";
import { closest } from "../../load/semantic/closest.ts";
import { parseYaml } from "../../load/yaml-library.ts";
import type { Model } from "../../model/model.ts";
import { columnsMessages } from "../messages/columns.ts";

export interface MapEntry {
  header: string;
  /** The header as compared with a CSV header. */
  key: string;
  id: string;
  pick?: Pick;
  line: number;
  col: number;
}

export interface ColumnMap {
  file: string;
  entries: MapEntry[];
  byHeader: Map<string, MapEntry>;
}

export type MapOutcome = { ok: true; map: ColumnMap } | { ok: false; problems: Problem[] };

const PICK = /^(.+)\.(best|worst)$/;

/** The item id and pick a map value names, or undefined when it names no item. */
function targetOf(model: Model, value: string): { id: string; pick?: Pick } | undefined {
  if (model.itemIndex.has(value)) return { id: value };
  const m = PICK.exec(value);
  const item = m ? model.items[model.itemIndex.get(m[1] as string) ?? -1] : undefined;
  return item?.type === "best-worst" ? { id: item.id, pick: m?.[2] as Pick } : undefined;
}

export function readColumnMap(text: string, file: string, model: Model, lang: Lang): MapOutcome {
  const m = messagesFor(lang, columnsMessages);
  const parsed = parseYaml(text, file, lang);
  if (!parsed.ok) return parsed;
  const { value, at } = parsed.parsed;
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return { ok: false, problems: [{ file, line: 1, col: 1, ...m.mapNotMapping() }] };
  const problems: Problem[] = [];
  const entries: MapEntry[] = [];
  const byHeader = new Map<string, MapEntry>();
  const ids = model.items.map((it) => it.id);
  for (const [header, target] of Object.entries(value as Record<string, unknown>)) {
    const keyAt = at([header], true);
    const valueAt = at([header]);
    if (typeof target !== "string" || target.trim() === "") {
      problems.push({ file, ...valueAt, ...m.mapNoItem(header) });
      continue;
    }
    const found = targetOf(model, target.trim());
    if (!found) {
      problems.push({
        file,
        ...valueAt,
        ...m.mapUnknownItem(target, model.id, closest(target, ids)),
      });
      continue;
    }
    const key = normalizeLabel(header);
    const before = byHeader.get(key);
    if (before) {
      problems.push({ file, ...keyAt, ...m.mapSameHeader(header, before.line) });
      continue;
    }
    const entry: MapEntry = { header, key, ...found, ...keyAt };
    entries.push(entry);
    byHeader.set(key, entry);
  }
  if (entries.length === 0 && problems.length === 0)
    problems.push({ file, line: 1, col: 1, ...m.mapNotMapping() });
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, map: { file, entries, byHeader } };
}
