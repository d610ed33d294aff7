// A profile as Markdown, for keeping or sharing: the same content as the text profile.
import { escapeMarkdown } from "../markdown.ts";
import { about, longDate, profileMessages, signed } from "./messages.ts";
import { profileLists } from "./sections.ts";
import type { ProfileView, TargetView } from "./view.ts";

// Markdown is read by people and by renderers: neutralise what would become markup, and
// control characters in case it is printed on a terminal.
const md = escapeMarkdown;
const mdLine = (s: string) => md(s).replace(/\n+/g, " ");

function row(t: TargetView, notEnough: string, withChange: boolean, indent = ""): string {
  const value =
    t.percent === null || t.figure === null
      ? notEnough
      : t.outOf100
        ? `${t.figure} / 100`
        : md(t.figure);
  const band = t.bandLabel ? mdLine(t.bandLabel) : "—";
  const cells = [`${indent}${mdLine(t.name)}`, value, band];
  if (withChange) cells.push(t.change === null ? "" : signed(t.change));
  return `| ${cells.join(" | ")} |`;
}

/** The answers behind a text, as a nested list (--why). */
const whyList = (lines: readonly string[], indent: string): string[] =>
  lines.map((l) => `${indent}- ${mdLine(l)}`);

export interface MarkdownOptions {
  /** Under each text, the answers behind it (--why). */
  why?: boolean;
}

export function profileMarkdown(v: ProfileView, o: MarkdownOptions = {}): string {
  const w = profileMessages[v.uiLang];
  const why = (lines: readonly string[], indent = "") => (o.why ? whyList(lines, indent) : []);
  const out: string[] = [`# ${mdLine(v.title)}`, ""];
  if (v.participant) out.push(about(v.uiLang, w.participant, mdLine(v.participant)), "");
  if (v.lowInformation) out.push(`## ${w.lowInformationTitle}`, "", md(v.lowInformation), "");
  if (v.archetype) {
    out.push(
      `## ${about(v.uiLang, w.profile, mdLine(v.archetype.name))}`,
      "",
      md(v.archetype.text),
      "",
    );
    const lines = why(v.archetype.why);
    if (lines.length > 0) out.push(...lines, "");
  }
  out.push(`## ${w.dimensions}`, "");
  if (v.since) out.push(md(w.since(longDate(v.since, v.uiLang))), "");
  const withChange = v.since !== null;
  const head = [w.dimension, w.score, w.band, ...(withChange ? [w.change] : [])];
  out.push(`| ${head.join(" | ")} |`, `|---|---:|---|${withChange ? "---:|" : ""}`);
  for (const d of v.dimensions) {
    out.push(row(d, w.notEnough, withChange));
    for (const f of d.facets) out.push(row(f, w.notEnough, withChange, "↳ "));
  }
  out.push("");
  for (const d of v.dimensions.flatMap((d) => [d, ...d.facets])) {
    if (!d.bandText) continue;
    out.push(about(v.lang, `**${mdLine(d.name)}** (${mdLine(d.bandLabel ?? "")})`, md(d.bandText)));
    const lines = why(d.bandWhy);
    out.push(...(lines.length > 0 ? ["", ...lines] : []), "");
  }
  for (const s of profileLists(v)) {
    out.push(`## ${s.title}`, "");
    for (const item of s.items) out.push(`- ${mdLine(item.text)}`, ...why(item.why, "  "));
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
