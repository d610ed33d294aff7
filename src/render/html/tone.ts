// The colour of a band: the dimension's bright side, its shadow side, or neither.
import type { Model } from "../../model/model.ts";
import type { Tone } from "./chart.ts";

export function bandTone(model: Model, targetId: string, bandId: string | null): Tone {
  const band = model.targets.get(targetId)?.bands.find((b) => b.id === bandId);
  return band?.side ?? "neutral";
}
