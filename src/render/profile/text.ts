// A profile as plain text for a terminal or a pipe: fitted to the width, wrapped at words.
import type { Colour } from "../../term/colour.ts";
import { sanitizeLine, sanitizeText } from "../../term/sanitize.ts";
import { displayWidth, padEnd, padStart, wrap } from "../../term/wrap.ts";
import { about, longDate, profileMessages, signed } from "./messages.ts";
import { profileLists } from "./sections.ts";
import type { ProfileView, TargetView } from "./view.ts";

export interface TextOptions {
  colour: Colour;
  /** Columns of the terminal (80 when not a terminal). */
  width: number;
  /** Under each text, the answers behind it (--why). */
  why?: boolean;
}

/** Long lines tire the eye: text stops at this width even on a wide terminal. */
const MAX_WIDTH = 100;
const MIN_WIDTH = 40;
const INDENT = "  ";
const FACET_INDENT = "  ";
const MIN_BAR = 8;
const MAX_BAR = 40;
const WHY_FIRST = `${INDENT}    · `;
const WHY_REST = `${INDENT}      `;

interface Layout {
  figure: number;
  name: number;
  bar: number;
  band: number;
  change: number;
}

function bar(percent: number, width: number): string {
  const full = Math.round((percent / 100) * width);
  return `${"█".repeat(full)}${"░".repeat(width - full)}`;
}

const longestWord = (texts: readonly string[]) =>
  Math.max(0, ...texts.flatMap((t) => t.split(/\s+/).map(displayWidth)));

/**
 * Bars shrink before names and band labels do; when both still do not fit, names and labels
 * wrap at words in their columns, never narrower than their longest word: nothing is cut.
 */
function layout(v: ProfileView, width: number): Layout {
  const targets = v.dimensions.flatMap((d) => [d, ...d.facets]);
  const names = v.dimensions.flatMap((d) => [
    sanitizeLine(d.name),
    ...d.facets.map((f) => FACET_INDENT + sanitizeLine(f.name)),
  ]);
  const labels = targets.map((t) => sanitizeLine(t.bandLabel ?? ""));
  const nameNeed = Math.max(...names.map(displayWidth));
  const bandNeed = Math.max(0, ...labels.map(displayWidth));
  const change = v.since ? Math.max(1, ...targets.map((t) => signed(t.change ?? 0).length)) : 0;
  const figure = Math.max(3, ...targets.map((t) => displayWidth(t.figure ?? "")));
  const available = width - (INDENT.length + 2 + 1 + figure + 2 + (change ? 2 + change : 0));
  const bar = Math.max(MIN_BAR, Math.min(MAX_BAR, available - nameNeed - bandNeed));
  const room = available - bar;
  if (nameNeed + bandNeed <= room) return { figure, name: nameNeed, band: bandNeed, change, bar };
  const bandMin = Math.min(bandNeed, longestWord(labels));
  const band = Math.max(bandMin, Math.min(bandNeed, room - nameNeed));
  const nameMin = Math.min(nameNeed, longestWord(names) + FACET_INDENT.length);
  const name = Math.max(nameMin, Math.min(nameNeed, room - band));
  return { figure, name, band, change, bar };
}

/** A cell's lines: `text` wrapped at words to `width` columns, each padded to it. */
function cell(text: string, width: number, indent = ""): string[] {
  return wrap(text, width, { first: indent, rest: indent, min: 1 }).map((line) =>
    padEnd(line, width),
  );
}

function targetLines(
  t: TargetView,
  notEnough: string,
  l: Layout,
  c: Colour,
  indent: string,
): string[] {
  const names = cell(sanitizeLine(t.name), l.name, indent);
  const under = (lines: string[], from: number) =>
    lines.slice(from).map((line) => `${INDENT}${line}`.trimEnd());
  if (t.percent === null || t.figure === null)
    return [`${INDENT}${names[0]}  ${c.dim(notEnough)}`, ...under(names, 1)];
  const pct = padStart(t.figure, l.figure);
  const labels = cell(sanitizeLine(t.bandLabel ?? ""), l.band);
  // Padded only when the change column follows it.
  const label = l.change ? (labels[0] ?? "") : (labels[0] ?? "").trimEnd();
  let first = `${INDENT}${names[0]}  ${c.cyan(bar(t.percent, l.bar))} ${pct}  ${c.bold(label)}`;
  if (l.change && t.change !== null) {
    const mark = padStart(signed(t.change), l.change);
    first += `  ${t.change > 0 ? c.green(mark) : t.change < 0 ? c.yellow(mark) : c.dim(mark)}`;
  }
  // A name or a label on several lines: the rest under the first, in its own column.
  const gap = " ".repeat(2 + l.bar + 1 + l.figure + 2);
  const rows = Math.max(names.length, labels.length);
  const more: string[] = [];
  for (let i = 1; i < rows; i++) {
    const name = names[i] ?? " ".repeat(l.name);
    const rest = (labels[i] ?? "").trimEnd();
    more.push(`${INDENT}${name}${rest ? gap + c.bold(rest) : ""}`.trimEnd());
  }
  return [first.trimEnd(), ...more];
}

export function profileText(v: ProfileView, o: TextOptions): string {
  const w = profileMessages[v.uiLang];
  const c = o.colour;
  const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, o.width));
  const para = (text: string, first = INDENT, rest = first) =>
    wrap(sanitizeText(text), width, { first, rest });
  const out: string[] = [...para(v.title, "").map((l) => c.bold(l)), ""];
  if (v.participant) out.push(about(v.uiLang, w.participant, sanitizeLine(v.participant)), "");
  const because = (lines: readonly string[]) => {
    if (!o.why) return;
    for (const line of lines) out.push(...para(line, WHY_FIRST, WHY_REST).map((l) => c.dim(l)));
  };
  if (v.lowInformation) {
    out.push(c.bold(w.lowInformationTitle), ...para(v.lowInformation), "");
  }
  if (v.archetype) {
    out.push(c.bold(about(v.uiLang, w.profile, sanitizeLine(v.archetype.name))));
    out.push(...para(v.archetype.text));
    because(v.archetype.why);
    out.push("");
  }
  if (v.since) out.push(...para(w.since(longDate(v.since, v.uiLang)), "").map((l) => c.dim(l)));
  const l = layout(v, width);
  for (const d of v.dimensions) {
    out.push(...targetLines(d, w.notEnough, l, c, ""));
    for (const f of d.facets) out.push(...targetLines(f, w.notEnough, l, c, FACET_INDENT));
  }
  out.push("");
  const bandTexts = v.dimensions.flatMap((d) => [d, ...d.facets]).filter((d) => d.bandText);
  for (const d of bandTexts) {
    const text = about(v.lang, `${d.name} (${d.bandLabel})`, d.bandText ?? "");
    out.push(...para(text, `${INDENT}- `, `${INDENT}  `));
    because(d.bandWhy);
  }
  if (bandTexts.length > 0) out.push("");
  for (const s of profileLists(v)) {
    out.push(c.bold(s.title));
    for (const item of s.items) {
      out.push(...para(item.text, `${INDENT}- `, `${INDENT}  `));
      because(item.why);
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
