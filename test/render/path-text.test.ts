import fc from "fast-check";
import { area, curveStepAfter, line } from "d3-shape";
import { describe, expect, it } from "vitest";
import { polyline, stepBand, steps } from "../../src/render/paths.js";

/**
 * The renderer writes path data through its own context (PathText); these compare it with the
 * text d3-path writes for the same generator, so the SVG bytes cannot drift from d3's.
 */
const clamp = (v: number) => Math.round(Math.max(-1e9, Math.min(1e9, v)) * 10) / 10;
type V = [number, number | null];

/** d3-path's text with a repeated line to the same point written once (what steps() promises). */
function withoutRepeats(d: string | null): string {
  const commands = (d ?? "").match(/[MLZ][^MLZ]*/g) ?? [];
  return commands.filter((c, i) => !(c.startsWith("L") && c === commands[i - 1])).join("");
}

const coordinate = fc.oneof(fc.double({ min: -2e9, max: 2e9, noNaN: true }), fc.integer({ min: 0, max: 40 }).map((v) => v / 2));
const vertex = fc.tuple(coordinate, fc.option(coordinate, { freq: 4 }));

describe("path text: the same bytes as d3-path", () => {
  it("polyline writes what d3's line() with d3-path writes", () => {
    const d3Line = line<V>().defined((v) => v[1] !== null).x((v) => clamp(v[0])).y((v) => clamp(v[1]!)).digits(null);
    fc.assert(fc.property(fc.array(vertex, { maxLength: 30 }), (vs) => {
      expect(polyline(vs)).toBe(d3Line(vs) ?? "");
    }), { numRuns: 500 });
  });
  it("steps writes what d3's stepped line() writes, a repeated vertex once", () => {
    const d3Steps = line<V>().defined((v) => v[1] !== null).x((v) => clamp(v[0])).y((v) => clamp(v[1]!)).curve(curveStepAfter).digits(null);
    fc.assert(fc.property(fc.array(vertex, { maxLength: 30 }), (vs) => {
      expect(steps(vs)).toBe(withoutRepeats(d3Steps(vs)));
    }), { numRuns: 500 });
    expect(steps([[0, 5], [15, 5], [20, 5]])).toBe("M0,5L15,5L20,5");
  });
  it("stepBand writes what d3's stepped area() writes", () => {
    const scale = (v: number) => v;
    const d3Band = area<[number, number | null, number | null]>()
      .defined((v) => v[1] !== null && v[2] !== null)
      .x((v) => clamp(v[0]))
      .y0((v) => clamp(v[2]!))
      .y1((v) => clamp(v[1]!))
      .curve(curveStepAfter)
      .digits(null);
    const level = fc.option(fc.integer({ min: -3, max: 3 }), { freq: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(level, level), { minLength: 1, maxLength: 20 }), (pairs) => {
        const xs = pairs.map((_, i) => i * 10);
        const upper = pairs.map(([a]) => (a === null ? null : a + 10));
        const lower = pairs.map(([, b]) => b);
        const d = stepBand(xs, upper, lower, scale, scale, 5);
        // The same band through d3's own path: rebuilt from the d3 text of each stretch's vertices.
        expect(d).toBe(withoutRepeats(d3Band(bandVertices(xs, upper, lower))));
      }),
      { numRuns: 300 },
    );
  });
});

/** The vertices stepBand hands d3 (its turns), rebuilt here plainly: every point, ends ±5 px. */
function bandVertices(xs: number[], upper: (number | null)[], lower: (number | null)[]): [number, number | null, number | null][] {
  const out: [number, number | null, number | null][] = [];
  const inside = (i: number) => upper[i] !== null && lower[i] !== null;
  let start = -1;
  for (let i = 0; i <= xs.length; i++) {
    const here = i < xs.length && inside(i);
    if (here && start < 0) {
      start = i;
      out.push([xs[i]! - 5, upper[i]!, lower[i]!]);
    } else if (here && !(upper[i - 1] === upper[i] && lower[i - 1] === lower[i])) {
      out.push([(xs[i - 1]! + xs[i]!) / 2, upper[i]!, lower[i]!]);
    } else if (!here && start >= 0) {
      const end = xs[i - 1]! + 5;
      out.push([end, upper[i - 1]!, lower[i - 1]!], [end, null, null]);
      start = -1;
    }
  }
  return out;
}
