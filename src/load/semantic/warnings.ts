// Warnings of `reflet validate`: what makes a valid file say more (or less) than the answers
// support. They never stop a file from loading; `--strict` makes validate fail on them.
import type { Lang } from "../../i18n/lang.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { localize } from "../../i18n/text.ts";
import type { Model, Target } from "../../model/model.ts";
import { codePoints } from "../../model/plan.ts";
import type { Condition, OptionItem, QuestionnaireFile } from "../../model/types.ts";
import type { Problem } from "../problem.ts";
import type { ParsedYaml } from "../yaml.ts";
import { type CheckContext, makeContext } from "./context.ts";
import { type WarningMessages, warningMessages } from "./messages/warnings.ts";
import { checkFrequencyClaims, checkProfileStrengths } from "./warn-claims.ts";

export type WarnContext = CheckContext & { w: WarningMessages };

export const DEFAULT_OPTION_LENGTH_RATIO = 1.5;

export function semanticWarnings(
  q: QuestionnaireFile,
  parsed: ParsedYaml,
  file: string,
  lang: Lang,
  model?: Model,
): Problem[] {
  const out: Problem[] = [];
  const ctx: WarnContext = {
    ...makeContext(q, parsed, file, lang, out, model),
    w: messagesFor(lang, warningMessages),
  };
  for (const check of [
    checkUncoveredBands,
    checkBandlessFacets,
    checkProfileStrengths,
    checkFrequencyClaims,
    checkSameScenes,
    checkOptionLengths,
  ])
    check(ctx);
  const prefix = ctx.w.prefix;
  return out.map((p) => ({ ...p, message: prefix + p.message }));
}

/** Every leaf of a condition, with whether it sits under a `not`. */
export function leaves(
  c: Condition,
  visit: (leaf: Condition, negated: boolean) => void,
  negated = false,
): void {
  if (c.all || c.any) for (const x of c.all ?? c.any ?? []) leaves(x, visit, negated);
  else if (c.not) leaves(c.not, visit, !negated);
  else visit(c, negated);
}

/** "target\0band" for each band a profile or advice condition names, in one walk of them all. */
function namedBands(ctx: WarnContext): Set<string> {
  const named = new Set<string>();
  const conditions = [
    ...ctx.model.advice.map((a) => a.when),
    ...ctx.model.profiles.flatMap((p) => (p.when ? [p.when] : [])),
  ];
  for (const c of conditions)
    leaves(c, (leaf) => {
      for (const [target, want] of Object.entries(leaf.band ?? {}))
        for (const b of [want].flat()) named.add(`${target}\0${b}`);
    });
  return named;
}

function checkUncoveredBands(ctx: WarnContext): void {
  const named = namedBands(ctx);
  ctx.q.dimensions.forEach((d, i) => {
    const check = (t: Target | undefined, at: (string | number)[], inline: boolean) => {
      if (!t) return;
      t.bands.forEach((b, j) => {
        const sideText =
          b.side === "bright" ? t.bright : b.side === "shadow" ? t.shadow : undefined;
        if (b.text !== undefined || sideText !== undefined || named.has(`${t.id}\0${b.id}`)) return;
        ctx.report(inline ? [...at, j, "id"] : at, ctx.w.uncoveredBand(t.id, b.id));
      });
    };
    check(ctx.model.targets.get(d.id), ["dimensions", i, "bands"], Array.isArray(d.bands));
    (d.facets ?? []).forEach((f, j) => {
      if (f.bands !== undefined)
        check(
          ctx.model.targets.get(f.id),
          ["dimensions", i, "facets", j, "bands"],
          Array.isArray(f.bands),
        );
    });
  });
}

function checkBandlessFacets(ctx: WarnContext): void {
  ctx.q.dimensions.forEach((d, i) => {
    (d.facets ?? []).forEach((f, j) => {
      if (ctx.model.targets.get(f.id)?.bands.length === 0)
        ctx.report(["dimensions", i, "facets", j, "id"], ctx.w.bandlessFacet(f.id, d.id));
    });
  });
}

const normalise = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

function checkSameScenes(ctx: WarnContext): void {
  const seen = new Map<string, number>();
  ctx.q.items.forEach((item, i) => {
    if (item.type !== "scenario") return;
    for (const lang of ctx.model.languages) {
      const key = `${lang}\0${normalise(localize(item.scene, lang))}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        continue;
      }
      const other = ctx.q.items[first]?.id ?? "";
      ctx.report(
        ["items", i, "scene"],
        ctx.w.sameScene(item.id, other, ctx.line(["items", first, "scene"])),
      );
      return;
    }
  });
}

/** The total points of an option, over everything it scores. */
type AnyOption = OptionItem["options"][number];
/** The points an option gives when chosen (for a best–worst item, when picked as most likely). */
const pointsOf = (o: AnyOption) => ("scores" in o ? o.scores : "best" in o ? o.best : undefined);
const total = (o: AnyOption) => Object.values(pointsOf(o) ?? {}).reduce((a, b) => a + b, 0);

function checkOptionLengths(ctx: WarnContext): void {
  const limit = ctx.q.settings?.optionLengthRatio ?? DEFAULT_OPTION_LENGTH_RATIO;
  ctx.q.items.forEach((item, i) => {
    if (item.type === "likert" || item.type === "text") return;
    // Options that score nothing give nothing away by their length.
    if (!item.options.some((o) => Object.keys(pointsOf(o) ?? {}).length > 0)) return;
    for (const lang of ctx.model.languages) {
      const lengths = item.options.map((o) => codePoints(localize(o.label, lang).trim()));
      const longest = Math.max(...lengths);
      const ratio = longest / Math.max(1, Math.min(...lengths));
      if (ratio <= limit) continue;
      const totals = item.options.map(total);
      const best = Math.max(...totals);
      const bestIsLongest =
        totals.filter((t) => t === best).length === 1 && lengths[totals.indexOf(best)] === longest;
      ctx.report(
        ["items", i, "options"],
        ctx.w.optionLengths(item.id, ratio, limit, bestIsLongest),
        true,
      );
      return;
    }
  });
}
