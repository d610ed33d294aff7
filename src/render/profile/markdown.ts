// A profile as Markdown, for keeping or sharing.
import { isLang } from "../../i18n/lang.ts";
import type { ProfileView, TargetView } from "./view.ts";
import { profileWords } from "./words.ts";

// Markdown is read by people and by renderers: neutralise what would become markup.
const md = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, "\\$1");

function row(t: TargetView, notEnough: string, indent = ""): string {
  const value = t.percent === null ? notEnough : `${Math.round(t.percent)} / 100`;
  const band = t.bandLabel ? md(t.bandLabel) : "—";
  return `| ${indent}${md(t.name)} | ${value} | ${band} |`;
}

export function profileMarkdown(v: ProfileView): string {
  const w = profileWords[isLang(v.lang) ? v.lang : "en"];
  const out: string[] = [`# ${md(v.title)}`, ""];
  if (v.participant) out.push(`${w.participant}: ${md(v.participant)}`, "");
  if (v.archetype)
    out.push(`## ${w.profile}: ${md(v.archetype.name)}`, "", md(v.archetype.text), "");
  out.push(`## ${w.dimensions}`, "", "| | | |", "|---|---:|---|");
  for (const d of v.dimensions) {
    out.push(row(d, w.notEnough));
    for (const f of d.facets) out.push(row(f, w.notEnough, "↳ "));
  }
  out.push("");
  for (const d of v.dimensions) {
    if (d.bandText) out.push(`**${md(d.name)}**: ${md(d.bandText)}`, "");
  }
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    out.push(`## ${title}`, "", ...items.map((i) => `- ${md(i)}`), "");
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
  section(w.quality, v.flags.map(w.flag));
  return `${out.join("\n").trimEnd()}\n`;
}
