// The team summary as a self-contained HTML page, with charts drawn in inline SVG.
import { type BarRow, barChart, histogram, shareBar } from "../../../render/html/chart.ts";
import { escapeHtml, paragraphs } from "../../../render/html/escape.ts";
import { htmlPage } from "../../../render/html/page.ts";
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

type Cell = { text: string; num?: boolean };

const negative = (r: number | null) => r !== null && r < 0;

function htmlTable(head: Cell[], rows: Cell[][]): string {
  const cell = (tag: string, c: Cell) =>
    `<${tag}${c.num ? ' class="num"' : ""}>${escapeHtml(c.text)}</${tag}>`;
  return [
    "<table>",
    `<thead><tr>${head.map((c) => cell("th", c)).join("")}</tr></thead>`,
    "<tbody>",
    ...rows.map((r) => `<tr>${r.map((c) => cell("td", c)).join("")}</tr>`),
    "</tbody>",
    "</table>",
  ].join("\n");
}

function targetSection(v: SummaryView, t: SummaryTargetView): string[] {
  const w = summaryMessages[v.uiLang];
  const two = numberFormat(v.uiLang, 2);
  const out = [`<h3>${escapeHtml(t.name)}</h3>`];
  if (t.withheld)
    return [...out, `<p class="note">${escapeHtml(w.targetWithheld(v.summary.minGroup))}</p>`];
  out.push(
    shareBar(
      t.bandViews.map((b) => ({
        label: `${b.label} ${percentText(v.uiLang, b.share)}`,
        share: b.share,
        tone: b.tone,
      })),
      w.bandsChart(t.name),
    ),
    htmlTable(
      [{ text: w.band }, { text: w.count, num: true }, { text: "%", num: true }],
      t.bandViews.map((b) => [
        { text: b.label },
        { text: String(b.count), num: true },
        { text: percentText(v.uiLang, b.share), num: true },
      ]),
    ),
    histogram(t.histogram, w.distributionChart(t.name)),
  );
  const r = t.reliability;
  // A column of explanations only where some correlation is negative.
  const explain = t.itemViews.some((i) => negative(i.itemTotal));
  if (r) {
    out.push(
      `<p>${escapeHtml(r.alpha === null ? w.alphaNone(r.n) : w.alphaOf(two(r.alpha), r.n))}</p>`,
    );
    if (r.alpha !== null)
      out.push(
        htmlTable(
          [{ text: w.item }, { text: w.itemTotal, num: true }, ...(explain ? [{ text: "" }] : [])],
          t.itemViews.map((i) => [
            { text: about(v.uiLang, i.id, i.text) },
            { text: two(i.itemTotal), num: true },
            ...(explain ? [{ text: negative(i.itemTotal) ? w.negativeItemTotal : "" }] : []),
          ]),
        ),
      );
  }
  return out;
}

export function summaryHtml(v: SummaryView): string {
  const w = summaryMessages[v.uiLang];
  const s = v.summary;
  const title = w.title(v.title);
  const out = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(`${s.questionnaire.id}, version ${s.questionnaire.version}`)}</p>`,
    `<h2>${escapeHtml(w.participants)}</h2>`,
    "<ul>",
    `<li>${escapeHtml(w.scored(s.participants.scored))}</li>`,
    `<li>${escapeHtml(w.rejected(s.participants.rejected))}</li>`,
    `<li>${escapeHtml(w.flagged(s.participants.flagged))}</li>`,
    "</ul>",
    `<h2>${escapeHtml(w.dimensions)}</h2>`,
  ];
  if (s.withheld) out.push(`<p class="note">${escapeHtml(w.withheld(s.minGroup))}</p>`);
  else {
    const table = overview(v);
    const means: BarRow[] = v.targets.map((t) => ({
      label: t.name,
      percent: t.percent?.mean ?? null,
      note: t.percent ? `(n = ${t.n})` : "—",
      tone: "neutral",
      sub: t.kind === "facet",
    }));
    out.push(
      barChart(means, w.meansChart),
      `<p class="note">${escapeHtml(w.scale)}</p>`,
      htmlTable(
        table.head.map((text, i) => ({ text, num: i > 0 })),
        table.rows.map((r) => [
          { text: `${r.facet ? "↳ " : ""}${r.name}` },
          ...r.figures.map((text) => ({ text, num: true })),
        ]),
      ),
      `<p class="note">${escapeHtml(w.alphaNote)}</p>`,
    );
    const groups = groupTable(v);
    if (groups && s.groupBy !== null)
      out.push(
        `<h2>${escapeHtml(w.groupsTitle(s.groupBy))}</h2>`,
        `<p class="note">${escapeHtml(w.groupsNote(s.minGroup))}</p>`,
        htmlTable(
          groups.head.map((text, i) => ({ text, num: i > 0 })),
          groups.rows.map((r) => [
            { text: `${r.facet ? "↳ " : ""}${r.name}` },
            ...r.figures.map((text) => ({ text, num: true })),
          ]),
        ),
      );
    for (const t of v.targets) out.push(...targetSection(v, t));
  }
  out.push(`<h2>${escapeHtml(w.flaggedTitle)}</h2>`);
  if (s.flags.length === 0) out.push(`<p>${escapeHtml(w.noneFlagged)}</p>`);
  else
    out.push(
      "<ul>",
      ...s.flags.map(
        (f) => `<li>${escapeHtml(about(v.uiLang, w.flag(f.id), String(f.count)))}</li>`,
      ),
      "</ul>",
      `<p class="note">${escapeHtml(w.flaggedWhere)}</p>`,
    );
  if (v.notes) {
    out.push(`<h2>${escapeHtml(w.notes)}</h2>`);
    for (const n of v.notes) {
      if (n.answers.length === 0) continue;
      out.push(`<h3>${escapeHtml(n.question)}</h3>`, ...n.answers.map(paragraphs));
    }
  }
  return htmlPage({ lang: v.lang, title, body: out.join("\n"), footer: w.made });
}
