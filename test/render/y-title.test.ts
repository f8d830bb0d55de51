import { describe, expect, it } from "vitest";
import { compute, renderSvg } from "../../src/index.js";
import { textWidth } from "../../src/render/svg.js";

const data = Array.from({ length: 24 }, (_, i) => ({ x: i + 1, y: 3 + ((i * 7) % 5) / 2 }));

/** The y axis title's lines (rotated texts), in order. */
function yTitleLines(svg: string): string[] {
  return [...svg.matchAll(/<text transform="rotate\(-90\)"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

describe("the y axis title (issue 17: cut on the A3)", () => {
  it("takes a second line on a chart too short for it in one, instead of ending in '…'", () => {
    const svg = renderSvg(compute({ chart: "i", yLabel: "trykksår per 1000 liggedøgn", data }), { lang: "nb", width: 560, height: 200 });
    const lines = yTitleLines(svg);
    expect(lines).toEqual(["trykksår per 1000", "liggedøgn"]);
    // The plot starts further right to make room for it: no line of the title runs into the tick labels.
    const x = [...svg.matchAll(/<text transform="rotate\(-90\)"[^>]*y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(x[1]! - x[0]!).toBeGreaterThan(10);
  });

  it("stays one line where it fits, and at most two lines, the second ending in '…' when even that is short", () => {
    expect(yTitleLines(renderSvg(compute({ chart: "i", yLabel: "trykksår per 1000 liggedøgn", data }), { lang: "nb", width: 720, height: 400 }))).toEqual(["trykksår per 1000 liggedøgn"]);
    const long = "antall nye trykksår i kategori 2 til 4 per 1000 liggedøgn blant beboere over 80 år";
    const lines = yTitleLines(renderSvg(compute({ chart: "i", yLabel: long, data }), { lang: "nb", width: 560, height: 170 }));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThan(textWidth(long, 11));
  });
});
