import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute, type ChartRow } from "../../src/index.js";
import { renderSvg } from "../../src/render/index.js";
import { textWidth } from "../../src/render/svg.js";
import { allElements, parseXml, pathPoints, type XmlElement } from "./xml.js";

interface Box {
  what: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const num = (el: XmlElement, name: string) => Number(el.attrs[name]);

/** The boxes of point marks, value labels inside the plot and note markers, as the SVG draws them. */
function boxes(svg: string): Box[] {
  const out: Box[] = [];
  for (const el of allElements(parseXml(svg))) {
    const group = el.parent?.attrs["aria-label"];
    if (group === "Punkter") {
      if (el.name === "circle") out.push({ what: "point", x: num(el, "cx") - num(el, "r"), y: num(el, "cy") - num(el, "r"), w: 2 * num(el, "r"), h: 2 * num(el, "r") });
      else if (el.name === "rect") out.push({ what: "point", x: num(el, "x"), y: num(el, "y"), w: num(el, "width"), h: num(el, "height") });
      else if (el.name === "path") {
        const pts = pathPoints(el.attrs.d!.replace(/l(-?[\d.]+),(-?[\d.]+)/g, "l$1,$2"));
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        out.push({ what: "point", x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) });
      }
    } else if (group === "Verdier for linjene" && el.name === "text" && el.attrs["text-anchor"] === "end") {
      const size = Number(el.parent!.attrs["font-size"]);
      const w = textWidth(el.text, size);
      out.push({ what: `label ${el.text}`, x: num(el, "x") - w, y: num(el, "y") - size * 0.8, w, h: size });
    } else if (el.name === "circle" && el.parent?.attrs["aria-label"]?.startsWith("Merknader ")) {
      out.push({ what: "note", x: num(el, "cx") - num(el, "r"), y: num(el, "cy") - num(el, "r"), w: 2 * num(el, "r"), h: 2 * num(el, "r") });
    }
  }
  return out;
}

/** Pairs that overlap by more than half a pixel (rounding), except point with point. */
function collisions(svg: string): string[] {
  const found: string[] = [];
  const all = boxes(svg);
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (a.what === "point" && b.what === "point") continue;
      if (a.x + 0.5 < b.x + b.w && b.x + 0.5 < a.x + a.w && a.y + 0.5 < b.y + b.h && b.y + 0.5 < a.y + a.h) found.push(`${a.what} × ${b.what}`);
    }
  }
  return found;
}

const monthly = (ys: number[]): ChartRow[] => ys.map((y, i) => ({ x: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`, y }));

describe("no collisions of value labels, note markers and points", () => {
  it("a part whose last points sit on its centre line and limits, with notes on neighbouring points", () => {
    // Part 1 ends with points right where its labels would go; notes on three points in a row.
    const ys = [10, 12, 11, 9, 10, 12, 11, 10, 9, 11, 10.5, 10.6, 20, 22, 21, 19, 20, 22, 21, 20];
    const data = monthly(ys).map((r, i) => ({ ...r, note: i >= 9 && i <= 11 ? `Tiltak ${i}` : undefined }));
    const svg = renderSvg(compute({ chart: "i", breaks: [13], data }), { width: 420, height: 260 });
    expect(svg).toContain('aria-label="Merknader 3: Tiltak 11"');
    expect(collisions(svg)).toEqual([]);
  });

  it("holds for random series with parts and notes, at small and large sizes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 8, maxLength: 40 }),
        fc.integer({ min: 3, max: 30 }),
        fc.constantFrom(360, 720),
        (ys, noteEvery, width) => {
          const data = monthly(ys).map((r, i) => ({ ...r, note: i % noteEvery === 1 ? "Merknad" : undefined }));
          const svg = renderSvg(compute({ chart: "i", breaks: ys.length > 12 ? [Math.floor(ys.length / 2)] : [], data }), { width, height: width / 2 });
          expect(collisions(svg)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a dense series keeps its signal marks", () => {
    const ys = Array.from({ length: 600 }, (_, i) => 50 + ((i * 37) % 11) - 5 + (i === 300 ? 40 : 0));
    const svg = renderSvg(compute({ chart: "i", data: ys.map((y, i) => ({ x: i + 1, y })) }));
    // data-index is the point's 1-based index.
    expect(svg).toMatch(/<path fill="#D55E00" d="M[^"]*" data-index="301">/);
  });
});

describe("small multiples keep a minimum panel width and the order given", () => {
  it("nine facets at 400 px are one column, in the order of the facets", () => {
    const names = ["Ward 9", "Ward 1", "Ward 5", "Ward 2", "Ward 8", "Ward 3", "Ward 7", "Ward 4", "Ward 6"];
    const data = names.flatMap((facet, k) => monthly([3, 5, 4, 6, 5, 4 + k, 5, 6]).map((r) => ({ ...r, facet })));
    const result = compute({ chart: "i", facetLevels: names, data });
    const svg = renderSvg(result, { width: 400 });
    const titles = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-weight="bold">(Ward \d)<\/text>/g)];
    expect(titles.map((t) => t[2])).toEqual(names);
    expect(new Set(titles.map((t) => t[1])).size).toBe(1);
    // Wide enough for three columns: three distinct x positions.
    const wide = [...renderSvg(result, { width: 960 }).matchAll(/<text x="([\d.]+)" y="[\d.]+" font-weight="bold">Ward \d<\/text>/g)];
    expect(new Set(wide.map((t) => t[1])).size).toBe(3);
  });
});
