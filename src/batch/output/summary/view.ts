// The team summary in one language, before any formatting: shared by Markdown and HTML.

import { type Lang, wordsLang } from "../../../i18n/lang.ts";
import { contentLang, localize } from "../../../i18n/text.ts";
import { typeset } from "../../../i18n/typography.ts";
import type { Model } from "../../../model/model.ts";
import type { Item, Text } from "../../../model/types.ts";
import type { Tone } from "../../../render/html/chart.ts";
import { bandTone } from "../../../render/html/tone.ts";
import type { TargetSummary, TeamSummary } from "../../stats/summary.ts";
import { summaryMessages } from "./messages.ts";

export interface SummaryTargetView extends TargetSummary {
  name: string;
  /** The figures the overview shows: the score's when the dimension is displayed as its score (sum or mean), else the percent's. */
  shown: TargetSummary["percent"];
  bandViews: { id: string; label: string; count: number; share: number; tone: Tone }[];
  itemViews: { id: string; text: string; itemTotal: number | null }[];
}

export interface SummaryView {
  lang: string;
  uiLang: Lang;
  title: string;
  summary: TeamSummary;
  targets: SummaryTargetView[];
  /** With --group-by: each group's name (a word for "no group") and figures. */
  groups: { name: string; scored: number; targets: SummaryTargetView[] }[] | null;
  notes: { question: string; answers: string[] }[] | null;
}

export function buildSummaryView(model: Model, s: TeamSummary, userLang: string): SummaryView {
  const lang = contentLang(userLang, model.languages);
  const text = (t: Text | undefined) => typeset(localize(t, lang, model.languages), lang);
  // Scenarios often share one prompt ("What do you do?"): their scene tells them apart.
  const itemText = (id: string) => {
    const index = model.itemIndex.get(id);
    if (index === undefined) return id;
    const item = model.items[index] as Item;
    const scene = item.type === "scenario" || item.type === "best-worst" ? text(item.scene) : "";
    return scene ? `${scene} ${text(item.text)}` : text(item.text);
  };
  const uiLang = wordsLang(userLang);
  const view = (t: TargetSummary): SummaryTargetView => {
    const target = model.targets.get(t.id);
    return {
      ...t,
      name: target ? text(target.name) : t.id,
      // The summary keeps the score's figures: a dimension displayed as the figure it
      // aggregates to (sum or mean) shows them, any other the 0-100 percent's.
      shown: target && target.display === target.aggregate ? t.score : t.percent,
      bandViews: t.bands.map((b) => ({
        ...b,
        label: text(target?.bands.find((x) => x.id === b.id)?.label) || b.id,
        tone: bandTone(model, t.id, b.id),
      })),
      itemViews: (t.reliability?.items ?? []).map((i) => ({ ...i, text: itemText(i.id) })),
    };
  };
  return {
    lang,
    uiLang,
    title: text(model.file.title),
    summary: s,
    targets: s.targets.map(view),
    groups:
      s.groups?.map((g) => ({
        name: g.name ?? summaryMessages[uiLang].noGroup,
        scored: g.scored,
        targets: g.targets.map(view),
      })) ?? null,
    notes: s.notes?.map((n) => ({ question: itemText(n.item), answers: n.answers })) ?? null,
  };
}

/** Numbers as people read them in that language: "61.2", "61,2". */
export function numberFormat(
  lang: string,
  digits: number,
): (n: number | null | undefined) => string {
  const f = new Intl.NumberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return (n) => (n === null || n === undefined ? "—" : f.format(n));
}

export const percentText = (lang: Lang, share: number): string =>
  summaryMessages[lang].percent(Math.round(share * 100));

export interface Overview {
  head: string[];
  rows: { name: string; facet: boolean; figures: string[] }[];
}

/** The table of every dimension and facet: name, then n, mean, sd, min, max, not enough. */
export function overview(v: SummaryView): Overview {
  const w = summaryMessages[v.uiLang];
  const one = numberFormat(v.uiLang, 1);
  return {
    head: [w.dimension, w.n, w.mean, w.sd, w.min, w.max, w.insufficient],
    rows: v.targets.map((t) => ({
      name: t.name,
      facet: t.kind === "facet",
      figures: [
        String(t.n),
        one(t.shown?.mean),
        one(t.shown?.sd),
        one(t.shown?.min),
        one(t.shown?.max),
        String(t.insufficient),
      ],
    })),
  };
}

/**
 * With --group-by, one table: a row per dimension and facet, a column per group (its name
 * and how many were scored), each cell the group's mean (as the overview shows it), or
 * "hidden".
 */
export function groupTable(v: SummaryView): Overview | null {
  if (!v.groups) return null;
  const w = summaryMessages[v.uiLang];
  const one = numberFormat(v.uiLang, 1);
  return {
    head: [w.dimension, ...v.groups.map((g) => `${g.name} (n = ${g.scored})`)],
    rows: v.targets.map((t, i) => ({
      name: t.name,
      facet: t.kind === "facet",
      // The mean; its n only where some of the group had not enough answers for it.
      figures: (v.groups ?? []).map((g) => {
        const x = g.targets[i];
        if (!x || x.withheld) return w.groupHidden;
        const mean = one(x.shown?.mean);
        return x.n === g.scored ? mean : `${mean} (n = ${x.n})`;
      }),
    })),
  };
}
