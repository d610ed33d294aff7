// `reflet progress` in the terminal: per questionnaire, one row per dimension with a level
// glyph per result (▁ low … █ high), a row marking where each plan was chosen, and the plans
// with what came of them. Fitted to the width: the last results that fit are shown. Nothing
// is said by colour alone, so NO_COLOR loses nothing.

import { formatDate } from "../../i18n/dates.ts";
import type { Lang } from "../../i18n/lang.ts";
import type { Tracked } from "../../store/commitments.ts";
import type { Colour } from "../../term/colour.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { displayWidth, padEnd, padStart, wrap } from "../../term/wrap.ts";
import { signed } from "../profile/messages.ts";
import { progressMessages } from "./messages.ts";
import type { PlanView, ProgressView } from "./view.ts";

export interface ProgressTextOptions {
  lang: Lang;
  colour: Colour;
  width: number;
}

/** "Mar 2, 2025", "2 mars 2025": a day is precise enough for weeks of practice. */
export function day(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return sanitizeLine(iso);
  return formatDate(date, lang, { dateStyle: "medium" });
}

const LEVELS = "▁▂▃▄▅▆▇█";
const CELL = 3;
const MAX_NAME = 18;
const MAX_WIDTH = 100;

export const level = (p: number | null): string =>
  p === null ? "·" : (LEVELS[Math.round((Math.max(0, Math.min(100, p)) / 100) * 7)] as string);

function figures(s: ProgressView["series"][number], notEnough: string): string {
  const last = s.percents.at(-1);
  if (s.change) {
    const { from, to } = s.change;
    const delta = Math.round(to) - Math.round(from);
    return `${padStart(String(Math.round(from)), 3)} → ${padStart(String(Math.round(to)), 3)} (${signed(delta)})`;
  }
  return last === null || last === undefined ? notEnough : padStart(String(Math.round(last)), 3);
}

/** What came of a plan, check-in after check-in. */
export function outcomes(p: PlanView, lang: Lang): string[] {
  const w = progressMessages[lang];
  const t = p.tracked;
  const parts = [w.made(day(t.commitment.date, lang))];
  for (const k of t.checkins)
    parts.push(w.outcome(day(k.date, lang), w.tried[k.tried], w.next[k.next]));
  if (t.status === "open" && t.due) parts.push(w.open(day(t.due, lang)));
  return parts;
}

/**
 * What the changes amount to, in one sentence: per dimension where reliability is known, or
 * that it is unknown; "" when there is no change to read.
 */
export function readingWords(v: ProgressView, lang: Lang): string {
  const w = progressMessages[lang];
  const read = v.series.filter((s) => s.reading !== null);
  if (read.length === 0) return "";
  if (read.every((s) => s.reading === "unknown")) return w.unknownAll;
  return w.readingLine(
    read.map((s) => `${sanitizeLine(s.name)}, ${w.reading[s.reading ?? "unknown"]}`),
  );
}

/** The plan in words: "When a client shouts, I count to three". */
export const planText = (p: PlanView): string =>
  sanitizeLine(`${p.tracked.situation}, ${p.tracked.action}`);

function one(v: ProgressView, o: ProgressTextOptions, width: number): string[] {
  const w = progressMessages[o.lang];
  const c = o.colour;
  const n = v.dates.length;
  const out = [`${c.bold(sanitizeLine(v.title))} ${c.dim(`(${sanitizeLine(v.id)})`)}`];
  const names = v.series.map((s) => sanitizeLine(s.name));
  const longestWord = Math.max(0, ...names.flatMap((x) => x.split(" ").map(displayWidth)));
  const nameWidth = Math.max(
    longestWord,
    Math.min(MAX_NAME, Math.max(displayWidth(w.plans), ...names.map(displayWidth))),
  );
  const figs = v.series.map((s) => figures(s, w.notEnough));
  const figWidth = Math.max(0, ...figs.map(displayWidth));
  const cells = Math.max(1, Math.floor((width - 2 - nameWidth - 2 - 1 - figWidth) / CELL));
  const start = Math.max(0, n - cells);
  const span = w.span(day(v.dates[0] as string, o.lang), day(v.dates.at(-1) as string, o.lang), n);
  const shown = `${span}${start > 0 ? ` · ${w.lastOf(n - start, n)}` : ""}`;
  out.push(...wrap(shown, width, { first: "  ", rest: "  " }).map((l) => c.dim(l)));
  out.push("");
  const sep = (i: number) => (i > start && v.versions[i] !== v.versions[i - 1] ? "|" : " ");
  // A name longer than its column wraps at words under itself; the levels stay on its first line.
  const row = (name: string, cell: (i: number) => string, after = "") => {
    const parts = wrap(name, nameWidth, { min: 1, long: "whole" });
    let line = `  ${padEnd(parts[0] ?? "", nameWidth)}  `;
    for (let i = start; i < n; i++) line += padEnd(`${sep(i)}${cell(i)}`, CELL);
    return [`${line} ${after}`.trimEnd(), ...parts.slice(1).map((p) => `  ${p}`)];
  };
  v.series.forEach((s, k) => {
    out.push(...row(names[k] as string, (i) => level(s.percents[i] ?? null), figs[k]));
  });
  if (v.plans.length > 0) {
    const at = (i: number) => {
      const here = v.plans.filter((p) => Math.max(p.after, start) === i).map((p) => p.number);
      if (here.length === 0) return "";
      // "12" would read as twelve: several plans at one place show the first and a "+".
      return here.length > 1 || String(here[0]).length > CELL - 1 ? `${here[0]}+` : String(here[0]);
    };
    out.push(...row(w.plans, at).map((l) => c.dim(l)));
  }
  const read = readingWords(v, o.lang);
  if (read) out.push(...wrap(read, width, { first: "  ", rest: "    " }).map((l) => c.dim(l)));
  const changed = v.versions[v.since];
  if (v.since > 0 && changed !== undefined) {
    out.push(
      ...wrap(w.newVersion(sanitizeLine(changed)), width, { first: "  ", rest: "    " }).map((l) =>
        c.dim(l),
      ),
    );
  }
  for (const p of v.plans) {
    out.push("");
    const lead = `  ${p.number}. `;
    const rest = " ".repeat(displayWidth(lead));
    out.push(...wrap(planText(p), width, { first: lead, rest }));
    out.push(
      ...wrap(outcomes(p, o.lang).join(" · "), width, { first: rest, rest }).map((l) => c.dim(l)),
    );
  }
  return out;
}

export function progressText(views: readonly ProgressView[], o: ProgressTextOptions): string {
  const width = Math.min(MAX_WIDTH, o.width);
  const out: string[] = [];
  for (const v of views) out.push(...one(v, o, width), "");
  return `${out.join("\n").trimEnd()}\n`;
}

/** `reflet journal`, after the notes: what the person wrote at each check-in, plan by plan. */
export function checkinJournalText(plans: readonly Tracked[], o: ProgressTextOptions): string {
  const w = progressMessages[o.lang];
  const width = Math.min(MAX_WIDTH, o.width);
  const out: string[] = [];
  for (const t of plans) {
    const written = t.checkins.filter((k) => k.happened !== "" || k.other !== "");
    if (written.length === 0) continue;
    const title = sanitizeLine(t.commitment.questionnaire.title || t.commitment.questionnaire.id);
    out.push(
      `${o.colour.bold(title)} ${o.colour.dim(`· ${sanitizeLine(`${t.situation}, ${t.action}`)}`)}`,
    );
    for (const k of written) {
      out.push(
        o.colour.dim(`  ${w.outcome(day(k.date, o.lang), w.tried[k.tried], w.next[k.next])}`),
      );
      for (const text of [k.happened, k.other].filter(Boolean))
        out.push(...wrap(sanitizeLine(text), width, { first: "    ", rest: "    " }));
    }
    out.push("");
  }
  return out.length === 0 ? "" : `${out.join("\n").trimEnd()}\n`;
}
