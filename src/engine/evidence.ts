// What each text of a result rests on, and which texts a person must not be shown. Shared by
// score() and the compiled scorer, so both paths give the same strengths, watch points,
// evidence and withheld texts.
import type { Model, ResolvedBand, Target } from "../model/model.ts";
import type { AdviceKind, AnswerValue, Condition } from "../model/types.ts";
import { type ConditionContext, holds } from "./conditions.ts";
import { chooseProfile, fireAdvice } from "./rules.ts";
import type {
  DimensionResult,
  Evidence,
  LowInformationReason,
  QualityFlag,
  Result,
  Statement,
  TargetResult,
  Withheld,
} from "./types.ts";

/** What a held condition rests on: the targets and items of the leaves that made it hold. */
interface Refs {
  targets: Set<string>;
  items: Set<string>;
  flags: Set<string>;
}

const newRefs = (): Refs => ({ targets: new Set(), items: new Set(), flags: new Set() });

/** Every target, item and flag a condition mentions: what a negation rests on. */
function mentioned(c: Condition, refs: Refs): void {
  for (const x of [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])])
    mentioned(x, refs);
  for (const id of Object.keys({ ...c.band, ...c.percent, ...c.score })) refs.targets.add(id);
  for (const id of Object.keys(c.answer ?? {})) refs.items.add(id);
  if (c.answered !== undefined)
    for (const id of Array.isArray(c.answered) ? c.answered : [c.answered]) refs.items.add(id);
  if (c.flag !== undefined) refs.flags.add(c.flag);
}

/** The leaves that made `c` hold, as `holds` traces them: all of an all, the first any that held. */
function support(c: Condition, ctx: ConditionContext, refs: Refs): void {
  if (c.all) for (const x of c.all) support(x, ctx, refs);
  else if (c.any) {
    const first = c.any.find((x) => holds(x, ctx));
    if (first) support(first, ctx, refs);
  } else mentioned(c, refs);
}

export interface EvidenceSource {
  targets: ReadonlyMap<string, TargetResult>;
  answer(itemId: string): AnswerValue | undefined;
  flags: readonly QualityFlag[];
}

function evidenceOf(refs: Refs, src: EvidenceSource): Evidence[] {
  const out: Evidence[] = [];
  for (const id of refs.targets) {
    for (const c of src.targets.get(id)?.contributions ?? [])
      out.push({ item: c.item, answer: c.answer, target: id, points: c.points });
  }
  const items = new Set(refs.items);
  for (const f of src.flags) if (refs.flags.has(f.id)) for (const i of f.items) items.add(i);
  for (const id of items) {
    const answer = src.answer(id);
    if (answer !== undefined) out.push({ item: id, answer, target: null, points: null });
  }
  return out;
}

/** The answers a held condition rests on. */
export function conditionEvidence(
  c: Condition | undefined,
  ctx: ConditionContext,
  src: EvidenceSource,
): Evidence[] {
  if (!c) return [];
  const refs = newRefs();
  support(c, ctx, refs);
  return evidenceOf(refs, src);
}

/** Every contribution of one target: the evidence of its band's texts. */
export function targetEvidence(id: string, src: EvidenceSource): Evidence[] {
  const refs = newRefs();
  refs.targets.add(id);
  return evidenceOf(refs, src);
}

/** The band with the highest range: the only one a strength may come from. */
export function topBand(target: Target): ResolvedBand | undefined {
  let top: ResolvedBand | undefined;
  for (const b of target.bands) {
    if (
      !top ||
      b.range.hi > top.range.hi ||
      (b.range.hi === top.range.hi && b.range.lo > top.range.lo)
    )
      top = b;
  }
  return top;
}

export function targetMap(dimensions: readonly DimensionResult[]): Map<string, TargetResult> {
  const map = new Map<string, TargetResult>();
  for (const d of dimensions) {
    map.set(d.id, d);
    for (const f of d.facets) map.set(f.id, f);
  }
  return map;
}

/** A band whose declared contradiction holds for the person: its text and side are not shown. */
export function bandContradicted(
  model: Model,
  t: TargetResult,
  ctx: ConditionContext,
): ResolvedBand | undefined {
  const band = model.targets.get(t.id)?.bands.find((b) => b.id === t.band);
  return band?.contradicts && holds(band.contradicts, ctx) ? band : undefined;
}

export type Judged = Pick<
  Result,
  "profile" | "advice" | "strengths" | "watch" | "lowInformation" | "withheld"
>;

/**
 * The texts of a result and their evidence: the profile, advice, strengths and watch
 * points, after withholding what the declared contradictions and a low-information sheet
 * rule out.
 */
export function judge(
  model: Model,
  dimensions: readonly DimensionResult[],
  flags: readonly QualityFlag[],
  ctx: ConditionContext,
  reasons: readonly LowInformationReason[],
): Judged {
  const src: EvidenceSource = { targets: targetMap(dimensions), answer: ctx.answer, flags };
  const low = reasons.length > 0;
  const withheld: Withheld[] = [];
  const chosen = chooseProfile(model, ctx, withheld);
  let profile: Result["profile"] = null;
  if (chosen && low)
    withheld.push({ kind: "profile", id: chosen.id, band: null, reason: "low-information" });
  else if (chosen) {
    const when = model.profiles.find((p) => p.id === chosen.id)?.when;
    profile = { ...chosen, evidence: conditionEvidence(when, ctx, src) };
  }
  const rules = new Map(model.advice.map((a) => [a.id, a]));
  const advice: Result["advice"] = [];
  for (const a of fireAdvice(model, ctx, withheld)) {
    // A low-information sheet says too little for a claim about the person: statements
    // (strength and watch advice) are withheld; suggestions to act or reflect stay.
    if (low && (a.kind === "strength" || a.kind === "watch")) {
      withheld.push({ kind: "advice", id: a.id, band: null, reason: "low-information" });
      continue;
    }
    advice.push({ ...a, evidence: conditionEvidence(rules.get(a.id)?.when, ctx, src) });
  }
  const strengths: Statement[] = [];
  const watch: Statement[] = [];
  for (const d of dimensions) {
    for (const t of [d, ...d.facets]) {
      const band = bandContradicted(model, t, ctx);
      if (band) withheld.push({ kind: "band", id: t.id, band: band.id, reason: "contradicted" });
      else if (low && t.band !== null)
        withheld.push({ kind: "band", id: t.id, band: t.band, reason: "low-information" });
    }
    if (low) continue;
    const target = model.targets.get(d.id) as Target;
    const band = target.bands.find((b) => b.id === d.band);
    if (!band || bandContradicted(model, d, ctx)) continue;
    const statement = (): Statement => ({
      source: "band",
      id: d.id,
      band: band.id,
      evidence: targetEvidence(d.id, src),
    });
    if (band.side === "bright" && target.bright && band.id === topBand(target)?.id)
      strengths.push(statement());
    if (band.side === "shadow" && target.shadow) watch.push(statement());
  }
  const fromAdvice = (kind: AdviceKind): Statement[] =>
    advice
      .filter((a) => a.kind === kind)
      .map((a) => ({ source: "advice", id: a.id, band: null, evidence: a.evidence }));
  return {
    profile,
    advice,
    strengths: [...strengths, ...fromAdvice("strength")],
    watch: [...watch, ...fromAdvice("watch")],
    lowInformation: low ? { reasons: [...reasons] } : null,
    withheld,
  };
}
