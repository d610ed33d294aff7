// Simulated respondents: seeded draws of answer sheets under named models, each scored by
// the engine itself (score()), tallied per run. Pure: no I/O, no clock.
import { AlphaAccumulator } from "../engine/alpha.ts";
import { isShown, score } from "../engine/score.ts";
import type { Result } from "../engine/types.ts";
import type { Model } from "../model/model.ts";
import { SIMULATION_MODELS } from "../model/simulation-models.ts";
import type { AnswerValue, Condition, SimulationModelName } from "../model/types.ts";
import { type Plan, planFor } from "./plan.ts";
import { makeRespondent, type Respondent } from "./respondents.ts";
import { streamFor } from "./rng.ts";
import { Tally } from "./tally.ts";
import type { RespondentCheck, RunContext, RunReport, SimulationReport } from "./types.ts";

export const DEFAULT_RESPONDENTS = 2000;
export const DEFAULT_SEED = 1;

export interface SimulateOptions {
  respondents?: number;
  seed?: number;
  /** The models to run, in order (default: all). Contexts run under the first. */
  models?: readonly SimulationModelName[];
  checks?: readonly RespondentCheck[];
}

/** Item ids an `answer` or `answered` test of `c` looks at. */
function answerIds(c: Condition, out: Set<string>): Set<string> {
  for (const x of [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])])
    answerIds(x, out);
  for (const id of Object.keys(c.answer ?? {})) out.add(id);
  if (c.answered !== undefined) for (const id of [c.answered].flat()) out.add(id);
  return out;
}

/** Context questions: choice items that another item's condition looks at, with their values. */
export function contextsOf(model: Model): RunContext[] {
  const used = new Set<string>();
  for (const item of model.items) if (item.when) answerIds(item.when, used);
  return model.items.flatMap((item) =>
    item.type === "choice" && used.has(item.id)
      ? item.options.map((o) => ({ item: item.id, value: o.value }))
      : [],
  );
}

interface RunSpec {
  id: string;
  model: SimulationModelName;
  context: RunContext | null;
}

function runsOf(model: Model, models: readonly SimulationModelName[]): RunSpec[] {
  const plain = models.map((m) => ({ id: m, model: m, context: null }));
  const first = models[0];
  if (!first) return [];
  const contexts = contextsOf(model).map((context) => ({
    id: `${first} ${context.item}=${context.value}`,
    model: first,
    context,
  }));
  return [...plain, ...contexts];
}

/** Answers of one respondent to the items shown, in order, and the engine's result. */
function respond(plan: Plan, respondent: Respondent) {
  const visible: Record<string, AnswerValue> = {};
  for (const p of plan.items) {
    if (!isShown(p.item, visible)) continue;
    const a = respondent.answer(p);
    if (a !== undefined) visible[p.item.id] = a;
  }
  return { answers: visible, result: score(plan.model, visible) };
}

/**
 * Alpha of each dimension on the form each respondent saw. Items branched on a context (a
 * counter item, its phone twin) leave no sheet with all of a dimension's items, so sheets
 * are grouped by the items they answered, alpha is computed within each group of at least
 * two items, and the groups' alphas are averaged, weighted by their sheets.
 */
class Reliabilities {
  private readonly acc: { id: string; items: string[]; forms: Map<string, Form> }[];
  constructor(model: Model) {
    this.acc = model.dimensions.map((d) => ({
      id: d.id,
      items: d.reach.map((r) => r.itemId),
      forms: new Map(),
    }));
  }
  add(result: Result): void {
    result.dimensions.forEach((d, i) => {
      const a = this.acc[i];
      if (!a) return;
      const points = new Map(d.contributions.map((c) => [c.item, c.points]));
      const seen = a.items.filter((id) => points.has(id));
      if (seen.length < 2) return;
      const key = seen.join("\u0000");
      let form = a.forms.get(key);
      if (!form) {
        form = { items: seen, alpha: new AlphaAccumulator(seen.length) };
        a.forms.set(key, form);
      }
      // Every id of `seen` has points: it was kept for that.
      form.alpha.add(seen.map((id) => points.get(id)!));
    });
  }
  result(): Record<string, number | null> {
    return Object.fromEntries(this.acc.map((a) => [a.id, pooled([...a.forms.values()])]));
  }
}

type Form = { items: string[]; alpha: AlphaAccumulator };

/** The sheet-weighted mean of the forms' alphas, over the forms where alpha is defined. */
function pooled(forms: Form[]): number | null {
  let sheets = 0;
  let sum = 0;
  for (const f of forms) {
    const r = f.alpha.result();
    if (r.alpha === null) continue;
    sheets += r.n;
    sum += r.n * r.alpha;
  }
  return sheets === 0 ? null : sum / sheets;
}

function simulateRun(
  plan: Plan,
  spec: RunSpec,
  n: number,
  seed: number,
  checks: readonly RespondentCheck[],
): RunReport {
  const rng = streamFor(seed, spec.id);
  const pinned = spec.context ? { [spec.context.item]: spec.context.value } : {};
  const tally = new Tally(plan.model);
  const alpha = spec.model === "latent" ? new Reliabilities(plan.model) : null;
  for (let i = 0; i < n; i++) {
    const { answers, result } = respond(plan, makeRespondent(spec.model, plan, rng, i, pinned));
    tally.add(result);
    alpha?.add(result);
    // Each problem counts once per respondent, whichever checks found it.
    const found = new Set(checks.flatMap((check) => check(result, answers, plan.model)));
    for (const v of found) tally.violation(v);
  }
  return {
    id: spec.id,
    model: spec.model,
    context: spec.context,
    ...tally.shares(),
    alpha: alpha?.result() ?? null,
  };
}

export function simulate(model: Model, o: SimulateOptions = {}): SimulationReport {
  const n = o.respondents ?? DEFAULT_RESPONDENTS;
  const seed = o.seed ?? DEFAULT_SEED;
  const plan = planFor(model);
  const runs = runsOf(model, o.models ?? SIMULATION_MODELS).map((spec) =>
    simulateRun(plan, spec, n, seed, o.checks ?? []),
  );
  return { seed, respondents: n, runs, unreached: unreached(model, runs) };
}

function unreached(model: Model, runs: RunReport[]): SimulationReport["unreached"] {
  const never = (share: (r: RunReport) => number) => runs.every((r) => share(r) === 0);
  return {
    profiles: model.profiles.map((p) => p.id).filter((id) => never((r) => r.profiles[id] ?? 0)),
    advice: model.advice.map((a) => a.id).filter((id) => never((r) => r.advice[id] ?? 0)),
    bands: [...model.targets.values()].flatMap((t) =>
      t.bands
        .filter((b) => never((r) => r.targets.find((x) => x.id === t.id)?.bands[b.id] ?? 0))
        .map((b) => ({ target: t.id, band: b.id })),
    ),
  };
}
