// A profile as Markdown, for keeping or sharing: the same content as the text profile.
import { escapeMarkdown } from "../markdown.ts";
import type { ProfileView, TargetView } from "./view.ts";
import { about, aboutAnswers, longDate, profileWords, signed } from "./words.ts";

// Markdown is read by people and by renderers: neutralise what would become markup, and
// control characters in case it is printed on a terminal.
const md = escapeMarkdown;
const mdLine = (s: string) => md(s).replace(/\n+/g, " ");

function row(t: TargetView, notEnough: string, withChange: boolean, indent = ""): string {
  const value = t.percent === null ? notEnough : `${Math.round(t.percent)} / 100`;
  const band = t.bandLabel ? mdLine(t.bandLabel) : "—";
  const cells = [`${indent}${mdLine(t.name)}`, value, band];
  if (withChange) cells.push(t.change === null ? "" : signed(t.change));
  return `| ${cells.join(" | ")} |`;
}

export function profileMarkdown(v: ProfileView): string {
  const w = profileWords[v.uiLang];
  const out: string[] = [`# ${mdLine(v.title)}`, ""];
  if (v.participant) out.push(about(v.uiLang, w.participant, mdLine(v.participant)), "");
  if (v.archetype)
    out.push(
      `## ${about(v.uiLang, w.profile, mdLine(v.archetype.name))}`,
      "",
      md(v.archetype.text),
      "",
    );
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
  for (const d of v.dimensions) {
    if (d.bandText)
      out.push(
        about(v.lang, `**${mdLine(d.name)}** (${mdLine(d.bandLabel ?? "")})`, md(d.bandText)),
        "",
      );
  }
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    out.push(`## ${title}`, "", ...items.map((i) => `- ${mdLine(i)}`), "");
  };
  section(w.strengths, v.strengths);
  section(w.watch, v.watch);
  section(
    w.actions,
    v.actions.map((a) => a.text),
  );
  section(
    w.support,
    v.support.map((a) => a.text),
  );
  section(w.reflections, v.reflections);
  section(w.quality, aboutAnswers(v));
  return `${out.join("\n").trimEnd()}\n`;
}
