// Profile (archetype) and advice rules, evaluated on the scores in rank order.
import type { Model } from "../model/model.ts";
import { type ConditionContext, holds } from "./conditions.ts";
import type { FiredAdvice, Result } from "./types.ts";

/**
 * The first profile whose condition holds, by priority high to low, then file order. A
 * profile without a condition always holds: it is the fallback, and its `because` is empty.
 */
export function chooseProfile(model: Model, ctx: ConditionContext): Result["profile"] {
  for (const p of model.profiles) {
    const because: string[] = [];
    if (!p.when || holds(p.when, ctx, because)) return { id: p.id, because };
  }
  return null;
}

/** Every advice whose condition holds, priority high to low, then file order. */
export function fireAdvice(model: Model, ctx: ConditionContext): FiredAdvice[] {
  const fired: FiredAdvice[] = [];
  for (const a of model.advice) {
    const because: string[] = [];
    if (holds(a.when, ctx, because))
      fired.push({ id: a.id, kind: a.kind ?? "action", priority: a.priority ?? 0, because });
  }
  return fired;
}
