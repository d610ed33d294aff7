import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup/seed.ts"],
    // A safety net against hangs, not a measure of speed: most tests start the built binary
    // several times, and on two shared cores one start can take seconds. Waits inside tests
    // end on events (text shown, process ended) with their own, shorter, safety limits.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { NO_COLOR: "1", REFLET_LANG: "en" },
  },
});
