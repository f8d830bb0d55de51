import { describe, expect, it } from "vitest";
import { compute, renderSvg } from "../../src/index.js";

// What a reader of a funnel plot and a Pareto chart must see, checked in the SVG.

const hospitals = [
  { x: "Ahus & co", y: 40, n: 400 },
  { x: "Bodø", y: 9, n: 150 },
  { x: "Tromsø", y: 2, n: 30 },
  { x: "Haukeland", y: 80, n: 1000 },
  { x: "Kirkenes", y: 30, n: 100 },
];

describe("rendering a funnel plot", () => {
  const svg = renderSvg(compute({ chart: "funnel", multiply: 100, data: hospitals }), { lang: "en" });

  it("draws the limits as curves of many vertices, not steps between the five units", () => {
    const limits = svg.match(/<path role="graphics-symbol" aria-label="99.8 % limits" stroke[^>]* d="([^"]+)"/);
    expect(limits).not.toBeNull();
    // Two curves of about 160 vertices each.
    expect(limits![1]!.split(/[ML]/).length).toBeGreaterThan(200);
    expect(svg).toContain('aria-label="95 % limits"');
  });

  it("has no data line, names the x axis and labels every unit with its n on hover", () => {
    expect(svg).not.toContain('aria-label="Measurements"');
    expect(svg).toContain(">Denominator</text>");
    expect(svg).toContain("<title>Ahus &amp; co (n = 400): 10%");
    expect(svg).toMatch(/<title>Kirkenes \(n = 100\): 30% \(Outside the 99\.8 % limits\)<\/title>/);
  });

  it("is in per cent when multiplied by 100: the y axis says so and its ticks carry %", () => {
    expect(svg).toContain(">Per cent</text>");
    expect(svg).toMatch(/data-value="10">10%<\/text>/);
  });

  it("is per 1000 when multiplied by 1000, and has no unit when not multiplied", () => {
    expect(renderSvg(compute({ chart: "funnel", multiply: 1000, data: hospitals }), { lang: "nb" })).toContain(">Rate per 1000</text>");
    const plain = renderSvg(compute({ chart: "funnel", data: hospitals }), { lang: "en" });
    expect(plain).not.toContain(">Per cent</text>");
    expect(plain).not.toMatch(/\d%<\/text>/);
  });
});

describe("rendering a Pareto chart", () => {
  const svg = renderSvg(compute({ chart: "pareto", data: [{ x: "Fall", y: 3 }, { x: "Trykksår", y: 6 }, { x: "Legemiddel", y: 1 }] }), { lang: "nb" });

  it("draws one bar per category, largest first, with its cumulative per cent on hover", () => {
    const titles = [...svg.matchAll(/<rect [^>]*><title>([^<]+)<\/title><\/rect>/g)].map((m) => m[1]);
    expect(titles).toEqual(["Trykksår: 6 (kumulativt 60\u00a0%)", "Fall: 3 (kumulativt 90\u00a0%)", "Legemiddel: 1 (kumulativt 100\u00a0%)"]);
  });

  it("draws the cumulative line and a right axis up to 100 %, and no point marks or limits", () => {
    expect(svg).toMatch(/aria-label="Kumulativ prosent" stroke[^>]* d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+"/);
    expect(svg).toContain(">100\u00a0%</text>");
    expect(svg).not.toContain('aria-label="Punkter"');
    expect(svg).not.toContain('aria-label="Kontrollgrenser"');
  });
});
