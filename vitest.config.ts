import { defineConfig } from "vitest/config";

/**
 * Files that replace a module for their own run (vi.mock), or replace built-in methods
 * (String.prototype, RegExp.prototype): they get a process of their own. A built-in replaced
 * even for a moment leaves V8 on its slow paths for the rest of the process's life, which
 * would slow every file that runs after it in a shared worker (twice as slow, measured).
 */
const OWN_MODULES = [
  "tests/security/store-faults.test.ts",
  "tests/security/linear.test.ts",
  "tests/load/zod-free-valid.test.ts",
  "tests/io/v8-flags.test.ts",
  "tests/io/stdout.test.ts",
  "tests/batch/heap.test.ts",
];

/**
 * Files of the questionnaire cache, which only a build uses (src/load/cache.ts keys its entries
 * on the id scripts/build.mjs defines): here the sources get an id of their own, so that these
 * files run reflet in-process with the cache on, as the bundle does.
 */
const CACHE = ["tests/load/cache.test.ts", "tests/load/validate-cache.test.ts"];

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
          exclude: [...OWN_MODULES, ...CACHE],
          isolate: false,
        },
      },
      { extends: true, test: { name: "isolated", include: OWN_MODULES } },
      {
        extends: true,
        define: { __REFLET_BUILD__: JSON.stringify("sources") },
        test: { name: "cache", include: CACHE, isolate: false },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text-summary", "json-summary"],
    },
  },
});
