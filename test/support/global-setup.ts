/**
 * Vitest's global setup (vitest.config.ts): builds the package (dist/) and the playground page
 * once per test run, before any test file starts, so that no test builds and no two tests build
 * at the same time. The two builds run side by side; in watch mode they run again before each
 * rerun (dist/ only when src/ changed).
 */
import type { TestProject } from "vitest/node";
import { buildPackage, buildPlayground } from "./dist.js";

const build = () => Promise.all([buildPackage(), buildPlayground()]).then(() => undefined);

export default async function setup(project: TestProject): Promise<void> {
  await build();
  project.onTestsRerun(build);
}
