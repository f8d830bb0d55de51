/**
 * Vitest's global setup (vitest.config.ts): builds the package (dist/) and the playground page
 * once per test run, before any test file starts, so that no test builds and no two tests build
 * at the same time. The two builds run side by side.
 */
import { buildPackage, buildPlayground } from "./dist.js";

export default async function setup(): Promise<void> {
  await Promise.all([buildPackage(), buildPlayground()]);
}
