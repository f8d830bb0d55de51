import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Test files that run in fresh workers: those that build strings and arrays of tens to hundreds
 * of megabytes (late in a full run, in a shared worker that had loaded everything before them,
 * two of them ran for 90 s instead of 5–10 s; alone, or after a few files, they did not), and the
 * one that runs the yaml parser out of stack (how many errors it reports for one overflow depends
 * on the worker's stack and compiled code: in a shared worker it once reported two).
 */
const ownWorker = [
  "test/security/json-stream.test.ts",
  "test/security/playground-link.test.ts",
  "test/security/render-size.test.ts",
  "test/security/files-binary.test.ts",
  "test/security/plan-yaml-limits.test.ts",
];

const common = {
  // Builds dist/ and the playground page once, before any test (tests never build), and starts
  // the one Chromium the browser tests share.
  globalSetup: ["test/support/global-setup.ts"],
  // One fast-check seed per run (FAST_CHECK_SEED to change it): CI never flakes on a property.
  // Each file starts with zod's global configuration as a fresh process has it.
  setupFiles: ["test/support/fast-check-seed.ts", "test/support/fresh-globals.ts"],
  testTimeout: 30_000,
};

export default defineConfig({
  test: {
    // Vitest's default (one worker fewer than the cores) runs one file at a time on two cores, yet
    // the slowest files mostly wait for Chromium and child processes: two at a time overlap that
    // waiting with the computing files (measured: 62 s → 43 s for those files on a loaded 2-core machine).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          ...common,
          name: "shared",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...ownWorker],
          // A worker keeps the modules it has loaded from one test file to the next instead of
          // loading src/ (zod, d3, the schema) afresh for each of the 140 files: that loading was
          // most of the small files' time (measured on the 100 fastest files: 67 s → 20 s of CPU,
          // 108 s → 38 s wall on the loaded machine). The tests share no state through modules:
          // each file makes its own data, and the few that set the environment restore it.
          isolate: false,
        },
      },
      { test: { ...common, name: "own-worker", include: ownWorker } },
    ],
  },
});
