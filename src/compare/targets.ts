// What compare needs of a questionnaire: its dimensions and facets in order, each with its
// bands lowest first (a move up is to a later one).
import type { Model, Target } from "../model/model.ts";
import type { TargetInfo } from "./compute.ts";

export function targetsOf(model: Model): TargetInfo[] {
  return model.dimensions
    .flatMap((d) => [d, ...d.facets.map((f) => model.targets.get(f) as Target)])
    .map((t) => ({
      id: t.id,
      kind: t.kind,
      parent: t.parent ?? null,
      bands: [...t.bands].sort((a, b) => a.range.lo - b.range.lo).map((b) => b.id),
    }));
}
