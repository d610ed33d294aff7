// The comparison on a terminal: one table of every dimension and facet (and of each group),
// then what the figures mean. No name.

import type { Colour } from "../../term/colour.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { displayWidth, padEnd, padStart, truncate, wrap } from "../../term/wrap.ts";
import type { CompareView, TargetView } from "./view.ts";

const NAME_WIDTH = 28;

function table(head: readonly string[], rows: readonly TargetView[], colour: Colour): string[] {
  const names = rows.map((r) =>
    truncate(sanitizeLine(`${r.facet ? "  ↳ " : ""}${r.name}`), NAME_WIDTH),
  );
  const nameWidth = Math.max(displayWidth(head[0] ?? ""), ...names.map(displayWidth));
  const widths = head
    .slice(1)
    .map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r.cells[i] ?? ""))));
  const line = (first: string, cells: readonly string[]) =>
    [padEnd(first, nameWidth), ...cells.map((c, i) => padStart(c, widths[i] ?? 0))]
      .join("  ")
      .trimEnd();
  return [
    colour.bold(line(head[0] ?? "", head.slice(1))),
    ...rows.map((r, i) => line(names[i] ?? "", r.cells)),
  ];
}

export function compareText(v: CompareView, colour: Colour, width: number): string {
  const w = v.words;
  const c = v.comparison;
  const counts = [`${c.participants.before} ${w.before}`, `${c.participants.after} ${w.after}`];
  if (c.design === "paired") counts.push(`${c.participants.matched} ${w.matched}`);
  const out = [
    colour.bold(sanitizeLine(w.title(v.title))),
    sanitizeLine(`${c.questionnaire.id}, version ${c.questionnaire.version}`),
    counts.join(", "),
    ...wrap(w.design(c.design === "paired"), width),
    "",
    ...table(v.head, v.targets, colour),
  ];
  if (v.targets.some((t) => t.figures.withheld))
    out.push("", ...wrap(`— ${w.withheld(c.minGroup)}`, width));
  if (v.groups)
    for (const g of v.groups)
      out.push("", colour.bold(sanitizeLine(w.group(g.name))), ...table(v.head, g.targets, colour));
  out.push("", ...wrap(w.scale(Math.round(c.confidence * 100)), width));
  // Which reliability each reliable change index rests on: never a count without its basis.
  const rests = v.targets.filter((t) => t.reliability !== null);
  if (rests.length > 0) {
    out.push("", w.reliabilityHead);
    for (const t of rests) {
      const line = sanitizeLine(w.restsOn(`${t.facet ? "↳ " : ""}${t.name}`, t.reliability ?? ""));
      out.push(...wrap(line, width - 2).map((l) => `  ${l}`));
    }
  }
  if (v.retest) out.push(...wrap(w.retestNote, width));
  return `${out.join("\n")}\n`;
}
