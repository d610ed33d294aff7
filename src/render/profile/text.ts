// A profile as plain text for a terminal or a pipe.
import { isLang } from "../../i18n/lang.ts";
import type { Colour } from "../../term/colour.ts";
import { sanitizeText } from "../../term/sanitize.ts";
import type { ProfileView, TargetView } from "./view.ts";
import { profileWords } from "./words.ts";

export interface TextOptions {
  colour: Colour;
  width: number;
}

const BAR = 20;

function bar(percent: number): string {
  const full = Math.round((percent / 100) * BAR);
  return `${"█".repeat(full)}${"░".repeat(BAR - full)}`;
}

function line(
  t: TargetView,
  notEnough: string,
  nameWidth: number,
  o: TextOptions,
  indent = "",
): string {
  const name = (indent + sanitizeText(t.name)).padEnd(nameWidth);
  if (t.percent === null) return `  ${name}  ${o.colour.dim(notEnough)}`;
  const pct = String(Math.round(t.percent)).padStart(3);
  return `  ${name}  ${o.colour.cyan(bar(t.percent))} ${pct}  ${o.colour.bold(sanitizeText(t.bandLabel ?? ""))}`;
}

export function profileText(v: ProfileView, o: TextOptions): string {
  const w = profileWords[isLang(v.lang) ? v.lang : "en"];
  const c = o.colour;
  const out: string[] = [c.bold(sanitizeText(v.title)), ""];
  if (v.archetype)
    out.push(
      `${c.bold(`${w.profile}:`)} ${sanitizeText(v.archetype.name)}`,
      sanitizeText(v.archetype.text),
      "",
    );
  const names = v.dimensions.flatMap((d) => [d.name, ...d.facets.map((f) => `  ${f.name}`)]);
  const nameWidth = Math.min(32, Math.max(...names.map((n) => n.length)));
  for (const d of v.dimensions) {
    out.push(line(d, w.notEnough, nameWidth, o));
    for (const f of d.facets) out.push(line(f, w.notEnough, nameWidth, o, "  "));
  }
  out.push("");
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    out.push(c.bold(title), ...items.map((i) => `  - ${sanitizeText(i)}`), "");
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
