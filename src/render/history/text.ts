// Past results and reflection notes as text: per questionnaire, oldest first, with the
// change per dimension from one result to the next.
import type { TargetResult } from "../../engine/types.ts";
import { formatDate } from "../../i18n/dates.ts";
import type { Lang } from "../../i18n/lang.ts";
import type { HistoryEntry } from "../../store/entry.ts";
import type { Colour } from "../../term/colour.ts";
import { sanitizeLine, sanitizeText } from "../../term/sanitize.ts";
import { displayWidth, padEnd, wrap } from "../../term/wrap.ts";
import { signed } from "../profile/messages.ts";
import { comparable } from "./comparable.ts";

export interface ListOptions {
  lang: Lang;
  colour: Colour;
  width: number;
  notEnough: string;
  /** Said on the first result of a new version, whose changes are not shown. */
  newVersion: (version: string) => string;
}

const MAX_WIDTH = 100;
/** Below this width a result's dimensions go under its date, one per line. */
const STACK_BELOW = 72;

/** "2 Mar 2025, 14:05" in the user's language and time zone. */
export function when(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return sanitizeLine(iso);
  return formatDate(date, lang, { dateStyle: "medium", timeStyle: "short" });
}

/** Entries grouped by questionnaire, groups in order of first appearance. */
export function byQuestionnaire(entries: readonly HistoryEntry[]): HistoryEntry[][] {
  const groups = new Map<string, HistoryEntry[]>();
  for (const e of entries) {
    const group = groups.get(e.questionnaire.id) ?? [];
    group.push(e);
    groups.set(e.questionnaire.id, group);
  }
  return [...groups.values()];
}

function percents(e: HistoryEntry): Map<string, number | null> {
  return new Map(e.result.dimensions.map((d: TargetResult) => [d.id, d.percent]));
}

function heading(e: HistoryEntry, c: Colour): string {
  const title = sanitizeLine(e.questionnaire.title || e.questionnaire.id);
  return `${c.bold(title)} ${c.dim(`(${sanitizeLine(e.questionnaire.id)})`)}`;
}

/** `reflet history`: one line per result, each dimension with its band and its change. */
export function historyText(entries: readonly HistoryEntry[], o: ListOptions): string {
  const c = o.colour;
  const width = Math.min(MAX_WIDTH, o.width);
  const out: string[] = [];
  for (const group of byQuestionnaire(entries)) {
    out.push(heading(group.at(-1) as HistoryEntry, c));
    const dates = group.map((e) => when(e.date, o.lang));
    const dateWidth = Math.max(...dates.map(displayWidth));
    let before: Map<string, number | null> | undefined;
    group.forEach((e, i) => {
      const now = percents(e);
      const previous = group[i - 1];
      const newVersion = previous !== undefined && !comparable(previous, e.questionnaire.version);
      if (newVersion) before = undefined;
      const parts = e.result.dimensions.map((d) => {
        const name = sanitizeLine(e.names[d.id] ?? d.id);
        if (d.percent === null) return `${name} ${o.notEnough}`;
        const band = e.bands[d.id] ? ` ${sanitizeLine(e.bands[d.id] as string)}` : "";
        const was = before?.get(d.id);
        const change =
          was === undefined || was === null
            ? ""
            : ` (${signed(Math.round(d.percent) - Math.round(was))})`;
        return `${name} ${Math.round(d.percent)}${band}${change}`;
      });
      // Wide enough: the date, then the dimensions beside it. Narrower: the date on its line,
      // each dimension on its own under it, so that no line breaks inside one.
      const stacked = width < STACK_BELOW;
      const lead = stacked ? "    " : `  ${padEnd(dates[i] as string, dateWidth)}   `;
      const rest = " ".repeat(displayWidth(lead));
      if (stacked) out.push(`  ${dates[i] as string}`);
      if (newVersion) {
        const note = o.newVersion(sanitizeLine(e.questionnaire.version));
        out.push(...wrap(note, width, { first: rest, rest }).map((l) => c.dim(l)));
      }
      if (stacked) for (const part of parts) out.push(...wrap(part, width, { first: lead, rest }));
      else out.push(...wrap(parts.join(" · "), width, { first: lead, rest }));
      before = now;
    });
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** `reflet journal`: the reflection notes, newest result last, each under its question. */
export function journalText(entries: readonly HistoryEntry[], o: ListOptions): string {
  const c = o.colour;
  const width = Math.min(MAX_WIDTH, o.width);
  const out: string[] = [];
  for (const e of entries) {
    if (e.notes.length === 0) continue;
    out.push(`${heading(e, c)} ${c.dim(`· ${when(e.date, o.lang)}`)}`);
    for (const note of e.notes) {
      out.push(
        ...wrap(sanitizeText(note.question), width, { first: "  ", rest: "  " }).map((l) =>
          c.dim(l),
        ),
      );
      out.push(...wrap(sanitizeText(note.text), width, { first: "    ", rest: "    " }));
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
