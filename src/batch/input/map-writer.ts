// The starting column map `reflet batch --check --columns-out` writes: every header of the
// inputs, those reflet matched with their item, the others commented out with the nearest
// question still without a column, for the coach to confirm or correct.
import { type Lang, messagesFor } from "../../i18n/lang.ts";
import { normalizeLabel } from "../../load/cells.ts";
import type { Model } from "../../model/model.ts";
import { columnsMessages } from "../messages/columns.ts";
import type { ColumnPlan } from "./columns.ts";
import { questionTexts } from "./header-match.ts";
import { nearest, trigrams } from "./likeness.ts";

/** One input's header and how it was planned. */
export interface PlannedHeader {
  header: readonly string[];
  plan: ColumnPlan;
}

/** A YAML key or value: JSON's double-quoted strings are YAML's, control characters escaped. */
const quoted = (text: string) => JSON.stringify(text);

export function columnMapText(model: Model, inputs: readonly PlannedHeader[], lang: Lang): string {
  const m = messagesFor(lang, columnsMessages);
  const covered = new Set(inputs.flatMap((i) => i.plan.items.map((c) => c.item.id)));
  const open = model.items.filter((it) => !covered.has(it.id) && it.type !== "text");
  const candidates = open.map((it) => ({
    value: it.id,
    grams: trigrams(questionTexts(it)[0] ?? it.id),
  }));
  const lines = [m.mapTitle(model.id)];
  const written = new Set<string>();
  const offered = new Set<string>();
  for (const { header, plan } of inputs) {
    const byIndex = new Map(plan.items.map((c) => [c.index, c]));
    const times = new Map<string, number>();
    for (const raw of header)
      times.set(normalizeLabel(raw), (times.get(normalizeLabel(raw)) ?? 0) + 1);
    for (const [index, raw] of header.entries()) {
      const key = normalizeLabel(raw);
      if (key === "" || index === plan.participant || written.has(key)) continue;
      written.add(key);
      const col = byIndex.get(index);
      // Columns sharing one header are matched by their order, which a map cannot say.
      if (col?.how === "order" && (times.get(key) ?? 0) > 1) {
        lines.push(`# ${quoted(raw.trim())}: ${col.item.id}  # ${m.mapByOrder}`);
        continue;
      }
      if (col) {
        const id = col.pick ? `${col.item.id}.${col.pick}` : col.item.id;
        lines.push(`${quoted(raw.trim())}: ${id}  # ${m.mapMatched} (${m.how[col.how]})`);
        continue;
      }
      const [near] = nearest([trigrams(raw)], candidates, 1);
      if (near !== undefined) offered.add(near);
      lines.push(`# ${quoted(raw.trim())}: ${near ?? ""}  # ${m.mapUnmatched(near)}`);
    }
  }
  for (const item of open)
    if (!offered.has(item.id))
      lines.push(`# ${m.mapMissing(item.id, questionTexts(item)[0] ?? "")}`);
  return `${lines.join("\n")}\n`;
}
