// Loaded before every test file (vitest.config.ts): every property test draws the same cases
// on every run, so `npm test` never fails by chance. REFLET_FUZZ_SEED explores other cases;
// fast-check prints the seed of a failure so that it can be replayed.
import fc from "fast-check";

export function testSeed(): number {
  const asked = Number(process.env.REFLET_FUZZ_SEED);
  return process.env.REFLET_FUZZ_SEED && Number.isInteger(asked) ? asked : 20_260_101;
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: testSeed() });
