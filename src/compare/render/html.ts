// The comparison of two waves as a self-contained HTML page: per dimension, the two
// distributions and the mean change with its interval, drawn in inline SVG. No name.
import { intervalChart, twoHistograms } from "../../render/html/change-charts.ts";
import { escapeHtml } from "../../render/html/escape.ts";
import { htmlPage } from "../../render/html/page.ts";
import { type CompareView, signed, type TargetView } from "./view.ts";

// Ten columns: a smaller type, and headings that may wrap, keep the table within the page;
// should it still be wider (long names), it scrolls on screen rather than being cut.
const TABLE = '<div style="overflow-x:auto"><table style="font-size:.82rem">';
const HEADING = ' class="num" style="white-space:normal"';

/** A cell; a change's interval goes under its mean, the column is narrow enough then. */
const cell = (c: string) => escapeHtml(c).replace(" [", "<br>[");

function table(head: readonly string[], rows: readonly TargetView[]): string {
  const th = head.map((h, i) => `<th${i > 0 ? HEADING : ""}>${escapeHtml(h)}</th>`);
  const tr = rows.map(
    (r) =>
      `<tr><td>${escapeHtml(`${r.facet ? "↳ " : ""}${r.name}`)}</td>${r.cells.map((c) => `<td class="num">${cell(c)}</td>`).join("")}</tr>`,
  );
  return [
    TABLE,
    `<thead><tr>${th.join("")}</tr></thead>`,
    "<tbody>",
    ...tr,
    "</tbody>",
    "</table></div>",
  ].join("\n");
}

/** The largest bound of every interval: all the change charts of the page on one scale. */
const widestOf = (v: CompareView) =>
  Math.max(
    0,
    ...v.targets.flatMap((t) =>
      t.figures.change ? [Math.abs(t.figures.change.lo), Math.abs(t.figures.change.hi)] : [],
    ),
  );

function targetSection(v: CompareView, t: TargetView): string[] {
  const w = v.words;
  const out = [`<h3>${escapeHtml(t.name)}</h3>`];
  const f = t.figures;
  if (f.withheld)
    return [...out, `<p class="note">${escapeHtml(w.withheld(v.comparison.minGroup))}</p>`];
  if (f.histogram)
    out.push(
      twoHistograms(f.histogram.before, f.histogram.after, w.distributionChart(t.name), [
        w.legendBefore,
        w.legendAfter,
      ]),
    );
  if (f.change)
    out.push(
      intervalChart(f.change, w.changeChart(t.name), (n) => signed(v.uiLang, n), widestOf(v)),
    );
  out.push(...t.sentences.map((s) => `<p>${escapeHtml(s)}</p>`));
  return out;
}

export function compareHtml(v: CompareView): string {
  const w = v.words;
  const c = v.comparison;
  const title = w.title(v.title);
  const out = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(`${c.questionnaire.id}, version ${c.questionnaire.version}`)}</p>`,
    `<h2>${escapeHtml(w.participants)}</h2>`,
    "<ul>",
    `<li>${c.participants.before} ${escapeHtml(w.before)}</li>`,
    `<li>${c.participants.after} ${escapeHtml(w.after)}</li>`,
    ...(c.design === "paired"
      ? [`<li>${c.participants.matched} ${escapeHtml(w.matched)}</li>`]
      : []),
    "</ul>",
    `<p>${escapeHtml(w.design(c.design === "paired"))}</p>`,
    `<h2>${escapeHtml(w.dimensions)}</h2>`,
    table(v.head, v.targets),
    `<p class="note">${escapeHtml(w.scale(Math.round(c.confidence * 100)))}</p>`,
    ...(v.retest ? [`<p class="note">${escapeHtml(w.retestNote)}</p>`] : []),
  ];
  for (const t of v.targets) out.push(...targetSection(v, t));
  if (v.groups) {
    out.push(`<h2>${escapeHtml(w.groups)}</h2>`);
    for (const g of v.groups)
      out.push(`<h3>${escapeHtml(w.group(g.name))}</h3>`, table(v.head, g.targets));
  }
  return htmlPage({ lang: v.lang, title, body: out.join("\n"), footer: w.made });
}
