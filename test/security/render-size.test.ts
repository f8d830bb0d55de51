import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";
import { renderSvg } from "../../src/render/index.js";
import { MAX_PANELS } from "../../src/render/model.js";

// Issue 11: renderSvg on 150,000 sawtooth points or 25,000 facets threw "Maximum call stack
// size exceeded" (big arrays spread into Math.max and push). No timing assertions: only that it
// returns, with every point on the line or the documented cap on panels.

const coordinates = (d: string) => (d.match(/[ML]-?\d/g) ?? []).length;

describe("renderSvg with huge inputs", () => {
  it("draws 1,000,000 points (a sawtooth) on one line without a stack overflow", { timeout: 300_000 }, () => {
    const n = 1_000_000;
    const data = Array.from({ length: n }, (_, i) => ({ x: i + 1, y: i % 2 === 0 ? 0 : 100 }));
    const svg = renderSvg(compute({ chart: "run", data }), { lang: "en" });
    expect(typeof svg).toBe("string");
    const line = /<path [^>]*aria-label="Measurements"[^>]* d="([^"]*)"/.exec(svg);
    expect(line).not.toBeNull();
    expect(coordinates(line![1]!)).toBe(n);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });

  it(`draws at most ${MAX_PANELS} of 100,000 facets and says how many it left out`, { timeout: 300_000 }, () => {
    const facets = 100_000;
    const name = (i: number) => `F${String(i).padStart(6, "0")}`;
    const data = Array.from({ length: facets }, (_, i) => ({ x: 1, y: i % 5, facet: name(i) }));
    const result = compute({ chart: "run", data });
    expect(result.facets).toHaveLength(facets);
    const svg = renderSvg(result, { lang: "en" });
    const panels = svg.match(/<g aria-label="F\d{6}">/g) ?? [];
    expect(panels).toHaveLength(MAX_PANELS);
    expect(panels[0]).toBe(`<g aria-label="${name(0)}">`);
    expect(svg).toContain(`data-omitted-facets="${facets - MAX_PANELS}"`);
    expect(svg).toContain("Showing the first 1,000 of 100,000 facets");
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });

  it(`draws every panel up to ${MAX_PANELS} facets and says nothing`, { timeout: 120_000 }, () => {
    const data = Array.from({ length: MAX_PANELS }, (_, i) => ({ x: 1, y: i % 3, facet: `G${i}` }));
    const svg = renderSvg(compute({ chart: "run", data }), { lang: "nb" });
    expect(svg.match(/<g aria-label="G\d+">/g)).toHaveLength(MAX_PANELS);
    expect(svg).not.toContain("data-omitted-facets");
  });
});
