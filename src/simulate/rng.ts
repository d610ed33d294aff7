// Seeded random numbers for simulated respondents: the same seed gives the same draws on
// every machine. mulberry32 (32-bit state, period 2^32) is ample for a few thousand sheets.

import { mulberry32, type Rng } from "../engine/random.ts";

export { mulberry32, type Rng };

/**
 * One stream per label (a run's name), so that a run draws the same sheets whether it is
 * simulated alone or with others: FNV-1a of the label, mixed with the seed.
 */
export function streamFor(seed: number, label: string): Rng {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mulberry32(h);
}

/** A standard normal draw (Box-Muller). */
export function normal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

export function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)] as T;
}

/**
 * The standard normal distribution function, to within 1.5e-7 (Abramowitz and Stegun
 * 7.1.26): enough to cut a latent draw into answer categories of equal probability.
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
