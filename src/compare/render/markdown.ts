// The comparison of two waves as Markdown: tables a coach can paste anywhere. No name.
import { escapeMarkdownInline } from "../../render/markdown.ts";
import type { CompareView, TargetView } from "./view.ts";

const md = escapeMarkdownInline;

function table(head: readonly string[], rows: readonly TargetView[]): string[] {
  return [
    `| ${head.map(md).join(" | ")} |`,
    `|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`,
    ...rows.map(
      (r) => `| ${[`${r.facet ? "↳ " : ""}${r.name}`, ...r.cells].map(md).join(" | ")} |`,
    ),
  ];
}

export function compareMarkdown(v: CompareView): string {
  const w = v.words;
  const c = v.comparison;
  const out = [
    `# ${md(w.title(v.title))}`,
    "",
    `${md(c.questionnaire.id)}, version ${md(c.questionnaire.version)}`,
    "",
    `## ${w.participants}`,
    "",
    `- ${c.participants.before} ${w.before}`,
    `- ${c.participants.after} ${w.after}`,
    ...(c.design === "paired" ? [`- ${c.participants.matched} ${w.matched}`] : []),
    "",
    md(w.design(c.design === "paired")),
    "",
    `## ${w.dimensions}`,
    "",
    ...table(v.head, v.targets),
    "",
    md(w.scale(Math.round(c.confidence * 100))),
    "",
    ...(v.retest ? [md(w.retestNote), ""] : []),
  ];
  for (const t of v.targets) {
    out.push(`### ${md(t.name)}`, "");
    if (t.figures.withheld) out.push(md(w.withheld(c.minGroup)), "");
    else for (const s of t.sentences) out.push(md(s), "");
  }
  if (v.groups) {
    out.push(`## ${w.groups}`, "");
    for (const g of v.groups)
      out.push(`### ${md(w.group(g.name))}`, "", ...table(v.head, g.targets), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
