// What a profile says, in one language, before any formatting: shared by text, Markdown,
// HTML and the interactive screen, so they never disagree.
import type { Evidence, Result, Statement, TargetResult } from "../../engine/types.ts";
import { type Lang, wordsLang } from "../../i18n/lang.ts";
import { contentLang, localize } from "../../i18n/text.ts";
import { typeset } from "../../i18n/typography.ts";
import type { Model, Target } from "../../model/model.ts";
import type { Text } from "../../model/types.ts";
import { about, profileMessages } from "./messages.ts";
import { whyLines } from "./why.ts";

export interface TargetView {
  id: string;
  name: string;
  /** null when there were not enough answers. */
  percent: number | null;
  score: number | null;
  /** The figure a person reads, as the dimension's `display` says: "52", "74", "3,4". */
  figure: string | null;
  /** The figure is out of 100 (display: percent). */
  outOf100: boolean;
  bandId: string | null;
  bandLabel: string | null;
  bandText: string | null;
  /** The answers behind the band text (--why). */
  bandWhy: string[];
  answered: number;
  expected: number;
  /** Points gained (or lost) on 0-100 since the previous result; null when not comparable. */
  change: number | null;
  facets: TargetView[];
}

/** The previous result of the same questionnaire, to show what changed. */
export interface Previous {
  /** ISO 8601. */
  date: string;
  result: Pick<Result, "dimensions">;
}

export interface AdviceView {
  id: string;
  kind: string;
  text: string;
  because: string[];
  /** The answers behind it, in words (--why). */
  why: string[];
}

export interface ProfileView {
  /** The language of the questionnaire's texts. */
  lang: string;
  /** The language of reflet's own words (headings, labels): the user's. */
  uiLang: Lang;
  title: string;
  questionnaireId: string;
  participant: string | null;
  /** Date (ISO 8601) of the previous result compared with, if any. */
  since: string | null;
  archetype: { id: string; name: string; text: string; why: string[] } | null;
  /** The sheet says too little for a profile: what to read instead (archetype and strengths withheld). */
  lowInformation: string | null;
  dimensions: TargetView[];
  strengths: string[];
  watch: string[];
  /** The answers behind each strength and watch point, in the same order (--why). */
  strengthsWhy: string[][];
  watchWhy: string[][];
  /** At most three, highest priority first. */
  actions: AdviceView[];
  support: AdviceView[];
  reflections: string[];
  reflectionsWhy: string[][];
  flags: string[];
  /** The questions answered "does not apply", in file order. */
  notApplicable: string[];
}

export const MAX_ACTIONS = 3;

function changeOf(now: number | null, before: number | null | undefined): number | null {
  if (now === null || before === null || before === undefined) return null;
  return Math.round(now) - Math.round(before);
}

/** The figure a person reads: 0-100, or the sum or mean as a published instrument gives it. */
function figureOf(t: TargetResult, display: Target["display"], lang: string): string | null {
  const value = display === "sum" ? t.sum : display === "mean" ? t.mean : t.percent;
  if (value === null) return null;
  if (display === "percent") return String(Math.round(value));
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2, useGrouping: false }).format(
    value,
  );
}

/** A facet shows a band text only when it declares its own (bands or bandTexts). */
function ownBandTexts(model: Model, target: Target): boolean {
  if (target.kind === "dimension") return true;
  const spec = model.file.dimensions
    .find((d) => d.id === target.parent)
    ?.facets?.find((f) => f.id === target.id);
  return spec?.bands !== undefined || spec?.bandTexts !== undefined;
}

interface ViewCtx {
  model: Model;
  result: Result;
  lang: string;
  before: ReadonlyMap<string, number | null>;
}

function targetView(v: ViewCtx, t: TargetResult, facets: TargetResult[] = []): TargetView {
  const { model, lang } = v;
  const target = model.targets.get(t.id) as Target;
  const text = (x: Text | undefined) => typeset(localize(x, lang, model.languages), lang);
  const band = target.bands.find((b) => b.id === t.band);
  const hidden = (v.result.withheld ?? []).some(
    (w) => w.kind === "band" && w.id === t.id && w.band === t.band,
  );
  const bandText = band?.text && !hidden && ownBandTexts(model, target) ? text(band.text) : null;
  const evidence = t.contributions.map((c) => ({ ...c, target: t.id }));
  return {
    id: t.id,
    name: text(target.name),
    percent: t.percent,
    score: t.score,
    figure: figureOf(t, target.display, lang),
    outOf100: target.display === "percent",
    bandId: t.band,
    bandLabel: band ? text(band.label) : null,
    bandText,
    bandWhy: bandText ? whyLines(model, evidence, lang) : [],
    answered: t.answered,
    expected: t.expected,
    change: changeOf(t.percent, v.before.get(t.id)),
    facets: facets.map((f) => targetView(v, f)),
  };
}

export function buildProfileView(
  model: Model,
  result: Result,
  userLang: string,
  previous?: Previous,
): ProfileView {
  const before = new Map(
    (previous?.result.dimensions ?? [])
      .flatMap((d) => [d, ...(d.facets ?? [])])
      .map((t) => [t.id, t.percent] as const),
  );
  const lang = contentLang(userLang, model.languages);
  const text = (x: Text | undefined) => typeset(localize(x, lang, model.languages), lang);
  const why = (evidence: Evidence[] | undefined) => whyLines(model, evidence ?? [], lang);
  const adviceText = new Map(model.advice.map((a) => [a.id, a]));
  const statementText = (s: Statement): string => {
    if (s.source === "advice") return text(adviceText.get(s.id)?.text);
    const target = model.targets.get(s.id) as Target;
    const side = s.band === null ? undefined : target.bands.find((b) => b.id === s.band)?.side;
    return about(lang, text(target.name), text(side === "shadow" ? target.shadow : target.bright));
  };
  // Results saved before strengths were chosen by the engine carry none: they show none.
  const strengths = result.strengths ?? [];
  const watch = result.watch ?? [];
  const fired = result.advice.map((a) => ({
    id: a.id,
    kind: a.kind,
    text: text(adviceText.get(a.id)?.text),
    because: a.because,
    why: why(a.evidence),
  }));
  const archetype = result.profile
    ? model.profiles.find((p) => p.id === result.profile?.id)
    : undefined;
  const uiLang = wordsLang(userLang);
  const low = model.lowInformation.text;
  const v: ViewCtx = { model, result, lang, before };
  return {
    lang,
    uiLang,
    title: text(model.file.title),
    questionnaireId: model.id,
    participant: result.participant,
    since: previous?.date ?? null,
    archetype: archetype
      ? {
          id: archetype.id,
          name: text(archetype.name),
          text: text(archetype.text),
          why: why(result.profile?.evidence),
        }
      : null,
    lowInformation: result.lowInformation
      ? low
        ? text(low)
        : profileMessages[uiLang].lowInformation
      : null,
    dimensions: result.dimensions.map((d) => targetView(v, d, d.facets)),
    strengths: strengths.map(statementText),
    watch: watch.map(statementText),
    strengthsWhy: strengths.map((s) => why(s.evidence)),
    watchWhy: watch.map((s) => why(s.evidence)),
    actions: fired.filter((a) => a.kind === "action").slice(0, MAX_ACTIONS),
    support: fired.filter((a) => a.kind === "support"),
    reflections: fired.filter((a) => a.kind === "reflect").map((a) => a.text),
    reflectionsWhy: fired.filter((a) => a.kind === "reflect").map((a) => a.why),
    flags: result.flags.map((f) => f.id),
    // A result saved before "does not apply" existed has no such list.
    notApplicable: (result.notApplicable ?? []).map((id) => {
      const index = model.itemIndex.get(id);
      return index === undefined ? id : text(model.items[index]?.text);
    }),
  };
}
