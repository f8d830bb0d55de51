/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The renderer's SVG in a real browser: Debian's Chromium, driven by playwright-core, opens a page
 * of charts, reports no console errors, and the marks are where the result says — each point's
 * screen position matches its x and y read through the chart's own axis labels, and the centre
 * line and limits sit at their values. Screenshots go to artifacts/browser/ (git-ignored; CI keeps
 * them). Skipped only when no Chromium binary exists (CI installs one: apt-get install chromium).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromIsoDate } from "../../src/calendar.js";
import type { ChartResult } from "../../src/index.js";
import { renderSvg } from "../../src/render/index.js";
import { cases } from "../render/cases.js";
import { browserTitle, chromiumPath, openBrowser } from "../support/chromium.js";
import { repoRoot } from "../support/shared.js";

const artifacts = join(repoRoot, "artifacts", "browser");
const shown = ["i-signals-en", "p-varying-n", "u-parts-notes", "run-weekly", "category-funnel", "facets-shared", "escaping", "missing-values"];

describe.skipIf(!chromiumPath)(browserTitle("renderSvg in Chromium"), () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const results = new Map<string, ChartResult>();

  beforeAll(async () => {
    const figures = shown.map((name) => {
      const { result, options } = cases[name]!();
      results.set(name, result);
      return `<figure id="${name}">${renderSvg(result, { ...options, id: name })}<figcaption>${name}</figcaption></figure>`;
    });
    const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>spc-charts</title><style>body{margin:8px;font-family:sans-serif}figure{margin:0 0 16px}svg{display:block}</style></head><body>${figures.join("\n")}</body></html>`;
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, "index.html"), html);
    browser = await openBrowser();
    page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`file://${join(artifacts, "index.html")}`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows every chart without console errors, and keeps screenshots", async () => {
    for (const name of shown) {
      const box = await page.locator(`#${name} svg`).boundingBox();
      expect(box?.width, name).toBeGreaterThan(300);
      await page.locator(`#${name}`).screenshot({ path: join(artifacts, `${name}.png`) });
    }
    await page.screenshot({ path: join(artifacts, "page.png"), fullPage: true });
    expect(errors).toEqual([]);
  });

  it("parses each SVG with the browser's XML parser", async () => {
    const svgs = shown.map((name) => renderSvg(cases[name]!().result, cases[name]!().options));
    const problems = await page.evaluate((sources) => sources.map((source) => new DOMParser().parseFromString(source, "image/svg+xml").querySelector("parsererror")?.textContent ?? ""), svgs);
    expect(problems.filter(Boolean)).toEqual([]);
  });

  for (const name of ["i-signals-en", "p-varying-n", "u-parts-notes", "missing-values"]) {
    it(`draws ${name}'s points and lines where the result says`, async () => {
      const result = results.get(name)!;
      // Screen positions of the axis labels (centres of their boxes) and of the marks, in order.
      const measured = await page.evaluate((id) => {
        const svg = document.querySelector(`#${id} svg`)!;
        const centre = (el: Element) => {
          const r = el.getBoundingClientRect();
          return [r.x + r.width / 2, r.y + r.height / 2, r.y, r.y + r.height] as const;
        };
        const ticks = [...svg.querySelectorAll("text[data-value]")].map((t) => ({ value: Number(t.getAttribute("data-value")), anchor: t.closest("[text-anchor]")?.getAttribute("text-anchor") ?? t.getAttribute("text-anchor"), at: centre(t) }));
        const points = [...svg.querySelectorAll("g[aria-label='Punkter'] > *, g[aria-label='Points'] > *")].map(centre);
        const line = (label: string) => [...svg.querySelectorAll(`path[aria-label^='${label}']`)].map(centre);
        return { ticks, points, centre: [...line("Midtlinje"), ...line("Centre line")], limits: [...line("Kontrollgrenser"), ...line("Control limits")] };
      }, name);

      const fit = (pairs: { value: number; at: number }[]) => {
        const a = pairs[0]!;
        const b = pairs[pairs.length - 1]!;
        const k = (b.at - a.at) / (b.value - a.value);
        return (v: number) => a.at + (v - a.value) * k;
      };
      const yTicks = measured.ticks.filter((t) => t.anchor === "end").map((t) => ({ value: t.value, at: t.at[1] }));
      const xTicks = measured.ticks.filter((t) => t.anchor === "middle").map((t) => ({ value: t.value, at: t.at[0] }));
      expect(yTicks.length).toBeGreaterThanOrEqual(2);
      expect(xTicks.length).toBeGreaterThanOrEqual(2);
      const sy = fit(yTicks);
      const sx = fit(xTicks);
      const xOf = (x: number | string) => (typeof x === "string" ? fromIsoDate(x)! : x);

      const drawn = result.points.filter((p) => p.y !== null);
      expect(measured.points).toHaveLength(drawn.length);
      drawn.forEach((p, i) => {
        const [px, py] = measured.points[i]!;
        expect(Math.abs(px - sx(xOf(p.x))), `x of point ${p.index}`).toBeLessThan(2.5);
        expect(Math.abs(py - sy(p.y!)), `y of point ${p.index}`).toBeLessThan(2.5);
      });

      // The centre lines (one path for all parts) span the highest to the lowest centre line.
      const cls = result.points.flatMap((p) => (p.cl === null ? [] : [p.cl]));
      expect(Math.abs(Math.min(...measured.centre.map((l) => l[2])) - sy(Math.max(...cls))), "highest centre line").toBeLessThan(1.5);
      expect(Math.abs(Math.max(...measured.centre.map((l) => l[3])) - sy(Math.min(...cls))), "lowest centre line").toBeLessThan(1.5);
      const ucl = Math.max(...result.points.map((p) => p.ucl ?? -Infinity));
      const lcl = Math.min(...result.points.map((p) => p.lcl ?? Infinity));
      const limitsTop = Math.min(...measured.limits.map((l) => l[2]));
      const limitsBottom = Math.max(...measured.limits.map((l) => l[3]));
      expect(Math.abs(limitsTop - sy(ucl)), "upper limit").toBeLessThan(1.5);
      expect(Math.abs(limitsBottom - sy(lcl)), "lower limit").toBeLessThan(1.5);
    });
  }
});
