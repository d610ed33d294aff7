// The named models of simulated respondents. Each makes one respondent at a time, who is
// then asked the shown items in order (simulate.ts): a respondent answers an item by
// choosing among its choices (plan.ts). docs/scoring.md describes each model.
import type { AnswerValue, MultiItem, SimulationModelName } from "../model/types.ts";
import type { Choice, ItemPlan, Plan } from "./plan.ts";
import { normal, normalCdf, type Rng } from "./rng.ts";

export interface Respondent {
  /** The answer to a shown item, or undefined to leave it blank. */
  answer(p: ItemPlan): AnswerValue | undefined;
}

/** How strongly a latent trait drives each answer: the correlation of item and trait. */
export const LOADING = 0.6;
const NOISE = Math.sqrt(1 - LOADING * LOADING);
/** What a simulated respondent writes in a free-text item (half of them do). */
export const SIMULATED_TEXT = "…";

/** Choice indexes ordered by a key, ascending; ties keep the order shown. */
const sortedBy = (choices: Choice[], key: (c: Choice) => number): number[] =>
  choices
    .map((c, i) => ({ k: key(c), i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((e) => e.i);

/** The top half of the choices by `key` (at least one), with any tied with the last taken. */
function topHalf(choices: Choice[], key: (c: Choice) => number): number[] {
  const desc = sortedBy(choices, key).reverse();
  const take = Math.max(1, Math.floor(choices.length / 2));
  // 1 <= take <= choices.length (there is at least one choice), and desc holds their indexes.
  const edge = key(choices[desc[take - 1]!] as Choice);
  return desc.filter((i, rank) => rank < take || key(choices[i] as Choice) === edge);
}

/** One of a list that is not empty, at random. */
const at = (rng: Rng, list: number[]): number => list[Math.floor(rng() * list.length)]!;

/** Options with a positive utility, as many as the item allows, best first. */
function picks(p: ItemPlan, utility: number[]): AnswerValue {
  const item = p.item as MultiItem;
  const order = utility.map((u, i) => ({ u, i })).sort((a, b) => b.u - a.u || a.i - b.i);
  const wanted = order.filter((o) => o.u > 0).length;
  const count = Math.min(item.max ?? order.length, Math.max(item.min ?? 0, wanted));
  const chosen = new Set(order.slice(0, count).map((o) => o.i));
  return p.choices.filter((_, i) => chosen.has(i)).map((c) => String(c.value));
}

/** The first `min` options: a multiple choice answered without looking. */
const fewest = (p: ItemPlan): AnswerValue =>
  p.choices.slice(0, (p.item as MultiItem).min ?? 0).map((c) => String(c.value));

/** A single-answer model: which choice of an item, by index. */
type Single = (p: ItemPlan) => number;

function respondent(
  rng: Rng,
  single: Single,
  multi: (p: ItemPlan) => AnswerValue,
  pinned: Readonly<Record<string, AnswerValue>>,
): Respondent {
  return {
    answer(p) {
      const own = pinned[p.item.id];
      if (own !== undefined) return own;
      if (p.item.type === "text") return rng() < 0.5 ? SIMULATED_TEXT : undefined;
      if (p.choices.length === 0) return undefined;
      if (p.item.type === "multi") return multi(p);
      return p.choices[single(p)]?.value;
    },
  };
}

const noise = (rng: Rng, p: ItemPlan) => p.choices.map(() => normal(rng));

export function makeRespondent(
  name: SimulationModelName,
  plan: Plan,
  rng: Rng,
  index: number,
  pinned: Readonly<Record<string, AnswerValue>> = {},
): Respondent {
  const uniformMulti = (p: ItemPlan) => picks(p, noise(rng, p));
  const uniform: Single = (p) => Math.floor(rng() * p.choices.length);
  const raw = (c: Choice) => Number(c.value);
  // Where an answer sits for someone not reading: a scale from its lowest value, options as shown.
  const positions = (p: ItemPlan) =>
    p.item.type === "likert" ? sortedBy(p.choices, raw) : p.choices.map((_, i) => i);
  switch (name) {
    case "uniform":
      return respondent(rng, uniform, uniformMulti, pinned);
    case "acquiescent":
      return respondent(
        rng,
        (p) => (p.item.type === "likert" ? at(rng, topHalf(p.choices, raw)) : uniform(p)),
        uniformMulti,
        pinned,
      );
    case "desirable":
      return respondent(
        rng,
        (p) =>
          at(
            rng,
            topHalf(p.choices, (c) => c.favour),
          ),
        (p) =>
          picks(
            p,
            p.choices.map((c) => c.favour),
          ),
        pinned,
      );
    case "middle":
      return respondent(
        rng,
        (p) => {
          const order = positions(p);
          return order[Math.floor((order.length - 1) / 2)]!;
        },
        fewest,
        pinned,
      );
    case "straight": {
      // Respondent i holds position i mod k all the way down: every straight line equally often.
      const k = plan.positions;
      const position = index % k;
      return respondent(
        rng,
        (p) => {
          const order = positions(p);
          return order[Math.round((position * (order.length - 1)) / (k - 1))]!;
        },
        fewest,
        pinned,
      );
    }
    case "latent": {
      const traits = plan.model.dimensions.map(() => normal(rng));
      const pull = (p: ItemPlan, i: number) =>
        p.scaled[i]!.reduce((sum, c, d) => sum + c * traits[d]!, 0);
      const utility = (p: ItemPlan) =>
        p.choices.map((_, i) => LOADING * pull(p, i) + NOISE * normal(rng));
      return respondent(
        rng,
        (p) => {
          if (p.item.type === "likert") {
            // A latent answer cut into equally likely categories, from fewest points to most:
            // a reverse-keyed item's order is reversed by its points.
            const y = LOADING * (traits[p.dimension] ?? 0) + NOISE * normal(rng);
            const n = p.choices.length;
            const k = Math.min(n - 1, Math.floor(normalCdf(y) * n));
            return sortedBy(p.choices, (c) => c.points[p.dimension] ?? 0)[k]!;
          }
          const u = utility(p);
          return u.indexOf(Math.max(...u));
        },
        (p) => picks(p, utility(p)),
        pinned,
      );
    }
  }
}
