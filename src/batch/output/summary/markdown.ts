// The team summary as Markdown: tables a coach can paste anywhere.

import { escapeMarkdownInline } from "../../../render/markdown.ts";
import { about } from "../../../render/profile/messages.ts";
import { summaryMessages } from "./messages.ts";
import {
  groupTable,
  numberFormat,
  overview,
  percentText,
  type SummaryTargetView,
  type SummaryView,
} from "./view.ts";

const md = escapeMarkdownInline;

const table = (head: string[], align: string[], rows: string[][]) => [
  `| ${head.join(" | ")} |`,
  `|${align.join("|")}|`,
  ...rows.map((r) => `| ${r.join(" | ")} |`),
];

function targetSection(v: SummaryView, t: SummaryTargetView): string[] {
  const w = summaryMessages[v.uiLang];
  const two = numberFormat(v.uiLang, 2);
  const out = [`### ${md(t.name)}`, ""];
  if (t.withheld) return [...out, w.targetWithheld(v.summary.minGroup), ""];
  out.push(
    about(
      v.uiLang,
      w.bands,
      t.bandViews
        .map((b) => `${md(b.label)} ${b.count} (${percentText(v.uiLang, b.share)})`)
        .join(", "),
    ),
    "",
  );
  const edges = t.histogram.map((_, i) => `${i * 10}-${(i + 1) * 10}`);
  out.push(
    about(v.uiLang, w.distribution, "").trimEnd(),
    "",
    ...table(
      [w.range, ...edges],
      ["---", ...edges.map(() => "---:")],
      [[w.count, ...t.histogram.map(String)]],
    ),
    "",
  );
  const r = t.reliability;
  if (r) {
    out.push(r.alpha === null ? w.alphaNone(r.n) : w.alphaOf(two(r.alpha), r.n), "");
    if (r.alpha !== null)
      out.push(
        ...table(
          [w.item, w.itemTotal],
          ["---", "---:"],
          t.itemViews.map((i) => [
            about(v.uiLang, md(i.id), md(i.text)),
            i.itemTotal !== null && i.itemTotal < 0
              ? `${two(i.itemTotal)} (${w.negativeItemTotal})`
              : two(i.itemTotal),
          ]),
        ),
        "",
      );
  }
  return out;
}

export function summaryMarkdown(v: SummaryView): string {
  const w = summaryMessages[v.uiLang];
  const s = v.summary;
  const out = [
    `# ${md(w.title(v.title))}`,
    "",
    `${md(s.questionnaire.id)}, version ${md(s.questionnaire.version)}`,
    "",
    `## ${w.participants}`,
    "",
    `- ${w.scored(s.participants.scored)}`,
    `- ${w.rejected(s.participants.rejected)}`,
    `- ${w.flagged(s.participants.flagged)}`,
    "",
    `## ${w.dimensions}`,
    "",
  ];
  if (s.withheld) out.push(w.withheld(s.minGroup), "");
  else {
    out.push(w.scale, "");
    out.push(
      ...table(
        overview(v).head,
        ["---", "---:", "---:", "---:", "---:", "---:", "---:"],
        overview(v).rows.map((r) => [`${r.facet ? "↳ " : ""}${md(r.name)}`, ...r.figures]),
      ),
      "",
      w.alphaNote,
      "",
    );
    const groups = groupTable(v);
    if (groups && s.groupBy !== null)
      out.push(
        `## ${md(w.groupsTitle(s.groupBy))}`,
        "",
        w.groupsNote(s.minGroup),
        "",
        ...table(
          groups.head.map(md),
          ["---", ...groups.head.slice(1).map(() => "---:")],
          groups.rows.map((r) => [`${r.facet ? "↳ " : ""}${md(r.name)}`, ...r.figures]),
        ),
        "",
      );
    for (const t of v.targets) out.push(...targetSection(v, t));
  }
  out.push(`## ${w.flaggedTitle}`, "");
  if (s.flags.length === 0) out.push(w.noneFlagged, "");
  else
    out.push(
      ...s.flags.map((f) => `- ${about(v.uiLang, md(w.flag(f.id)), String(f.count))}`),
      "",
      w.flaggedWhere,
      "",
    );
  if (v.notes) {
    out.push(`## ${w.notes}`, "");
    for (const n of v.notes) {
      if (n.answers.length === 0) continue;
      out.push(`### ${md(n.question)}`, "", ...n.answers.map((a) => `- ${md(a)}`), "");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
