// The checker of declared contradictions: every text a result shows whose `contradicts`
// condition holds for the person. The engine withholds such texts itself (rules.ts,
// evidence.ts), so on a result of score() the list is empty; simulations and tests call it
// on every respondent to prove that, and to check results made elsewhere.
import type { Model } from "../model/model.ts";
import type { Answers, Condition } from "../model/types.ts";
import { describe, holds } from "./conditions.ts";
import { conditionEvidence, type EvidenceSource, targetMap } from "./evidence.ts";
import { scoreSheet } from "./score.ts";
import type { Evidence, Result } from "./types.ts";

export interface Contradiction {
  kind: "profile" | "advice" | "band";
  /** The profile's or advice's id, or the band's dimension or facet. */
  id: string;
  /** The band, for kind band. */
  band: string | null;
  /** The declared condition that holds, in the neutral notation of `because`. */
  contradicts: string;
  /** The answers that make it hold. */
  evidence: Evidence[];
}

/** Every text `result` shows whose declared contradiction holds on `answers`. */
export function findContradictions(
  model: Model,
  answers: Answers,
  result: Pick<Result, "profile" | "advice" | "dimensions" | "withheld">,
): Contradiction[] {
  const sheet = scoreSheet(model, answers);
  const src: EvidenceSource = {
    targets: targetMap(sheet.dimensions),
    answer: sheet.ctx.answer,
    flags: sheet.flags,
  };
  const found: Contradiction[] = [];
  const check = (
    kind: Contradiction["kind"],
    id: string,
    band: string | null,
    c: Condition | undefined,
  ) => {
    if (c && holds(c, sheet.ctx))
      found.push({
        kind,
        id,
        band,
        contradicts: describe(c),
        evidence: conditionEvidence(c, sheet.ctx, src),
      });
  };
  if (result.profile) {
    const id = result.profile.id;
    check("profile", id, null, model.profiles.find((p) => p.id === id)?.contradicts);
  }
  for (const a of result.advice)
    check("advice", a.id, null, model.advice.find((x) => x.id === a.id)?.contradicts);
  const hidden = new Set(
    (result.withheld ?? [])
      .filter((w) => w.kind === "band" && w.reason === "contradicted")
      .map((w) => `${w.id}\u0000${w.band}`),
  );
  for (const t of result.dimensions.flatMap((d) => [d, ...d.facets])) {
    if (t.band === null || hidden.has(`${t.id}\u0000${t.band}`)) continue;
    const band = model.targets.get(t.id)?.bands.find((b) => b.id === t.band);
    check("band", t.id, t.band, band?.contradicts);
  }
  return found;
}
