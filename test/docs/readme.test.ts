/**
 * The README's "Use it in your app": its code runs on the built package, and the committed
 * picture (docs/readme-chart.svg) is exactly what that code draws today (redraw it with
 * `node scripts/readme-chart.mjs`). The contributors' two commands stay as they are.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ensureBuild } from "../support/dist.js";
import { repoRoot } from "../support/shared.js";

describe("the README", () => {
  it("starts with installing the package, then the contributors' quick start with its two commands", () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const app = readme.indexOf("## Use it in your app");
    const contributors = readme.indexOf("## Contributors' quick start");
    expect(app).toBeGreaterThan(0);
    expect(contributors).toBeGreaterThan(app);
    expect(readme.slice(app, contributors)).toContain("npm install spc-charts");
    expect(readme.slice(contributors)).toContain("```sh\nnpm ci && npm run example\nnpm ci && npm test\n```");
  });

  it("shows the chart its code draws (docs/readme-chart.svg is current)", async () => {
    ensureBuild();
    const script = (await import(pathToFileURL(join(repoRoot, "scripts", "readme-chart.mjs")).href)) as { readmeChartSvg(): Promise<string>; README_CHART: string };
    const svg = await script.readmeChartSvg();
    expect(svg).toMatch(/^<svg/);
    expect(readFileSync(script.README_CHART, "utf8"), "run `node scripts/readme-chart.mjs`").toBe(svg);
  });

  it("ships the MIT licence in the package", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { license: string; files: string[] };
    expect(pkg.license).toBe("MIT");
    expect(pkg.files).toContain("LICENSE");
    expect(readFileSync(join(repoRoot, "LICENSE"), "utf8")).toMatch(/^MIT License/);
  });
});
