// A per-person report as a self-contained HTML page: what the terminal profile says, with a
// chart of the dimensions, readable offline and printable.
import type { Model } from "../../model/model.ts";
import { type BarRow, barChart } from "../html/chart.ts";
import { escapeHtml, paragraphs } from "../html/escape.ts";
import { htmlPage } from "../html/page.ts";
import { bandTone } from "../html/tone.ts";
import { about, profileMessages } from "../profile/messages.ts";
import { profileLists } from "../profile/sections.ts";
import type { ProfileView, TargetView } from "../profile/view.ts";
import { reportMessages } from "./messages.ts";
import type { NoteView } from "./notes.ts";

function rows(model: Model, v: ProfileView, notEnough: string): BarRow[] {
  const row = (t: TargetView, sub: boolean): BarRow => ({
    label: t.name,
    percent: t.percent,
    ...(t.figure !== null ? { figure: t.figure } : {}),
    note: t.percent === null ? notEnough : (t.bandLabel ?? ""),
    tone: bandTone(model, t.id, t.bandId),
    sub,
  });
  return v.dimensions.flatMap((d) => [row(d, false), ...d.facets.map((f) => row(f, true))]);
}

const list = (items: readonly string[]) =>
  `<ul>\n${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("\n")}\n</ul>`;

export function reportHtml(
  model: Model,
  v: ProfileView,
  notes: readonly NoteView[] | null,
  /** HTML that follows the profile, already escaped. */
  after = "",
  /** More of the meta line, as text: when the answers were given, how many were left blank. */
  details: readonly string[] = [],
): string {
  const w = profileMessages[v.uiLang];
  const r = reportMessages[v.uiLang];
  const out: string[] = [`<h1>${escapeHtml(v.title)}</h1>`];
  const meta = [
    ...(v.participant ? [about(v.uiLang, w.participant, v.participant)] : []),
    r.questionnaire(model.id, model.version),
    ...details,
  ];
  out.push(`<p class="meta">${escapeHtml(meta.join(" · "))}</p>`);
  if (v.lowInformation)
    out.push(`<h2>${escapeHtml(w.lowInformationTitle)}</h2>`, paragraphs(v.lowInformation));
  if (v.archetype) {
    out.push(
      `<h2>${escapeHtml(about(v.uiLang, w.profile, v.archetype.name))}</h2>`,
      paragraphs(v.archetype.text),
    );
  }
  out.push(`<h2>${escapeHtml(w.dimensions)}</h2>`, barChart(rows(model, v, w.notEnough), r.chart));
  for (const d of v.dimensions.flatMap((d) => [d, ...d.facets])) {
    if (d.bandText)
      out.push(
        `<p>${escapeHtml(about(v.lang, `${d.name} (${d.bandLabel ?? ""})`, d.bandText))}</p>`,
      );
  }
  for (const s of profileLists(v))
    out.push(`<h2>${escapeHtml(s.title)}</h2>`, list(s.items.map((i) => i.text)));
  if (notes && notes.length > 0) {
    out.push(`<h2>${escapeHtml(r.notes)}</h2>`);
    for (const n of notes) out.push(`<h3>${escapeHtml(n.question)}</h3>`, paragraphs(n.answer));
  }
  if (after) out.push(after);
  const title = v.participant ? `${v.title} — ${v.participant}` : v.title;
  return htmlPage({ lang: v.lang, title, body: out.join("\n"), footer: r.made });
}
