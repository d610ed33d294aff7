// `reflet progress --format html`: one self-contained page (html/page.ts) to keep or show a
// coach: per questionnaire, the dimensions over time as inline SVG with the plans marked where
// they were chosen, a table of the figures, and the plans with what came of them.
import type { Lang } from "../../i18n/lang.ts";
import { lineChart } from "../html/chart.ts";
import { escapeHtml } from "../html/escape.ts";
import { htmlPage } from "../html/page.ts";
import { signed } from "../profile/messages.ts";
import { progressMessages } from "./messages.ts";
import { day, outcomes, planText, readingWords } from "./text.ts";
import type { ProgressView } from "./view.ts";

const cell = (p: number | null) => (p === null ? "–" : String(Math.round(p)));

function section(v: ProgressView, lang: Lang): string {
  const w = progressMessages[lang];
  const dates = v.dates.map((d) => day(d, lang));
  // A date is never cut over two lines of the table.
  const unbroken = dates.map((d) => d.replaceAll(" ", "\u00a0"));
  const chart = lineChart(
    v.series.map((s) => ({ label: s.name, values: s.percents })),
    dates,
    v.plans.map((p) => ({ after: p.after, label: String(p.number) })),
    w.chart(v.title),
  );
  const head = [w.date, ...v.series.map((s) => s.name)];
  const rows = v.dates.map(
    (_, i) =>
      `<tr><td>${escapeHtml(unbroken[i] as string)}</td>${v.series.map((s) => `<td class="num">${cell(s.percents[i] ?? null)}</td>`).join("")}</tr>`,
  );
  const change = v.series.some((s) => s.change)
    ? `<tr><th>${escapeHtml(w.change)}</th>${v.series
        .map(
          (s) =>
            `<td class="num">${s.change ? signed(Math.round(s.change.to) - Math.round(s.change.from)) : ""}</td>`,
        )
        .join("")}</tr>`
    : "";
  const plans = v.plans.map(
    (p) =>
      `<li value="${p.number}">${escapeHtml(planText(p))}<br><span class="meta">${escapeHtml(outcomes(p, lang).join(" · "))}</span></li>`,
  );
  const read = readingWords(v, lang);
  const since = v.versions[v.since];
  return [
    `<h2>${escapeHtml(v.title)} <span class="tag">${escapeHtml(v.id)}</span></h2>`,
    `<p class="meta">${escapeHtml(w.span(dates[0] as string, dates.at(-1) as string, v.dates.length))}</p>`,
    chart,
    // Names may wrap (five long dimension names must fit the page); the figures never do.
    `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.join("\n")}\n${change}</tbody></table>`,
    read ? `<p class="note">${escapeHtml(read)}</p>` : "",
    v.since > 0 && since !== undefined
      ? `<p class="note">${escapeHtml(w.newVersion(since).replace(/^\| /, ""))}</p>`
      : "",
    plans.length > 0 ? `<h3>${escapeHtml(w.plans)}</h3>\n<ol>\n${plans.join("\n")}\n</ol>` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

export function progressHtml(views: readonly ProgressView[], lang: Lang): string {
  const w = progressMessages[lang];
  return htmlPage({
    lang,
    title: w.title,
    body: [`<h1>${escapeHtml(w.title)}</h1>`, ...views.map((v) => section(v, lang))].join("\n"),
    footer: w.footer,
  });
}
