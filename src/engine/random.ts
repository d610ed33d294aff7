// Seeded random numbers: the same seed gives the same draws on every machine, for a
// shuffled item order and for simulated respondents. mulberry32 (32-bit state, period 2^32)
// is small, well mixed and ample for orders and a few thousand simulated sheets.

/** A uniform draw in [0, 1). */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
