// Profile (archetype) and advice rules, evaluated on the scores in rank order. A rule whose
// declared contradiction (`contradicts`) holds for the person is never shown: the next
// profile that holds is given instead.
import type { Model } from "../model/model.ts";
import { type ConditionContext, holds } from "./conditions.ts";
import type { FiredAdvice, Withheld } from "./types.ts";

export type ChosenProfile = { id: string; because: string[] } | null;

/**
 * The first profile whose condition holds and whose contradiction does not, by priority
 * high to low, then file order. A profile without a condition always holds: it is the
 * fallback, and its `because` is empty. Profiles passed over for a contradiction are added
 * to `withheld` when given.
 */
export function chooseProfile(
  model: Model,
  ctx: ConditionContext,
  withheld?: Withheld[],
): ChosenProfile {
  for (const p of model.profiles) {
    const because: string[] = [];
    if (p.when && !holds(p.when, ctx, because)) continue;
    if (p.contradicts && holds(p.contradicts, ctx)) {
      withheld?.push({ kind: "profile", id: p.id, band: null, reason: "contradicted" });
      continue;
    }
    return { id: p.id, because };
  }
  return null;
}

/** Every advice whose condition holds and whose contradiction does not, in rank order. */
export function fireAdvice(
  model: Model,
  ctx: ConditionContext,
  withheld?: Withheld[],
): Omit<FiredAdvice, "evidence">[] {
  const fired: Omit<FiredAdvice, "evidence">[] = [];
  for (const a of model.advice) {
    const because: string[] = [];
    if (!holds(a.when, ctx, because)) continue;
    if (a.contradicts && holds(a.contradicts, ctx)) {
      withheld?.push({ kind: "advice", id: a.id, band: null, reason: "contradicted" });
      continue;
    }
    fired.push({ id: a.id, kind: a.kind ?? "action", priority: a.priority ?? 0, because });
  }
  return fired;
}
