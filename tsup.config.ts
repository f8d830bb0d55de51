import { defineConfig } from "tsup";

// ESM only: d3 is ESM-only and Node >= 20.19 can require() ESM, so a CJS build would only add weight.
export default defineConfig({
  entry: { index: "src/index.ts", schema: "src/schema.ts", adapters: "src/adapters/index.ts", rules: "src/rules/index.ts", plan: "src/plan/index.ts", interactive: "src/interactive/index.ts", cli: "src/cli/main.ts" },
  format: ["esm"],
  target: "es2022",
  platform: "neutral",
  dts: { entry: { index: "src/index.ts", schema: "src/schema.ts", adapters: "src/adapters/index.ts", rules: "src/rules/index.ts", plan: "src/plan/index.ts", interactive: "src/interactive/index.ts" } },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
});
