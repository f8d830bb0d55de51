import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";
import { renderSvg } from "../../src/render/index.js";

// A reference line's value label is cut to fit the right gutter, but by how wide the chart is: a
// slide has room for "National standard" that a phone has not.
const result = compute({
  chart: "i",
  lines: [{ value: 75, label: "National standard for sepsis" }],
  data: Array.from({ length: 20 }, (_, i) => ({ x: i + 1, y: 60 + (i % 5) })),
});
const label = (width: number) => renderSvg(result, { lang: "en", width, height: Math.round(width * 0.56) }).match(/>(National[^<]*75\.0)<\/text>/)?.[1] ?? null;

describe("reference line labels", () => {
  it("keep more of a long label the wider the chart, from 14 characters to 28", () => {
    expect(label(360)).toBe("National stan… 75.0");
    expect(label(720)).toBe("National standa… 75.0");
    expect(label(1280)).toBe("National standard for sepsis 75.0");
  });
});

describe("a per-row target that changes", () => {
  it("is called a trajectory in the legend, a fixed target a target", () => {
    const data = Array.from({ length: 20 }, (_, i) => ({ x: i + 1, y: 60 + (i % 5), target: i < 10 ? 60 : 50 }));
    expect(renderSvg(compute({ chart: "i", data }), { lang: "nb" })).toContain(">Målbane</text>");
    expect(renderSvg(compute({ chart: "i", data }), { lang: "en" })).toContain(">Target trajectory</text>");
    const fixed = renderSvg(compute({ chart: "i", target: 55, data: data.map(({ target: _, ...r }) => r) }), { lang: "nb" });
    expect(fixed).toContain(">Mål</text>");
    expect(fixed).not.toContain("Målbane");
  });
});
