// The team summary as CSV (--summary team.csv): its figures, one row per dimension and facet
// for the whole team, then per group (--group-by), for a spreadsheet. Every cell goes through
// the CSV writer (render/csv.ts), so no name can become a formula. Withheld figures are empty
// cells, exactly as they are absent from the JSON.
import { type CsvStyle, type CsvValue, csvLine, csvStart, rounded } from "../../../render/csv.ts";
import type { SummaryTargetView, SummaryView } from "./view.ts";

const HEADER = [
  "scope",
  "group",
  "target",
  "kind",
  "parent",
  "name",
  "scored",
  "n",
  "insufficient",
  "withheld",
  "score.mean",
  "score.sd",
  "score.min",
  "score.max",
  "percent.mean",
  "percent.sd",
  "percent.min",
  "percent.max",
  "alpha",
  "bands",
];

function row(
  scope: "team" | "group",
  group: string | null,
  scored: number,
  t: SummaryTargetView,
): CsvValue[] {
  const r = (x: number | null | undefined) => rounded(x ?? null);
  return [
    scope,
    group,
    t.id,
    t.kind,
    t.parent,
    t.name,
    scored,
    t.n,
    t.insufficient,
    t.withheld ? "yes" : "no",
    r(t.score?.mean),
    r(t.score?.sd),
    r(t.score?.min),
    r(t.score?.max),
    r(t.percent?.mean),
    r(t.percent?.sd),
    r(t.percent?.min),
    r(t.percent?.max),
    r(t.reliability?.alpha),
    t.bandViews.map((b) => `${b.label}: ${b.count}`).join(" | "),
  ];
}

export function summaryCsv(v: SummaryView, style: CsvStyle): string {
  const s = v.summary;
  const lines = [csvStart(style) + csvLine(HEADER, style)];
  for (const t of v.targets)
    lines.push(csvLine(row("team", null, s.participants.scored, t), style));
  for (const [g, group] of (v.groups ?? []).entries()) {
    const name = s.groups?.[g]?.name ?? null;
    for (const t of group.targets) lines.push(csvLine(row("group", name, group.scored, t), style));
  }
  return lines.join("");
}
