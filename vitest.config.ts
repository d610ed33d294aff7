import { defineConfig } from "vitest/config";

/**
 * Files that replace a module for their own run (vi.mock), or replace built-in methods
 * (String.prototype, RegExp.prototype): they get a process of their own. A built-in replaced
 * even for a moment leaves V8 on its slow paths for the rest of the process's life, which
 * would slow every file that runs after it in a shared worker (twice as slow, measured).
 */
const OWN_MODULES = ["tests/security/store-faults.test.ts", "tests/security/linear.test.ts"];

export default defineConfig({
  test: {
    setupFiles: ["tests/setup/seed.ts"],
    // Child processes, not worker threads: the in-process runs (tests/cli/in-process.ts) set
    // the process's current folder, which a worker thread cannot do.
    pool: "forks",
    // A safety net against hangs, not a measure of speed: some tests start the built binary
    // several times, and on two shared cores one start can take seconds. Waits inside tests
    // end on events (text shown, process ended) with their own, shorter, safety limits.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { NO_COLOR: "1", REFLET_LANG: "en" },
    projects: [
      {
        // Test files of one worker share the loaded sources instead of loading them again
        // for each file. Sound because the sources keep no state between runs (each run
        // builds its own context) and the tests restore whatever global they change.
        extends: true,
        test: {
          name: "shared",
          include: ["tests/**/*.test.ts"],
          exclude: OWN_MODULES,
          isolate: false,
        },
      },
      { extends: true, test: { name: "isolated", include: OWN_MODULES } },
    ],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text-summary", "json-summary"],
    },
  },
});
