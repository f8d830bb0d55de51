/// <reference lib="dom" />
/**
 * The PowerPoint report made in a real browser, as the playground will offer it: the library and
 * pptxgenjs bundled for the browser (esbuild), run in Debian's Chromium (playwright-core), with no
 * rasteriser given. pptxgenjs then draws each chart's PNG fallback itself, with a canvas; the
 * test reads the deck back and checks that the fallbacks are real PNGs of the charts, not its
 * "broken image" placeholder. Skipped only when no Chromium binary exists.
 */
import { existsSync } from "node:fs";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planDataFiles } from "../../src/plan/compute.js";
import { parsePlan } from "../../src/plan/load.js";
import { fixtureText, planTexts } from "../plan/helpers.js";
import { entryText, readPptx } from "../report/read-pptx.js";
import { repoRoot } from "../support/shared.js";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
const executable = candidates.find((p): p is string => typeof p === "string" && existsSync(p));
const title = executable ? "buildReportPptx in Chromium" : "buildReportPptx in Chromium (skipped: no chromium binary found; apt-get install -y chromium, or set CHROMIUM_PATH)";

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

describe.skipIf(!executable)(title, () => {
  let browser: Browser;
  let script: string;

  beforeAll(async () => {
    const out = await build({
      stdin: { contents: ENTRY, resolveDir: repoRoot, loader: "ts", sourcefile: "pptx-entry.ts" },
      bundle: true,
      format: "iife",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    script = out.outputFiles[0]!.text;
    browser = await chromium.launch({ executablePath: executable!, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"] });
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
