import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds dist/ and the playground page once, before any test (tests never build).
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
  },
});
