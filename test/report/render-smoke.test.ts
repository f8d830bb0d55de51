// The report and `spc chart` with the real renderer, when src/render has it (it is written
// alongside this work): every chart drawn, ids unique on the page, nothing fetched.
import { describe, expect, it } from "vitest";
import { computePlan } from "../../src/plan/compute.js";
import { parsePlan } from "../../src/plan/load.js";
import { buildReport, type RenderSvg } from "../../src/report/build.js";
import { fixtureText, planTexts } from "../plan/helpers.js";

import type { renderSvg as RealRenderSvg } from "../../src/render/index.js";

// renderSvg fits where the report (and the commands) take a RenderSvg: checked by tsc.
const fits: typeof RealRenderSvg extends RenderSvg ? true : false = true;

let renderSvg: RenderSvg | null = null;
try {
  renderSvg = ((await import("../../src/render/index.js")) as { renderSvg?: RenderSvg }).renderSvg ?? null;
} catch {
  renderSvg = null;
}

describe.runIf(renderSvg !== null)("the report with renderSvg", () => {
  it("draws every measure of both fixture plans in one page", () => {
    const plans = ["plans/fall.yaml", "plans/infeksjon.json"].map((f) => {
      const plan = parsePlan(fixtureText(f));
      return computePlan(plan, planTexts(plan));
    });
    const html = buildReport(plans, { render: renderSvg!, lang: "en" });
    expect(fits).toBe(true);
    expect(html.match(/<figure /g)).toHaveLength(7);
    expect(html.match(/<figure [^>]*>\n<svg[\s>]/g)).toHaveLength(7);
    expect(html).not.toContain('class="error"');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).not.toMatch(/<script|<link|<img|src=|@import/i);
  });
});
