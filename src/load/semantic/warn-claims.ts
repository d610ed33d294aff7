// Two warnings about what texts claim. A profile that speaks of a dimension as a strength
// must not be reachable with that dimension in a weak band (decided by the satisfiability
// search of satisfiable.ts). An advice rule whose text claims a frequency ("always",
// "souvent"...) should require an extreme band or answer: a heuristic on words, which can
// be wrong both ways, hence a warning.
import { localize } from "../../i18n/text.ts";
import type { ResolvedBand, Target } from "../../model/model.ts";
import type { Condition, Profile } from "../../model/types.ts";
import { impossibility } from "./satisfiable.ts";
import { universeFor } from "./universe.ts";
import type { WarnContext } from "./warnings.ts";

const byLow = (bands: ResolvedBand[]) => [...bands].sort((a, b) => a.range.lo - b.range.lo);

/** The bands that show a dimension at its weakest: shadow bands, else the lowest. */
function weakBands(t: Target): string[] {
  const shadow = t.bands.filter((b) => b.side === "shadow");
  if (shadow.length > 0) return shadow.map((b) => b.id);
  return t.bands.length >= 2 ? [byLow(t.bands)[0]?.id as string] : [];
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordIn = (word: string, text: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${literal(word)}(?![\\p{L}\\p{N}])`, "iu").test(text);

/**
 * A profile speaks of a dimension when its name or text names it (in any language). Whether
 * it praises it is left to the author: a warning, not an error.
 */
function speaksOf(ctx: WarnContext, p: Profile, t: Target): boolean {
  return ctx.model.languages.some((lang) => {
    const name = localize(t.name, lang).trim();
    const text = `${localize(p.name, lang)} ${localize(p.text, lang)}`;
    return name !== "" && wordIn(name, text);
  });
}

export function checkProfileStrengths(ctx: WarnContext): void {
  const u = universeFor(ctx.model);
  const all = ctx.q.profiles ?? [];
  const earlier: Condition[] = [];
  for (const p of ctx.model.profiles) {
    // Who gets this profile: its condition holds and no profile tried before it does.
    const reached: Condition[] = [...earlier.map((c) => ({ not: c })), ...(p.when ? [p.when] : [])];
    for (const t of ctx.model.dimensions) {
      const weak = weakBands(t);
      if (weak.length === 0 || !speaksOf(ctx, p, t)) continue;
      const c: Condition = { all: [...reached, { band: { [t.id]: weak } }] };
      if (impossibility(c, u) === null)
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

/** The leaves that must all hold: the condition itself, or the members of its `all`. */
function requiredLeaves(c: Condition): Condition[] {
  if (c.all) return c.all.flatMap(requiredLeaves);
  if (c.any || c.not) return [];
  return [c];
}

type Comparison = {
  eq?: number;
  ne?: number;
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
};

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
    const ok = scale.values.filter((v) =>
      typeof test === "number" || typeof test === "string"
        ? String(test) === String(v)
        : "in" in test
          ? test.in.some((x) => String(x) === String(v))
          : "has" in test
            ? false
            : passes(v, test),
    );
    if (ok.length > 0 && ok.every((v) => v === scale.min || v === scale.max)) return true;
  }
  return false;
}

export function checkFrequencyClaims(ctx: WarnContext): void {
  (ctx.q.advice ?? []).forEach((a, i) => {
    if (requiredLeaves(a.when).some((leaf) => extreme(ctx, leaf))) return;
    for (const lang of ctx.model.languages) {
      const text = localize(a.text, lang);
      const word = FREQUENCY_WORDS.find((w) => wordIn(w, text));
      if (word) {
        ctx.report(["advice", i, "text"], ctx.w.frequencyClaim(a.id, word));
        return;
      }
    }
  });
}
