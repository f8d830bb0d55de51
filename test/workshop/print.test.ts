/// <reference lib="dom" />
/**
 * The workshop's cheat sheet printed by a real browser (Chromium through playwright-core,
 * `page.pdf` with the page's own CSS page size): exactly one A4 page in each language, with
 * nothing cut at the page's edge; the handout prints on A4 with each exercise from a new page.
 * Skipped only when no Chromium binary exists (CI installs one: apt-get install chromium).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cheatSheetHtml, handoutHtml } from "../../docs/workshop/materials.js";
import { LANGS, loadWorkshop } from "../../docs/workshop/workshop.js";
import { browserTitle, chromiumPath, openBrowser } from "../support/chromium.js";
import { pdfPages } from "../support/pdf-pages.js";

describe.skipIf(!chromiumPath)(browserTitle("the workshop's print-outs in Chromium"), () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function print(html: string): Promise<{ pages: { width: number; height: number }[]; wide: number }> {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.emulateMedia({ media: "print" });
    // Anything wider than the page's text area would be cut on paper.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    return { pages: pdfPages(pdf), wide };
  }

  it.each(LANGS.map((l) => [l] as const))("the cheat sheet (%s) is exactly one A4 page", async (lang) => {
    const { pages, wide } = await print(cheatSheetHtml(lang));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.width).toBeCloseTo(210, 0);
    expect(pages[0]?.height).toBeCloseTo(297, 0);
    expect(wide).toBeLessThanOrEqual(0);
  });

  it("the participants' handout (nb) is A4, at least one page per exercise", async () => {
    const { pages } = await print(handoutHtml("nb", "handout", loadWorkshop()));
    expect(pages.length).toBeGreaterThanOrEqual(loadWorkshop().exercises.length);
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([210, 297]);
  });
});
