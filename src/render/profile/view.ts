// What a profile says, in one language, before any formatting: shared by text, Markdown,
// HTML and the interactive screen, so they never disagree.
import type { Result, TargetResult } from "../../engine/types.ts";
import { isLang, type Lang } from "../../i18n/lang.ts";
import { contentLang, localize } from "../../i18n/text.ts";
import type { Model, Target } from "../../model/model.ts";
import type { Text } from "../../model/types.ts";
import { about } from "./words.ts";

export interface TargetView {
  id: string;
  name: string;
  /** null when there were not enough answers. */
  percent: number | null;
  score: number | null;
  bandId: string | null;
  bandLabel: string | null;
  bandText: string | null;
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
  archetype: { id: string; name: string; text: string } | null;
  dimensions: TargetView[];
  strengths: string[];
  watch: string[];
  /** At most three, highest priority first. */
  actions: AdviceView[];
  support: AdviceView[];
  reflections: string[];
  flags: string[];
  /** The questions answered "does not apply", in file order. */
  notApplicable: string[];
}

export const MAX_ACTIONS = 3;

function changeOf(now: number | null, before: number | null | undefined): number | null {
  if (now === null || before === null || before === undefined) return null;
  return Math.round(now) - Math.round(before);
}

function targetView(
  model: Model,
  t: TargetResult,
  lang: string,
  before: ReadonlyMap<string, number | null>,
  facets: TargetResult[] = [],
): TargetView {
  const target = model.targets.get(t.id) as Target;
  const text = (x: Text | undefined) => localize(x, lang, model.languages);
  const band = target.bands.find((b) => b.id === t.band);
  return {
    id: t.id,
    name: text(target.name),
    percent: t.percent,
    score: t.score,
    bandId: t.band,
    bandLabel: band ? text(band.label) : null,
    bandText: band?.text ? text(band.text) : null,
    answered: t.answered,
    expected: t.expected,
    change: changeOf(t.percent, before.get(t.id)),
    facets: facets.map((f) => targetView(model, f, lang, before)),
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
  const text = (x: Text | undefined) => localize(x, lang, model.languages);
  const strengths: string[] = [];
  const watch: string[] = [];
  for (const d of result.dimensions) {
    const target = model.targets.get(d.id) as Target;
    const side = target.bands.find((b) => b.id === d.band)?.side;
    if (side === "bright" && target.bright)
      strengths.push(about(lang, text(target.name), text(target.bright)));
    if (side === "shadow" && target.shadow)
      watch.push(about(lang, text(target.name), text(target.shadow)));
  }
  const adviceText = new Map(model.advice.map((a) => [a.id, a]));
  const fired = result.advice.map((a) => ({
    id: a.id,
    kind: a.kind,
    text: text(adviceText.get(a.id)?.text),
    because: a.because,
  }));
  for (const a of fired) {
    if (a.kind === "strength") strengths.push(a.text);
    if (a.kind === "watch") watch.push(a.text);
  }
  const archetype = result.profile
    ? model.profiles.find((p) => p.id === result.profile?.id)
    : undefined;
  return {
    lang,
    uiLang: isLang(userLang) ? userLang : "en",
    title: text(model.file.title),
    questionnaireId: model.id,
    participant: result.participant,
    since: previous?.date ?? null,
    archetype: archetype
      ? { id: archetype.id, name: text(archetype.name), text: text(archetype.text) }
      : null,
    dimensions: result.dimensions.map((d) => targetView(model, d, lang, before, d.facets)),
    strengths,
    watch,
    actions: fired.filter((a) => a.kind === "action").slice(0, MAX_ACTIONS),
    support: fired.filter((a) => a.kind === "support"),
    reflections: fired.filter((a) => a.kind === "reflect").map((a) => a.text),
    flags: result.flags.map((f) => f.id),
    // A result saved before "does not apply" existed has no such list.
    notApplicable: (result.notApplicable ?? []).map((id) => {
      const index = model.itemIndex.get(id);
      return index === undefined ? id : text(model.items[index]?.text);
    }),
  };
}
