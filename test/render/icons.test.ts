import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";
import { renderSvg } from "../../src/render/index.js";
import { assuranceIcon, iconSvg, variationIcon, variationName } from "../../src/render/marks/icons.js";
import type { Variation } from "../../src/rules/types.js";

/** Each variation, the colour of its ring and its letter ("" for common cause). */
const VARIATIONS: [Variation, string, string][] = [
  ["common", "#7B7D7D", ""],
  ["improvement-high", "#289DE0", "H"],
  ["improvement-low", "#289DE0", "L"],
  ["concern-high", "#FAB428", "H"],
  ["concern-low", "#FAB428", "L"],
  ["neutral-high", "#361475", "H"],
  ["neutral-low", "#361475", "L"],
];

const monthly = (ys: number[]) => ys.map((y, i) => ({ x: `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`, y }));
const shifted = monthly([50, 52, 49, 51, 50, 48, 52, 50, 49, 51, 50, 52, 60, 61, 62, 60, 61, 63, 62, 61, 60, 62]);

describe("Making Data Count icons on the chart", () => {
  it("are drawn by default under the mdc convention, with a variation and (with a target) an assurance icon", () => {
    const svg = renderSvg(compute({ chart: "i", convention: "mdc", direction: "increase", target: 55, data: shifted }));
    expect(svg).toContain('data-icon="improvement-high"');
    expect(svg).toMatch(/data-icon="(pass|fail|hit-and-miss)"/);
    expect(svg).toContain('aria-label="Spesiell variasjon: forbedring, høye verdier"');
  });
  it("are not drawn without the convention, nor with icons: false; icons: true draws them anyway", () => {
    expect(renderSvg(compute({ chart: "i", direction: "increase", data: shifted }))).not.toContain("data-icon");
    expect(renderSvg(compute({ chart: "i", convention: "mdc", direction: "increase", data: shifted }), { icons: false })).not.toContain("data-icon");
    expect(renderSvg(compute({ chart: "i", direction: "increase", data: shifted }), { icons: true })).toContain('data-icon="improvement-high"');
  });
  it("one pair per facet, named in English with lang en", () => {
    const data = ["A", "B"].flatMap((facet) => shifted.map((r) => ({ ...r, facet })));
    const svg = renderSvg(compute({ chart: "i", convention: "mdc", direction: "decrease", target: 55, data }), { lang: "en" });
    expect(svg.match(/data-icon="concern-high"/g)).toHaveLength(2);
    expect(svg).toContain("<title>Special cause variation: concern, high values</title>");
  });
  it("rejects a non-boolean icons option, naming it", () => {
    expect(() => renderSvg(compute({ chart: "i", data: shifted }), { icons: "yes" as never })).toThrow(/options\.icons: must be true or false/);
  });
});

describe("icon drawings", () => {
  it.each(VARIATIONS)("%s: a ring in its colour, H or L for a signal, a title in both languages", (variation, colour, letter) => {
    const svg = variationIcon(variation, 20, 20, 28, "nb");
    expect(svg).toContain(`stroke="${colour}"`);
    if (letter) expect(svg).toContain(`>${letter}</text>`);
    else expect(svg).not.toContain("<text");
    expect(variationIcon(variation, 20, 20, 28, "en")).toContain(`<title>${variationName(variation, "en")}</title>`);
  });
  it("assurance: P in blue, F in orange, hit-and-miss grey without a letter", () => {
    expect(assuranceIcon("pass", 20, 20, 28, "en")).toMatch(/stroke="#289DE0".*>P<\/text>/);
    expect(assuranceIcon("fail", 20, 20, 28, "en")).toMatch(/stroke="#FAB428".*>F<\/text>/);
    expect(assuranceIcon("hit-and-miss", 20, 20, 28, "nb")).not.toContain("<text");
  });
  it("a standalone icon is a square SVG of the size asked", () => {
    expect(iconSvg({ variation: "common" }, 22, "nb")).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="22" height="22" viewBox="0 0 22 22"/);
  });
});
