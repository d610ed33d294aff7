// `reflet progress --format markdown`: the terminal chart in a code block (plain glyphs, no
// colour), a table of the figures, and the plans with what came of them.
import type { Lang } from "../../i18n/lang.ts";
import { makeColour } from "../../term/colour.ts";
import { escapeMarkdown, escapeMarkdownInline } from "../markdown.ts";
import { signed } from "../profile/messages.ts";
import { progressMessages } from "./messages.ts";
import { day, outcomes, planText, progressText } from "./text.ts";
import type { ProgressView } from "./view.ts";

const plain = makeColour({ isTTY: false, env: {}, flag: false });
const cell = (p: number | null) => (p === null ? "–" : String(Math.round(p)));

function section(v: ProgressView, lang: Lang): string[] {
  const w = progressMessages[lang];
  const chart = progressText([{ ...v, plans: v.plans }], { lang, colour: plain, width: 80 });
  const head = [w.date, ...v.series.map((s) => escapeMarkdownInline(s.name))];
  const out = [
    `## ${escapeMarkdown(v.title)} (${escapeMarkdownInline(v.id)})`,
    "",
    "```text",
    // The chart's own lines: a fence inside a title cannot close the block.
    chart.trimEnd().replaceAll("```", "'''"),
    "```",
    "",
    `| ${head.join(" | ")} |`,
    `|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`,
    ...v.dates.map(
      (d, i) =>
        `| ${day(d, lang)} | ${v.series.map((s) => cell(s.percents[i] ?? null)).join(" | ")} |`,
    ),
  ];
  if (v.series.some((s) => s.change))
    out.push(
      `| ${w.change} | ${v.series.map((s) => (s.change ? signed(Math.round(s.change.to) - Math.round(s.change.from)) : "")).join(" | ")} |`,
    );
  if (v.plans.length > 0) {
    out.push("", `### ${w.plans}`, "");
    for (const p of v.plans)
      out.push(
        `${p.number}. ${escapeMarkdownInline(planText(p))}  `,
        `   ${escapeMarkdownInline(outcomes(p, lang).join(" · "))}`,
      );
  }
  return [...out, ""];
}

export function progressMarkdown(views: readonly ProgressView[], lang: Lang): string {
  const w = progressMessages[lang];
  return `${[`# ${w.title}`, "", ...views.flatMap((v) => section(v, lang))].join("\n").trimEnd()}\n`;
}
