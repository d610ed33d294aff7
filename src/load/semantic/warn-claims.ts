// Two warnings about what texts claim. A profile that speaks of a dimension as a strength
// must not be reachable with that dimension in a weak band (decided by the satisfiability
// search of satisfiable.ts); a profile given only to people weak on it speaks of a weakness.
// An advice rule whose text claims a frequency ("always", "souvent"...) should require an
// extreme band or answer, or the answer whose label it quotes: a heuristic on words, which
// can be wrong both ways, hence a warning.
import type { Comparison } from "../../engine/conditions.ts";
import { localize } from "../../i18n/text.ts";
import type { ResolvedBand, Target } from "../../model/model.ts";
import type { Condition, Text } from "../../model/types.ts";
import { impossibility } from "./satisfiable.ts";
import { universeFor } from "./universe.ts";
import type { WarnContext } from "./warnings.ts";
import { anyOf, wordIn } from "./whole-word.ts";

const byLow = (bands: ResolvedBand[]) => [...bands].sort((a, b) => a.range.lo - b.range.lo);

/** The bands that show a dimension at its weakest: shadow bands, else the lowest. */
function weakBands(t: Target): string[] {
  const shadow = t.bands.filter((b) => b.side === "shadow");
  if (shadow.length > 0) return shadow.map((b) => b.id);
  return t.bands.length >= 2 ? [byLow(t.bands)[0]?.id as string] : [];
}

/**
 * A profile speaks of a dimension when its name or text names it (in any language). Whether
 * it praises it is left to the author: a warning, not an error. `said`: the profile's name
 * and text in each language, `named`: the dimension's name in each, `maybe`: whether the
 * profile's text in each holds any dimension's name at all.
 */
function speaksOf(said: string[], named: string[], maybe: boolean[]): boolean {
  return said.some((text, i) => maybe[i] && named[i] !== "" && wordIn(named[i] as string, text));
}

export function checkProfileStrengths(ctx: WarnContext): void {
  const u = universeFor(ctx.model);
  const all = ctx.q.profiles ?? [];
  const languages = ctx.model.languages;
  const names = ctx.model.dimensions.map((t) =>
    languages.map((lang) => localize(t.name, lang).trim()),
  );
  const anyName = languages.map((_, i) => anyOf(names.map((n) => n[i] as string)));
  const earlier: Condition[] = [];
  for (const p of ctx.model.profiles) {
    // Who gets this profile: its condition holds and no profile tried before it does.
    const reached: Condition[] = [...earlier.map((c) => ({ not: c })), ...(p.when ? [p.when] : [])];
    const said = languages.map((lang) => `${localize(p.name, lang)} ${localize(p.text, lang)}`);
    const maybe = said.map((text, i) => anyName[i]?.test(text) === true);
    for (const [d, t] of ctx.model.dimensions.entries()) {
      const weak = weakBands(t);
      if (weak.length === 0 || !speaksOf(said, names[d] as string[], maybe)) continue;
      const isWeak: Condition = { band: { [t.id]: weak } };
      // Everyone who gets it is weak on t: the profile names t as the gap, not as a strength.
      if (impossibility({ all: [...reached, { not: isWeak }] }, u) !== null) continue;
      if (impossibility({ all: [...reached, isWeak] }, u) === null)
        ctx.report(["profiles", all.indexOf(p), "id"], ctx.w.weakStrength(p.id, t.id, weak));
    }
    if (!p.when) break;
    earlier.push(p.when);
  }
}

const FREQUENCY_WORDS = [
  "always",
  "never",
  "often",
  "rarely",
  "seldom",
  "usually",
  "constantly",
  "every time",
  "toujours",
  "jamais",
  "souvent",
  "rarement",
  "systématiquement",
  "constamment",
  "sans cesse",
  "chaque fois",
];

const ANY_FREQUENCY_WORD = anyOf(FREQUENCY_WORDS);

/** The leaves that must all hold: the condition itself, or the members of its `all`. */
function requiredLeaves(c: Condition): Condition[] {
  if (c.all) return c.all.flatMap(requiredLeaves);
  if (c.any || c.not) return [];
  return [c];
}

type AnswerTest = NonNullable<Condition["answer"]>[string];

function passes(v: number, c: Comparison): boolean {
  return (
    (c.eq === undefined || v === c.eq) &&
    (c.ne === undefined || v !== c.ne) &&
    (c.gt === undefined || v > c.gt) &&
    (c.gte === undefined || v >= c.gte) &&
    (c.lt === undefined || v < c.lt) &&
    (c.lte === undefined || v <= c.lte)
  );
}

function accepts(test: AnswerTest, v: number | string): boolean {
  if (typeof test === "number" || typeof test === "string") return String(test) === String(v);
  if ("in" in test) return test.in.some((x) => String(x) === String(v));
  if ("has" in test) return false;
  return typeof v === "number" && passes(v, test);
}

/** An item's answers in scale order, with their labels: Likert points by value, choice options as listed. */
function orderedAnswers(ctx: WarnContext, id: string): { value: number | string; label: Text }[] {
  const index = ctx.model.itemIndex.get(id);
  const item = index === undefined ? undefined : ctx.model.items[index];
  if (item?.type === "likert")
    return [...(ctx.q.scales[item.scale]?.points ?? [])].sort((a, b) => a.value - b.value);
  return item?.type === "choice" ? item.options : [];
}

/**
 * Whether a leaf requires the answer whose label holds `word`: every accepted answer says it
 * (« Souvent » and only that), or the accepted answers run from it to the end of the scale
 * on its side (« Souvent » or « Presque toujours »: "you say you often...").
 */
function quotes(ctx: WarnContext, leaf: Condition, word: string, lang: string): boolean {
  return Object.entries(leaf.answer ?? {}).some(([id, test]) => {
    const points = orderedAnswers(ctx, id);
    const said = points.map((p) => wordIn(word, localize(p.label, lang)));
    const taken = points.flatMap((p, i) => (accepts(test, p.value) ? [i] : []));
    const first = taken[0];
    const last = taken.at(-1);
    if (first === undefined || last === undefined) return false;
    if (taken.every((i) => said[i])) return true;
    if (last - first + 1 !== taken.length) return false;
    const middle = (points.length - 1) / 2;
    if (last === points.length - 1 && first > middle) return said[first] === true;
    return first === 0 && last < middle && said[last] === true;
  });
}

/** Whether a leaf asks for an end of the range: an end band, an end answer, a percent ≤ 25 or ≥ 75. */
function extreme(ctx: WarnContext, leaf: Condition): boolean {
  for (const [id, want] of Object.entries(leaf.band ?? {})) {
    const bands = byLow(ctx.model.targets.get(id)?.bands ?? []);
    const ends = [bands[0]?.id, bands.at(-1)?.id];
    if ([want].flat().every((b) => ends.includes(b))) return true;
  }
  for (const c of Object.values(leaf.percent ?? {})) {
    const lower = Math.max(c.gte ?? -Infinity, c.gt ?? -Infinity, c.eq ?? -Infinity);
    const upper = Math.min(c.lte ?? Infinity, c.lt ?? Infinity, c.eq ?? Infinity);
    if (lower >= 75 || upper <= 25) return true;
  }
  for (const [id, test] of Object.entries(leaf.answer ?? {})) {
    const index = ctx.model.itemIndex.get(id);
    const item = index === undefined ? undefined : ctx.model.items[index];
    if (item?.type !== "likert") continue;
    const scale = ctx.model.scales.get(item.scale);
    if (!scale) continue;
    const ok = scale.values.filter((v) => accepts(test, v));
    if (ok.length > 0 && ok.every((v) => v === scale.min || v === scale.max)) return true;
  }
  return false;
}

export function checkFrequencyClaims(ctx: WarnContext): void {
  (ctx.q.advice ?? []).forEach((a, i) => {
    const required = requiredLeaves(a.when);
    if (required.some((leaf) => extreme(ctx, leaf))) return;
    for (const lang of ctx.model.languages) {
      const text = localize(a.text, lang);
      if (!ANY_FREQUENCY_WORD.test(text)) continue;
      const word = FREQUENCY_WORDS.find(
        (w) => wordIn(w, text) && !required.some((leaf) => quotes(ctx, leaf, w, lang)),
      );
      if (word) {
        ctx.report(["advice", i, "text"], ctx.w.frequencyClaim(a.id, word));
        return;
      }
    }
  });
}
