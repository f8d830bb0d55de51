/// <reference lib="dom" />
/**
 * The PowerPoint report made in a real browser, as the playground will offer it: the library and
 * pptxgenjs bundled for the browser (esbuild), run in Debian's Chromium (playwright-core), with no
 * rasteriser given. pptxgenjs then draws each chart's PNG fallback itself, with a canvas; the
 * test reads the deck back and checks that the fallbacks are real PNGs of the charts, not its
 * "broken image" placeholder. Skipped only when no Chromium binary exists.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planDataFiles } from "../../src/plan/compute.js";
import { parsePlan } from "../../src/plan/load.js";
import { fixtureText, planTexts } from "../plan/helpers.js";
import { entryText, readPptx } from "../report/read-pptx.js";
import { browserTitle, chromiumPath, openBrowser } from "../support/chromium.js";
import { browserBundle } from "../support/dist.js";


const ENTRY = `
import { renderSvg } from "./src/index.ts";
import { computePlan } from "./src/plan/compute.ts";
import { parsePlan } from "./src/plan/load.ts";
import { buildReportPptx } from "./src/report/pptx.ts";
window.makeDeck = async (planText, texts) => {
  const bytes = await buildReportPptx([computePlan(parsePlan(planText), texts)], { render: renderSvg, date: "2025-11-23" });
  return Array.from(bytes);
};
`;

describe.skipIf(!chromiumPath)(browserTitle("buildReportPptx in Chromium"), () => {
  let browser: Browser;
  let script: string;

  beforeAll(async () => {
    script = await browserBundle(ENTRY, "pptx-entry.ts");
    browser = await openBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("makes the deck, each chart's PNG fallback drawn by the browser's canvas", { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: script });
    const planText = fixtureText("plans/fall.yaml");
    const texts = planTexts(parsePlan(planText));
    expect(Object.keys(texts)).toEqual(planDataFiles(parsePlan(planText)));
    const bytes = await page.evaluate(([p, t]) => (window as unknown as { makeDeck: (p: string, t: Record<string, string>) => Promise<number[]> }).makeDeck(p, t), [planText, texts] as const);
    expect(errors).toEqual([]);
    const deck = readPptx(Uint8Array.from(bytes));
    expect(deck.slides).toHaveLength(6);
    expect(deck.slides[1]!.texts[0]).toBe("Fall per 1000 liggedøgn");
    const pictures = deck.slides.flatMap((s) => s.pictures);
    expect(pictures).toHaveLength(4);
    for (const p of pictures) {
      const png = deck.files[p.png]!;
      expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      // The placeholder is 112 bytes; a drawn 840 × 400 chart is tens of kilobytes.
      expect(png.length).toBeGreaterThan(5_000);
      expect(entryText(deck.files, p.svg)).toContain("<svg");
    }
    await page.close();
  });
});
