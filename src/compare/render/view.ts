// The comparison in one language, before any formatting: shared by the terminal table,
// Markdown and HTML. Every figure is already a string here, in the reader's number format.

import { numberFormat, percentText } from "../../batch/output/summary/view.ts";
import { type Lang, wordsLang } from "../../i18n/lang.ts";
import { contentLang, localize } from "../../i18n/text.ts";
import { typeset } from "../../i18n/typography.ts";
import type { Model } from "../../model/model.ts";
import type { Comparison, Figures } from "../compute.ts";
import { type ComparePageMessages, comparePageMessages } from "./messages.ts";

export interface TargetView {
  figures: Figures;
  name: string;
  facet: boolean;
  /** The overview's cells after the name, in the order of `head`. */
  cells: string[];
  /** The sentences under the target's heading (empty when withheld). */
  sentences: string[];
  /** What its reliable change index rests on; null when withheld or unpaired. */
  reliability: string | null;
}

export interface GroupView {
  name: string;
  targets: TargetView[];
}

export interface CompareView {
  lang: string;
  uiLang: Lang;
  words: ComparePageMessages;
  title: string;
  comparison: Comparison;
  head: string[];
  targets: TargetView[];
  groups: GroupView[] | null;
  /** Some index rests on test-retest r: its caveat is said once. */
  retest: boolean;
}

/** A change with its sign, as people read it: "+4.2", "−1.3" (a real minus sign). */
export function signed(lang: string, n: number, digits = 1): string {
  const text = numberFormat(lang, digits)(Math.abs(n));
  if (text === numberFormat(lang, digits)(0)) return text;
  return `${n < 0 ? "−" : "+"}${text}`;
}

function targetView(
  v: Omit<CompareView, "targets" | "groups" | "head" | "retest">,
  f: Figures,
  name: string,
): TargetView {
  const w = v.words;
  const lang = v.uiLang;
  const one = numberFormat(lang, 1);
  const two = numberFormat(lang, 2);
  const paired = v.comparison.design === "paired";
  const c = f.change;
  const interval = (lo: number, hi: number) => w.interval(signed(lang, lo), signed(lang, hi));
  const shares = (k: "up" | "same" | "down") => {
    const b = f.bands;
    const total = b ? b.up + b.same + b.down : 0;
    return b && total > 0 ? percentText(lang, b[k] / total) : "—";
  };
  const cells = [
    String(f.nBefore),
    String(f.nAfter),
    paired ? String(f.nMatched) : "—",
    one(f.before?.mean),
    one(f.after?.mean),
    c ? `${signed(lang, c.mean)} ${interval(c.lo, c.hi)}` : "—",
    c?.dz != null ? signed(lang, c.dz, 2) : "—",
    f.bands ? `${shares("up")} / ${shares("same")} / ${shares("down")}` : "—",
    f.reliable ? `${f.reliable.up} · ${f.reliable.down}` : "—",
  ];
  // French spacing before the colons and semicolons of the sentences.
  const sentences: string[] = [];
  if (c) {
    sentences.push(
      w.changeText(signed(lang, c.mean), signed(lang, c.lo), signed(lang, c.hi), c.n, paired),
    );
    if (c.dz !== null) sentences.push(w.dzText(signed(lang, c.dz, 2)));
  }
  if (f.bands) sentences.push(w.movesText(shares("up"), shares("same"), shares("down")));
  const r = v.comparison.reliability.find((x) => x.id === f.id);
  const reliability = r ? w.reliability({ source: r.source, value: two(r.value), n: r.n }) : null;
  if (f.reliable && reliability)
    sentences.push(w.reliableText(f.reliable.up, f.reliable.none, f.reliable.down, reliability));
  else if (paired && !f.withheld) sentences.push(w.noReliability);
  return {
    figures: f,
    name,
    facet: f.kind === "facet",
    cells,
    sentences: sentences.map((s) => typeset(s, lang)),
    reliability: paired && !f.withheld ? typeset(reliability ?? w.noIndex, lang) : null,
  };
}

export function buildCompareView(model: Model, c: Comparison, userLang: string): CompareView {
  const lang = contentLang(userLang, model.languages);
  const uiLang = wordsLang(userLang);
  const w = comparePageMessages[uiLang];
  const text = (t: Parameters<typeof localize>[0]) =>
    typeset(localize(t, lang, model.languages), lang);
  const nameOf = (id: string) => {
    const t = model.targets.get(id);
    return t ? text(t.name) : id;
  };
  const base = { lang, uiLang, words: w, title: text(model.file.title), comparison: c };
  const views = (fs: readonly Figures[]) => fs.map((f) => targetView(base, f, nameOf(f.id)));
  return {
    ...base,
    head: [
      w.dimension,
      w.nBefore,
      w.nAfter,
      w.nMatched,
      w.meanBefore,
      w.meanAfter,
      w.change,
      w.dz,
      w.bands,
      w.reliable,
    ],
    targets: views(c.targets),
    groups:
      c.groups?.map((g) => ({ name: g.name ?? w.noGroup, targets: views(g.targets) })) ?? null,
    retest: c.reliability.some((r) => r.source === "retest"),
  };
}
