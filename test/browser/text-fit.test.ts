/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Text that fits, measured by a real browser: every snapshot SVG in test/output/ (the hand-made
 * cases and the generated gallery) is opened in Debian's Chromium and each `<text>` is measured
 * with `getBBox()`, mapped through its transform into the SVG's own units. Every text must lie
 * inside the viewBox, must not overlap another text, and must not overlap a point mark (the
 * elements that carry `data-index`). All failures are collected and printed together, so that one
 * run shows every collision rather than the first. Hidden charts (test/render/hidden.ts: long
 * titles, notes and parts, facets, categories at each size) are measured the same way. Skipped only when no Chromium binary exists
 * (CI installs one: apt-get install chromium).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hiddenCharts } from "../render/hidden.js";
import { outputDir } from "../render/snapshot.js";
import { browserTitle, chromiumPath, openBrowser } from "../support/chromium.js";


/**
 * How far (SVG units) two boxes may overlap before it counts. A text box from getBBox spans the
 * font's whole ascent and descent, well beyond the ink of most glyphs, so a sliver of overlap is
 * not a visible collision; anything larger is.
 */
const SLACK = 1;

const hidden = hiddenCharts();
const snapshots = readdirSync(outputDir)
  .filter((f) => f.endsWith(".svg"))
  .map((f) => f.replace(/\.svg$/, ""))
  .sort();

/** Measured in the page: for each SVG, its problems in words. */
function measureAll(slack: number): Record<string, { texts: number; points: number; problems: string[] }> {
  /** A box's four corners in the root's user units (a rotated text's box stays a rotated box). */
  interface Box {
    corners: { x: number; y: number }[];
    x0: number;
    y0: number;
    x1: number;
    y1: number;
  }
  const problems: Record<string, { texts: number; points: number; problems: string[] }> = {};
  const boxOf = (svg: SVGSVGElement, el: SVGGraphicsElement): Box => {
    const b = el.getBBox();
    // Map the box's corners through the element's transforms into the root's user units (rotated
    // axis titles and category labels included).
    const m = svg.getScreenCTM()!.inverse().multiply(el.getScreenCTM()!);
    const corners = [
      [b.x, b.y],
      [b.x + b.width, b.y],
      [b.x + b.width, b.y + b.height],
      [b.x, b.y + b.height],
    ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
    const xs = corners.map((p) => p.x);
    const ys = corners.map((p) => p.y);
    return { corners, x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  };
  /**
   * How deep two boxes overlap: the separating-axis test over both boxes' edge directions, so that
   * two parallel rotated labels whose axis-aligned hulls overlap do not count as touching.
   */
  const overlap = (a: Box, b: Box) => {
    let depth = Infinity;
    for (const box of [a, b]) {
      for (let k = 0; k < 2; k++) {
        const p = box.corners[k]!;
        const q = box.corners[k + 1]!;
        const len = Math.hypot(q.x - p.x, q.y - p.y);
        if (len === 0) continue;
        const [nx, ny] = [(q.x - p.x) / len, (q.y - p.y) / len];
        const project = (c: Box) => c.corners.map((r) => r.x * nx + r.y * ny);
        const pa = project(a);
        const pb = project(b);
        depth = Math.min(depth, Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)));
      }
    }
    return depth === Infinity ? Math.min(Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0), Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)) : depth;
  };
  const round = (b: Box) => `[${b.x0.toFixed(1)},${b.y0.toFixed(1)}–${b.x1.toFixed(1)},${b.y1.toFixed(1)}]`;
  for (const figure of document.querySelectorAll("figure")) {
    const name = figure.id;
    const svg = figure.querySelector("svg")!;
    const [, , vw, vh] = (svg.getAttribute("viewBox") ?? "").split(/\s+/).map(Number) as [number, number, number, number];
    const list: string[] = [];
    const texts = [...svg.querySelectorAll("text")]
      .filter((t) => (t.textContent ?? "").trim() !== "")
      .map((t) => ({ label: (t.textContent ?? "").trim().slice(0, 40), box: boxOf(svg, t) }));
    const points = [...svg.querySelectorAll<SVGGraphicsElement>("[data-index]")].map((p) => ({ label: `point ${p.getAttribute("data-facet") ?? ""}#${p.getAttribute("data-index")}`, box: boxOf(svg, p) }));
    for (const t of texts) {
      const b = t.box;
      if (b.x0 < -slack || b.y0 < -slack || b.x1 > vw + slack || b.y1 > vh + slack) list.push(`"${t.label}" ${round(b)} is outside the viewBox 0 0 ${vw} ${vh}`);
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const d = overlap(texts[i]!.box, texts[j]!.box);
        if (d > slack) list.push(`"${texts[i]!.label}" ${round(texts[i]!.box)} overlaps "${texts[j]!.label}" ${round(texts[j]!.box)} by ${d.toFixed(1)}`);
      }
      for (const p of points) {
        const d = overlap(texts[i]!.box, p.box);
        if (d > slack) list.push(`"${texts[i]!.label}" ${round(texts[i]!.box)} overlaps ${p.label} ${round(p.box)} by ${d.toFixed(1)}`);
      }
    }
    problems[name] = { texts: texts.length, points: points.length, problems: list };
  }
  return problems;
}

describe.skipIf(!chromiumPath)(browserTitle("snapshot text in Chromium (getBBox)"), () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const svgs = [...snapshots.map((name) => [name, readFileSync(join(outputDir, `${name}.svg`), "utf8")] as const), ...Object.entries(hidden)];
    const figures = svgs.map(([name, svg]) => `<figure id="${name}">${svg}</figure>`);
    const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>spc-charts snapshots</title><style>body{margin:0}figure{margin:0}svg{display:block}</style></head><body>${figures.join("\n")}</body></html>`;
    browser = await openBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.setContent(html, { waitUntil: "load" });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("finds the snapshots and the hidden charts", () => {
    expect(snapshots.length).toBeGreaterThan(30);
    expect(Object.keys(hidden).length).toBeGreaterThan(100);
  });

  it("keeps every text inside the viewBox, off other texts and off the points", async () => {
    const problems = await page.evaluate(measureAll, SLACK);
    expect(Object.keys(problems).sort()).toEqual([...snapshots, ...Object.keys(hidden)].sort());
    // Every chart has text, and every chart but an empty one has point marks to measure against.
    expect(Object.entries(problems).filter(([, m]) => m.texts < 3).map(([name]) => name)).toEqual([]);
    expect(Object.entries(problems).filter(([, m]) => m.points === 0).map(([name]) => name)).toEqual([]);
    const failures = Object.entries(problems).flatMap(([name, m]) => m.problems.map((p) => `${name}: ${p}`));
    if (failures.length > 0) console.log(`${failures.length} text problems:\n${failures.join("\n")}`);
    expect(errors).toEqual([]);
    expect(failures).toEqual([]);
  }, 60_000);
});
