// The quality checks of quality.ts and information.ts on a row of values: the same box ticked
// all the way down, inconsistent pairs, and why a sheet says too little.
import type { Item } from "../../model/types.ts";
import { lowInformationReasons } from "../information.ts";
import type { LowInformationReason, QualityFlag } from "../types.ts";
import type { Compiled } from "./plan.ts";
import { compareTo } from "./ratio.ts";
import type { Values } from "./row.ts";

/** A sheet without flags or low-information reasons: shared, never written to. */
export const NONE: readonly never[] = Object.freeze([]);

export function flagsOf(c: Compiled, values: Values): readonly QualityFlag[] {
  return withPairs(c, values, straightLiningOf(c, values));
}

function straightLiningOf(c: Compiled, values: Values): QualityFlag | null {
  const { likert, distinct, often, straightLining: sl } = c;
  if (!sl) return null;
  // Raw answers, in order of first appearance, as the engine counts them.
  let kinds = 0;
  let total = 0;
  for (const i of likert) {
    const a = values[i];
    if (typeof a !== "number") continue;
    total++;
    let k = 0;
    while (k < kinds && distinct[k] !== a) k++;
    if (k === kinds) {
      distinct[kinds] = a;
      often[kinds++] = 0;
    }
    often[k]!++;
  }
  if (total === 0 || total < sl.minItems) return null;
  // k < kinds: both arrays hold kinds entries.
  for (let k = 0; k < kinds; k++)
    if (often[k]! * sl.share.d >= sl.share.n * total) return straightLined(c, values, distinct[k]!);
  return null;
}

/** The straight-lining flag: the Likert items answered `value`, in the questionnaire's order. */
export function straightLined(c: Compiled, values: Values, value: number): QualityFlag {
  const ids = c.likert.filter((i) => values[i] === value).map((i) => (c.items[i] as Item).id);
  return { id: "straight-lining", kind: "straight-lining", items: ids };
}

/** `sl` (the straight-lining flag, if raised), then each inconsistent pair. */
export function withPairs(
  c: Compiled,
  values: Values,
  sl: QualityFlag | null,
): readonly QualityFlag[] {
  if (c.pairs.length === 0) return sl ? [sl] : NONE;
  const flags: QualityFlag[] = sl ? [sl] : [];
  for (const p of c.pairs) {
    const [a, b] = [values[p.at[0]], values[p.at[1]]];
    const ka = typeof a === "number" ? p.keyed[0][a - p.offsets[0]] : undefined;
    const kb = typeof b === "number" ? p.keyed[1][b - p.offsets[1]] : undefined;
    if (ka === undefined || kb === undefined) continue;
    if (compareTo(Math.abs(ka - kb), 1, p.maxGap) > 0)
      flags.push({ id: p.id, kind: "inconsistent", items: [...p.items] });
  }
  return flags;
}

/** Why the sheet says too little (information.ts), from the shown items' answers. */
export function lowInformationOf(
  c: Compiled,
  values: Values,
  visible: Uint8Array,
  counts: { answered: number; shown: number; flags: readonly QualityFlag[] },
): readonly LowInformationReason[] {
  let likertAnswers = 0;
  let middle = 0;
  for (const i of c.likert) {
    const a = values[i];
    if (visible[i] === 0 || typeof a !== "number") continue;
    likertAnswers++;
    if (a === c.middles[i]) middle++;
  }
  // Never compiled for a questionnaire that allows "does not apply" (index.ts).
  return lowInformationReasons(c.model.lowInformation, {
    likert: likertAnswers,
    middle,
    notApplicable: 0,
    answered: counts.answered,
    shown: counts.shown,
    straightLined: counts.flags.some((f) => f.kind === "straight-lining"),
  });
}
