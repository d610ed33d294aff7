// What a profile says, in one language, before any formatting: shared by text, Markdown,
// HTML and the interactive screen, so they never disagree.
import type { Result, TargetResult } from "../../engine/types.ts";
import { contentLang, localize } from "../../i18n/text.ts";
import type { Model, Target } from "../../model/model.ts";
import type { Text } from "../../model/types.ts";

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
  facets: TargetView[];
}

export interface AdviceView {
  id: string;
  kind: string;
  text: string;
  because: string[];
}

export interface ProfileView {
  lang: string;
  title: string;
  questionnaireId: string;
  participant: string | null;
  archetype: { id: string; name: string; text: string } | null;
  dimensions: TargetView[];
  strengths: string[];
  watch: string[];
  /** At most three, highest priority first. */
  actions: AdviceView[];
  support: AdviceView[];
  reflections: string[];
  flags: string[];
}

export const MAX_ACTIONS = 3;

function targetView(
  model: Model,
  t: TargetResult,
  lang: string,
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
    facets: facets.map((f) => targetView(model, f, lang)),
  };
}

export function buildProfileView(model: Model, result: Result, userLang: string): ProfileView {
  const lang = contentLang(userLang, model.languages);
  const text = (x: Text | undefined) => localize(x, lang, model.languages);
  const strengths: string[] = [];
  const watch: string[] = [];
  for (const d of result.dimensions) {
    const target = model.targets.get(d.id) as Target;
    const side = target.bands.find((b) => b.id === d.band)?.side;
    if (side === "bright" && target.bright)
      strengths.push(`${text(target.name)}: ${text(target.bright)}`);
    if (side === "shadow" && target.shadow)
      watch.push(`${text(target.name)}: ${text(target.shadow)}`);
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
    title: text(model.file.title),
    questionnaireId: model.id,
    participant: result.participant,
    archetype: archetype
      ? { id: archetype.id, name: text(archetype.name), text: text(archetype.text) }
      : null,
    dimensions: result.dimensions.map((d) => targetView(model, d, lang, d.facets)),
    strengths,
    watch,
    actions: fired.filter((a) => a.kind === "action").slice(0, MAX_ACTIONS),
    support: fired.filter((a) => a.kind === "support"),
    reflections: fired.filter((a) => a.kind === "reflect").map((a) => a.text),
    flags: result.flags.map((f) => f.id),
  };
}
