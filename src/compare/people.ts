// The per-person output of a comparison: one row per matched person, with each dimension's
// and facet's change and reliable change index. It names people: it goes where the coach
// asks (--output, 0600), never into the summary.
import { type CsvStyle, csvLine, csvStart, rounded } from "../render/csv.ts";
import { sanitizeJson } from "../term/sanitize.ts";
import { COMPARISON_SCHEMA_VERSION, type Comparison, type PersonChange } from "./compute.ts";

export const PEOPLE_FORMATS = ["csv", "json"] as const;
export type PeopleFormat = (typeof PEOPLE_FORMATS)[number];

// `reliability` is the one the index rests on (the same on every row): its source is in the
// JSON output and in the table.
const FIELDS = [
  "before",
  "after",
  "change",
  "bandBefore",
  "bandAfter",
  "rci",
  "reliable",
  "reliability",
] as const;

export function peopleCsv(
  c: Comparison,
  people: readonly PersonChange[],
  grouped: boolean,
  style: CsvStyle,
): string {
  const ids = c.targets.map((t) => t.id);
  const head = [
    "participant",
    ...(grouped ? ["group"] : []),
    ...ids.flatMap((id) => FIELDS.map((f) => `${id}.${f}`)),
  ];
  const reliability = new Map(c.reliability.map((r) => [r.id, r.value]));
  const rows = people.map((p) => [
    p.participant,
    ...(grouped ? [p.group] : []),
    ...p.targets.flatMap((t) => [
      rounded(t.before),
      rounded(t.after),
      rounded(t.change),
      t.bandBefore,
      t.bandAfter,
      rounded(t.rci),
      t.reliable,
      rounded(reliability.get(t.id) ?? null, 4),
    ]),
  ]);
  return csvStart(style) + [head, ...rows].map((r) => csvLine(r, style)).join("");
}

export function peopleJson(c: Comparison, people: readonly PersonChange[]): string {
  const value = {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    questionnaire: c.questionnaire,
    reliability: c.reliability,
    people,
  };
  return `${sanitizeJson(JSON.stringify(value, null, 2))}\n`;
}
