import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";
import { renderSvg } from "../../src/render/index.js";
import { gallerySpec } from "./gallery.js";

const months = (count: number) => Array.from({ length: count }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`);
const rates = months(16).map((x, i) => ({ x, y: 3 + (i % 4), n: 900 + 10 * i }));
const yTitle = (svg: string) => svg.match(/<text transform="rotate\(-90\)"[^>]*>([^<]*)<\/text>/)?.[1] ?? null;
const title = (svg: string) => svg.match(/font-weight="bold">([^<]*)<\/text>/)?.[1] ?? null;

describe("defaults that say what is measured", () => {
  it("the title is the measure (yLabel), not the chart type, when no title is given", () => {
    const svg = renderSvg(compute({ chart: "u", multiply: 1000, yLabel: "Fall per 1000 liggedøgn", data: rates }));
    expect(title(svg)).toBe("Fall per 1000 liggedøgn");
    expect(title(renderSvg(compute({ chart: "u", data: rates })))).toBe("U-diagram");
  });
  it("the y axis names the unit: per cent on P charts, the multiplier on U charts", () => {
    const p = compute({ chart: "p", data: rates.map((r) => ({ ...r, y: r.y * 10 })) });
    expect(yTitle(renderSvg(p))).toBe("Prosent");
    expect(yTitle(renderSvg(p, { lang: "en" }))).toBe("Per cent");
    expect(yTitle(renderSvg(compute({ chart: "p", yLabel: "Andel vurdert", data: rates.map((r) => ({ ...r, y: r.y * 10 })) })))).toBe("Andel vurdert (%)");
    expect(yTitle(renderSvg(compute({ chart: "u", multiply: 1000, data: rates })))).toBe("Rate per 1000");
    expect(yTitle(renderSvg(compute({ chart: "u", multiply: 1000, yLabel: "Fall", data: rates })))).toBe("Fall per 1000");
    expect(yTitle(renderSvg(compute({ chart: "u", multiply: 1000, yLabel: "Fall per 1000 liggedøgn", data: rates })))).toBe("Fall per 1000 liggedøgn");
  });
  it("percentage ticks carry %; a given yLabel option is drawn as given", () => {
    const p = compute({ chart: "p", data: rates.map((r) => ({ ...r, y: r.y * 10 })) });
    const ticks = [...renderSvg(p).matchAll(/<text x="[\d.]+" y="[\d.]+" data-value="[^"]+">([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.every((t) => t.endsWith("\u00a0%"))).toBe(true);
    expect(yTitle(renderSvg(p, { yLabel: "Andel" }))).toBe("Andel");
    expect(yTitle(renderSvg(p, { yLabel: null }))).toBeNull();
  });
  it("an I′ chart of y/n is in per cent multiplied by 100 and per 1000 by 1000, like a P or U chart", () => {
    const ratios = rates.map((r) => ({ ...r, y: r.y * 30 }));
    expect(yTitle(renderSvg(compute({ chart: "ip", multiply: 100, data: ratios })))).toBe("Prosent");
    expect(yTitle(renderSvg(compute({ chart: "ip", multiply: 1000, data: rates })))).toBe("Rate per 1000");
    expect(yTitle(renderSvg(compute({ chart: "ip", data: ratios })))).toBeNull();
  });
  it("says what an EWMA, a Bernoulli CUSUM and a standardised chart plot, which are not the measurements", () => {
    const values = months(20).map((x, i) => ({ x, y: 5 + (i % 3) }));
    expect(yTitle(renderSvg(compute({ chart: "ewma", data: values })))).toBe("Glidende vektet gjennomsnitt (EWMA)");
    expect(yTitle(renderSvg(compute({ chart: "ewma", data: values }), { lang: "en" }))).toBe("Weighted moving average (EWMA)");
    // The gallery's CUSUM, which crosses its decision limit once.
    const cusum = renderSvg(compute(gallerySpec("bcusum", "en")), { lang: "en" });
    expect(yTitle(cusum)).toBe("Cumulative sum (CUSUM)");
    // Its one limit is a decision limit, drawn as a line: the legend said "Control limits" beside a band.
    expect(cusum).toContain(">Decision limit</text>");
    expect(cusum).not.toContain(">Control limits</text>");
    expect(cusum).toContain(">Beyond the decision limit</text>");
    const z = compute({ chart: "p", standardise: true, data: rates.map((r) => ({ ...r, y: r.y * 10 })) });
    expect(yTitle(renderSvg(z))).toBe("Standardavvik fra midtlinjen");
    expect(yTitle(renderSvg(compute({ chart: "ewma", yLabel: "Liggetid", data: values })))).toBe("Liggetid");
  });
});
