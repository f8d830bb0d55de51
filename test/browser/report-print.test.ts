/// <reference lib="dom" />
/**
 * The report and the A3 printed by a real browser (Debian's Chromium through playwright-core,
 * `page.pdf` with the page's own CSS page size): the A3 is one page of 420 × 297 mm per plan,
 * with no box whose text runs past its edge; the report prints on A4 with each measure starting
 * a page. Skipped only when no Chromium binary exists (CI installs one: apt-get install chromium).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computePlan, planDataFiles, type ComputedPlan } from "../../src/plan/compute.js";
import { parsePlan } from "../../src/plan/load.js";
import { buildA3 } from "../../src/report/a3-html.js";
import { buildReport } from "../../src/report/build.js";
import { renderSvg } from "../../src/render/index.js";
import { browserTitle, chromiumPath, openBrowser } from "../support/chromium.js";
import { repoRoot } from "../support/shared.js";
import { pdfPages } from "../support/pdf-pages.js";


/** A plan file beside its data, computed. */
function planAt(file: string): ComputedPlan {
  const path = join(repoRoot, file);
  const plan = parsePlan(readFileSync(path, "utf8"));
  const dir = join(path, "..");
  return computePlan(plan, Object.fromEntries(planDataFiles(plan).map((f) => [f, readFileSync(join(dir, f), "utf8")])));
}

describe.skipIf(!chromiumPath)(browserTitle("the report and the A3 printed in Chromium"), () => {
  let browser: Browser;
  const workshop = () => planAt("docs/workshop/datasets/11-maleplan.yaml");
  const fourMeasures = () => planAt("test/fixtures/plans/nettverk-fire-maal.yaml");

  beforeAll(async () => {
    browser = await openBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function print(html: string): Promise<{ pdf: Buffer; overflowing: string[] }> {
    const page = await browser.newPage();
    await page.setContent(html);
    // Boxes clip what does not fit: a box whose content is taller than the box lost text.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll(".box, .result")].filter((e) => e.scrollHeight > e.clientHeight + 1).map((e) => e.querySelector("h2, h3")?.textContent ?? "?"),
    );
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    return { pdf, overflowing };
  }

  it("the A3 of the workshop's plan and of four measures in three units: one page of 420 × 297 mm each, nothing cut off", async () => {
    for (const plan of [workshop(), fourMeasures()]) {
      const { pdf, overflowing } = await print(buildA3([plan], { render: renderSvg, date: "2024-11-20" }));
      const pages = pdfPages(pdf);
      expect(pages).toHaveLength(1);
      expect(pages[0]!.width).toBeCloseTo(420, 0);
      expect(pages[0]!.height).toBeCloseTo(297, 0);
      expect(overflowing).toEqual([]);
    }
  }, 120_000);

  it("two plans' A3: two pages", async () => {
    const { pdf } = await print(buildA3([workshop(), fourMeasures()], { render: renderSvg }));
    expect(pdfPages(pdf)).toHaveLength(2);
  }, 120_000);

  it("the report prints on A4 portrait, the summary first and each measure on a page of its own", async () => {
    const plan = fourMeasures();
    const { pdf } = await print(buildReport([plan], { render: renderSvg, date: "2025-01-10" }));
    const pages = pdfPages(pdf);
    for (const p of pages) {
      expect(p.width).toBeCloseTo(210, 0);
      expect(p.height).toBeCloseTo(297, 0);
    }
    // A page for the summary, then at least one per measure (a long list of signals may need two).
    expect(pages.length).toBeGreaterThanOrEqual(1 + plan.measures.length);
  }, 120_000);
});
