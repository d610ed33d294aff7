// The row loop for the common case, chosen once per questionnaire (plain-plan.ts): every
// item an unconditional Likert item. A sheet whose answers are all on their scales (some may
// be missing) is scored here with one pass over the answers and one over the links, no
// object built unless a flag is raised; a complete one fills only what the scored-sheet view
// reads (the rest on demand: `brief`). Any other sheet is left to the general loop (row.ts),
// and both give the same figures. Every read (`x[i]!`) is at an index the compiled plan
// sized the arrays for.
import { lowInformationReasons } from "../information.ts";
import type { QualityFlag } from "../types.ts";
import { straightLined, withPairs } from "./flags.ts";
import type { Plain } from "./plain-plan.ts";
import type { Compiled, Plan } from "./plan.ts";
import type { RowScores, Values } from "./row.ts";
import { scoreTarget, settleComplete } from "./target.ts";

/**
 * Scores a sheet whose answers are all on their scales (some may be missing) into `out` and
 * says so; false (nothing scored) for any other.
 */
export function scorePlain(c: Compiled, p: Plain, values: Values, out: RowScores): boolean {
  const { base, width, table, counts, seen, middles } = p;
  const { itemPoints } = c;
  const n = c.items.length;
  let kinds = 0;
  let middle = 0;
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const a = values[i];
    if (a === undefined) {
      itemPoints[i] = Number.NaN;
      missing++;
      continue;
    }
    const k = typeof a === "number" ? a - base : -1;
    // Off the table (a fraction, or off every scale) reads undefined, and NaN is no point.
    const points = k >= 0 && k < width ? table[i * width + k] : undefined;
    if (points === undefined || Number.isNaN(points)) {
      for (let j = 0; j < kinds; j++) counts[seen[j]!] = 0;
      return false;
    }
    itemPoints[i] = points;
    if (counts[k]!++ === 0) seen[kinds++] = k;
    if (k === middles[i]) middle++;
  }
  const answered = n - missing;
  out.answered = answered;
  out.shown = n;
  out.brief = missing === 0;
  const { plans, linkItems } = c;
  const { points } = out;
  for (let t = 0; t < plans.length; t++) {
    // A missing answer: the general count of what was expected and what was answered.
    if (missing > 0) {
      scoreTarget(c, t, values, out);
      continue;
    }
    const plan = plans[t] as Plan;
    let raw = 0;
    for (let l = plan.first; l < plan.end; l++) {
      const x = itemPoints[linkItems[l]!]!;
      points[l] = x;
      raw += x;
    }
    recall(p, plan, t, out, raw);
  }
  const sl = straightLining(c, p, values, kinds, answered);
  out.flags = withPairs(c, values, sl);
  const at = (missing * (n + 1) + middle) * 2 + (sl ? 1 : 0);
  let reasons = p.reasons[at];
  if (!reasons) {
    reasons = Object.freeze(
      lowInformationReasons(c.model.lowInformation, {
        likert: answered,
        middle,
        notApplicable: 0,
        answered,
        shown: n,
        straightLined: sl !== null,
      }),
    );
    p.reasons[at] = reasons;
  }
  out.lowInformation = reasons;
  return true;
}

/** Target `t`'s status, score, percent and band, from the memo when this raw score came before. */
function recall(p: Plain, plan: Plan, t: number, out: RowScores, raw: number): void {
  const all = plan.end - plan.first;
  out.answeredBy[t] = all;
  out.expected[t] = all;
  out.raw[t] = raw;
  const from = p.memoAt[t]!;
  const m = from < 0 ? -1 : from + raw - plan.low;
  const known = m < 0 ? 0 : p.known[m]!;
  if (known === 0) {
    settleComplete(plan, t, out, raw);
    if (m < 0) return;
    p.known[m] = 1 + out.ok[t]!;
    p.score[m] = out.score[t]!;
    p.percent[m] = out.percent[t]!;
    p.band[m] = out.band[t]!;
    return;
  }
  out.ok[t] = known - 1;
  out.band[t] = p.band[m]!;
  out.score[t] = p.score[m]!;
  out.percent[t] = p.percent[m]!;
}

/**
 * The straight-lining flag of a sheet whose `total` Likert answers were counted into
 * `p.counts` (`kinds` answers, in order of first coming), as flags.ts raises it; clears the
 * counts for the next sheet.
 */
function straightLining(
  c: Compiled,
  p: Plain,
  values: Values,
  kinds: number,
  total: number,
): QualityFlag | null {
  const sl = c.straightLining;
  const { counts, seen } = p;
  let flag: QualityFlag | null = null;
  for (let j = 0; j < kinds; j++) {
    const k = seen[j]!;
    const many =
      sl !== null && total >= sl.minItems && counts[k]! * sl.share.d >= sl.share.n * total;
    if (many && flag === null) flag = straightLined(c, values, k + p.base);
    counts[k] = 0;
  }
  return flag;
}
