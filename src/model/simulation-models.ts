// The named ways simulated respondents answer (docs/scoring.md, "Simulated respondents"). Apart
// from the schema so that simulate/ and selftest/ use them without loading zod.
export const SIMULATION_MODELS = [
  "uniform",
  "latent",
  "acquiescent",
  "desirable",
  "middle",
  "straight",
] as const;
