/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * spc-charts/interactive in Debian's Chromium, driven by playwright-core: the built entry
 * (dist/interactive.js, which the global setup builds) is served to a page of charts drawn by
 * renderSvg, as an app would load it — hover shows a tooltip with the point's value and the
 * findings' words, the arrow keys, Home and End move focus (one tab stop) and fire spc:pointfocus,
 * a click fires spc:pointclick with the right point, detach() leaves the SVG as it was, and no
 * console error. axe-core checks the page (charts attached and not) for serious or critical
 * violations. Skipped only when no Chromium binary exists (CI installs one).
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { compute, describeFinding, renderSvg, type ChartResult } from "../../src/index.js";
import { monthly, series } from "../render/fixtures.js";
import { browserTitle, chromiumPath, openBrowser } from "../support/chromium.js";
import { ensureBuild } from "../support/dist.js";
import { repoRoot } from "../support/shared.js";

/** Screenshots of the tooltip and the focus ring (git-ignored; CI keeps them). */
const artifacts = join(repoRoot, "artifacts", "interactive");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The page's origin: every request to it is answered from dist/ or memory, nothing goes to a network. */
const ORIGIN = "http://spc-charts.test";

// An I chart (English) whose 10th point is far above the upper limit, and a faceted C chart (bokmål).
const single = compute({ chart: "i", title: "Time to antibiotics (minutes)", data: monthly(series(24, 7, 60, 6).map((v, i) => (i === 9 ? 95 : v))) });
const faceted = compute({ chart: "c", title: "Fall per avdeling", data: ["Avdeling A", "Avdeling B"].flatMap((facet, k) => monthly([3, 4, 5, 4, 6, 3, 4 + k, 5]).map((r) => ({ ...r, facet }))) });

function pageHtml(): string {
  const figure = (id: string, result: ChartResult, lang: "nb" | "en") =>
    `<figure id="${id}">${renderSvg(result, { lang, points: "all", id })}<figcaption>${id}</figcaption></figure>` +
    `<script type="application/json" id="${id}-result">${JSON.stringify(result).replace(/</g, "\\u003c")}</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>spc-charts interactive</title>
<style>body{margin:8px;font-family:sans-serif}figure{margin:0 0 16px}svg{display:block}#faceted svg{width:540px;height:auto}</style></head><body><main>
<h1>Charts</h1>
${figure("single", single, "en")}
${figure("faceted", faceted, "nb")}
${figure("static", single, "en")}
</main>
<script type="module">
import { attach } from "/dist/interactive.js";
window.attach = attach;
window.events = [];
window.detachers = {};
window.before = {};
for (const [id, lang] of [["single", "en"], ["faceted", "nb"]]) {
  const svg = document.querySelector("#" + id + " svg");
  const result = JSON.parse(document.getElementById(id + "-result").textContent);
  window.before[id] = svg.outerHTML;
  window.detachers[id] = attach(svg, result, { lang });
  for (const type of ["spc:pointclick", "spc:pointfocus"]) {
    document.getElementById(id).addEventListener(type, (e) => window.events.push({ chart: id, type, index: e.detail.index, facet: e.detail.facet, y: e.detail.point.y, pointIndex: e.detail.point.index }));
  }
}
document.body.dataset.ready = "true";
</script></body></html>`;
}

describe.skipIf(!chromiumPath)(browserTitle("spc-charts/interactive in Chromium"), () => {
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ensureBuild();
    browser = await openBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    errors = [];
    page = await browser.newPage({ viewport: { width: 900, height: 1400 } });
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    const html = pageHtml();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === "/index.html") return route.fulfill({ contentType: "text/html; charset=utf-8", body: html });
      const file = join(repoRoot, path);
      if (path.startsWith("/dist/") && path.endsWith(".js") && existsSync(file)) return route.fulfill({ contentType: "text/javascript", body: readFileSync(file, "utf8") });
      return route.fulfill({ status: 404, body: "" });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForSelector("body[data-ready='true']");
  });

  const events = () => page.evaluate(() => (window as unknown as { events: Record<string, unknown>[] }).events);
  const mark = (chart: string, index: number, facet?: string) => page.locator(`#${chart} svg [data-index="${index}"]${facet ? `[data-facet="${facet}"]` : ""}`);
  const focusedIndex = () => page.evaluate(() => document.activeElement?.getAttribute("data-index") ?? null);

  it("shows a tooltip with the value, the limits and the finding's words on hover", async () => {
    const outlier = single.points[9]!;
    await mark("single", 10).hover();
    const tooltip = page.locator("[data-spc-tooltip]:not([hidden])");
    await expect.poll(() => tooltip.count()).toBe(1);
    const text = await tooltip.innerText();
    expect(text).toContain("October 2023");
    expect(text).toContain(`Value: ${outlier.y}`);
    expect(text).toMatch(/Control limits: \d+(\.\d+)?–\d+(\.\d+)?/);
    const finding = single.findings[outlier.signals[0]!.finding]!;
    expect(text).toContain(describeFinding(finding, { lang: "en", result: single }).explanation);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "hover.png"), clip: { x: 0, y: 0, width: 900, height: 480 } });
    // The tooltip sits beside the point, inside the window.
    const [tip, point] = [await tooltip.boundingBox(), await mark("single", 10).boundingBox()];
    expect(Math.abs(tip!.x + tip!.width / 2 - (point!.x + point!.width / 2))).toBeLessThan(tip!.width / 2 + 1);
    expect(tip!.x).toBeGreaterThanOrEqual(0);
    // Away from every point, it goes.
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("writes the tooltip in bokmål for a bokmål chart, with the facet", async () => {
    await mark("faceted", 3, "Avdeling B").hover();
    const tooltip = page.locator("[data-spc-tooltip]:not([hidden])");
    await expect.poll(() => tooltip.count()).toBe(1);
    const text = await tooltip.innerText();
    expect(text).toContain("Avdeling B, mars 2023");
    expect(text).toContain(`Verdi: ${faceted.points.find((p) => p.facet === "Avdeling B" && p.index === 3)!.y}`);
    expect(text).toContain("Midtlinje:");
  });

  it("moves focus with the arrow keys, Home and End in one tab stop, and fires spc:pointfocus", async () => {
    const svgMarks = page.locator("#single svg [data-index]");
    const count = await svgMarks.count();
    expect(count).toBe(single.points.length);
    // One tab stop: Tab from the top of the page lands on the first point.
    await page.locator("h1").click();
    await page.keyboard.press("Tab");
    await expect.poll(focusedIndex).toBe("1");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(focusedIndex).toBe("3");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(focusedIndex).toBe("2");
    await page.keyboard.press("End");
    await expect.poll(focusedIndex).toBe(String(count));
    await page.keyboard.press("ArrowRight"); // stays on the last
    await expect.poll(focusedIndex).toBe(String(count));
    await page.keyboard.press("Home");
    await expect.poll(focusedIndex).toBe("1");
    expect(await page.locator("#single svg [data-index][tabindex='0']").count()).toBe(1);
    const focusEvents = (await events()).filter((e) => e.chart === "single" && e.type === "spc:pointfocus").map((e) => e.index);
    expect(focusEvents).toEqual([1, 2, 3, 2, count, 1]);
    // The tooltip follows the focus, and the focused point is described by it.
    await page.keyboard.press("ArrowRight");
    const tooltip = page.locator("[data-spc-tooltip]:not([hidden])");
    await expect.poll(() => tooltip.count()).toBe(1);
    expect(await tooltip.innerText()).toContain(`Value: ${single.points[1]!.y}`);
    expect(await mark("single", 2).getAttribute("aria-describedby")).toBe(await tooltip.getAttribute("id"));
    // Escape dismisses it, focus stays.
    await page.keyboard.press("Escape");
    await expect.poll(() => tooltip.count()).toBe(0);
    expect(await focusedIndex()).toBe("2");
    // Tab leaves the chart for the next one: the second chart's current point.
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest("figure")?.id)).toBe("faceted");
    expect(errors).toEqual([]);
  });

  it("draws a visible focus ring around the focused point", async () => {
    await mark("single", 5).focus();
    const ring = page.locator("#single svg [data-spc-focus-ring]");
    await expect.poll(() => ring.isVisible()).toBe(true);
    const [r, p] = [await ring.boundingBox(), await mark("single", 5).boundingBox()];
    expect(Math.abs(r!.x + r!.width / 2 - (p!.x + p!.width / 2))).toBeLessThan(1.5);
    expect(Math.abs(r!.y + r!.height / 2 - (p!.y + p!.height / 2))).toBeLessThan(1.5);
    expect(r!.width).toBeGreaterThan(p!.width);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "focus.png"), clip: { x: 0, y: 0, width: 900, height: 480 } });
    await page.locator("h1").click();
    await expect.poll(() => ring.isVisible()).toBe(false);
  });

  it("finds points and rings them on a chart scaled by CSS (the faceted one is drawn at 540 px)", async () => {
    const target = mark("faceted", 6, "Avdeling B");
    const p = (await target.boundingBox())!;
    // A pointer a few px beside the point picks it: the pointer is read in the SVG's own units.
    await page.mouse.move(p.x + p.width / 2 + 4, p.y + p.height / 2 + 3);
    const tooltip = page.locator("[data-spc-tooltip]:not([hidden])");
    await expect.poll(() => tooltip.count()).toBe(1);
    expect(await tooltip.innerText()).toContain("Avdeling B, juni 2023");
    await target.focus();
    const ring = page.locator("#faceted svg [data-spc-focus-ring]");
    await expect.poll(() => ring.isVisible()).toBe(true);
    const r = (await ring.boundingBox())!;
    expect(Math.abs(r.x + r.width / 2 - (p.x + p.width / 2))).toBeLessThan(1.5);
    expect(Math.abs(r.y + r.height / 2 - (p.y + p.height / 2))).toBeLessThan(1.5);
  });

  it("fires spc:pointclick with the clicked point, on click, Enter and Space", async () => {
    await mark("single", 10).click();
    await mark("faceted", 3, "Avdeling B").click();
    await mark("single", 4).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press(" ");
    const clicks = (await events()).filter((e) => e.type === "spc:pointclick");
    const b3 = faceted.points.find((p) => p.facet === "Avdeling B" && p.index === 3)!;
    expect(clicks).toEqual([
      { chart: "single", type: "spc:pointclick", index: 10, facet: null, y: single.points[9]!.y, pointIndex: 10 },
      { chart: "faceted", type: "spc:pointclick", index: 3, facet: "Avdeling B", y: b3.y, pointIndex: 3 },
      { chart: "single", type: "spc:pointclick", index: 4, facet: null, y: single.points[3]!.y, pointIndex: 4 },
      { chart: "single", type: "spc:pointclick", index: 5, facet: null, y: single.points[4]!.y, pointIndex: 5 },
    ]);
    expect(errors).toEqual([]);
  });

  it("leaves the SVG as renderSvg wrote it after detach()", async () => {
    await mark("single", 2).hover();
    await mark("single", 2).focus();
    // Attached a second time (a redraw that forgot to detach): the first layer goes first, and one detach() restores all.
    await page.evaluate(() => {
      const w = window as unknown as { attach: (svg: Element, result: unknown, o: unknown) => () => void; detachers: Record<string, () => void> };
      w.detachers.single = w.attach(document.querySelector("#single svg")!, JSON.parse(document.getElementById("single-result")!.textContent!), { lang: "en" });
    });
    expect(await page.locator("[data-spc-tooltip]").count()).toBe(2); // the faceted chart's and the new one
    expect(await page.locator("#single svg [data-spc-focus-ring]").count()).toBe(1);
    await page.evaluate(() => (window as unknown as { detachers: Record<string, () => void> }).detachers.single!());
    const [before, after] = await page.evaluate(() => [(window as unknown as { before: Record<string, string> }).before.single, document.querySelector("#single svg")!.outerHTML]);
    expect(after).toBe(before);
    expect(await page.locator("[data-spc-tooltip]").count()).toBe(1); // the faceted chart's only
    await mark("single", 3).click();
    expect((await events()).filter((e) => e.chart === "single" && e.type === "spc:pointclick")).toEqual([]);
  });

  it("has no serious or critical axe-core violations, attached and not", async () => {
    await page.addScriptTag({ content: axeSource });
    await mark("single", 3).focus(); // with the tooltip showing
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const report = await axe.run(document, { resultTypes: ["violations"] });
      return report.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
    });
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    expect(errors).toEqual([]);
  });
});
