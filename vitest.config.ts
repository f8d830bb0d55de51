import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds dist/ and the playground page once, before any test (tests never build).
    globalSetup: ["test/support/global-setup.ts"],
    // One fast-check seed per run (FAST_CHECK_SEED to change it): CI never flakes on a property.
    setupFiles: ["test/support/fast-check-seed.ts", "test/support/fresh-globals.ts"],
    // Vitest's default (one worker fewer than the cores) runs one file at a time on two cores, yet
    // the slowest files mostly wait for Chromium and child processes: two at a time overlap that
    // waiting with the computing files (measured: 62 s → 43 s for those files on a loaded 2-core machine).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker keeps the modules it has loaded from one test file to the next instead of loading
    // src/ (zod, d3, the schema) afresh for each of the 140 files: that loading was most of the
    // small files' time (measured on the 100 fastest files: 67 s → 20 s of CPU, 108 s → 38 s
    // wall on the loaded machine). The tests share no state through modules: each file makes its
    // own data, and the few that set the environment restore it (vi.stubEnv with unstubAllEnvs).
    isolate: false,
    testTimeout: 30_000,
  },
});
