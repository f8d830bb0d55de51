/**
 * Vitest's global setup (vitest.config.ts): builds the package (dist/) and the playground page
 * once per test run, before any test file starts, so that no test builds and no two tests build
 * at the same time, and starts the run's one Chromium (chromium.ts), which every browser test
 * connects to. The builds and the browser start side by side; in watch mode the builds run again
 * before each rerun (dist/ only when src/ changed) and the browser stays up.
 */
import type { TestProject } from "vitest/node";
import { launchChromiumServer } from "./chromium.js";
import { buildPackage, buildPlayground } from "./dist.js";

const build = () => Promise.all([buildPackage(), buildPlayground()]).then(() => undefined);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [, browser] = await Promise.all([build(), launchChromiumServer()]);
  project.provide("chromiumEndpoint", browser?.endpoint ?? "");
  project.onTestsRerun(build);
  return async () => {
    await browser?.close();
  };
}
