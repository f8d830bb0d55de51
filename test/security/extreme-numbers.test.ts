import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHART_TYPES, compute, explain, SpcError, type ChartSpec, type ChartType } from "../../src/index.js";
import { renderSvg } from "../../src/render/index.js";

// Issue 11: subnormal or huge values (5e-324, n = 1e308) drew NaN or -Infinity into SVG paths.
// Every output — the result as JSON, the SVG, the explanation — stays free of NaN, Infinity and
// undefined for any finite input; a spec the chart cannot take is an SpcError, never a crash.

const EDGES = [5e-324, -5e-324, 1e-320, 1e-300, 2.2250738585072014e-308, -0, 0, 1, 1e15, 1e300, 1e308, 1.7976931348623157e308, -1e308, -1.7976931348623157e308];
const COUNTS = [0, 1, 2, 3, 5, 1e6, 1e15, 1e300, 1e308, 1.7976931348623157e308, 5e-324, 0.5, -0];
const BAD = /NaN|Infinity|undefined/;

const value = fc.oneof(fc.constantFrom(...EDGES), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -5, max: 50 }));
const count = fc.oneof(fc.constantFrom(...COUNTS), fc.integer({ min: 1, max: 100 }));

const spec = fc.record({
  chart: fc.constantFrom(...CHART_TYPES),
  rows: fc.array(fc.record({ y: value, n: count, facet: fc.constantFrom("A", "B") }), { minLength: 1, maxLength: 30 }),
  faceted: fc.boolean(),
  multiply: fc.option(fc.constantFrom(1, 100, 1000, 1e308, 5e-324), { nil: undefined }),
  target: fc.option(value, { nil: undefined }),
});

const NEEDS_N: readonly ChartType[] = ["p", "pp", "u", "up"];


/** A spec from the arbitrary; a finite JSON number for every field. */
function specOf(s: { chart: ChartType; rows: { y: number; n: number; facet: string }[]; faceted: boolean; multiply: number | undefined; target: number | undefined }): ChartSpec {
  const data = s.rows.map((r, i) => ({
    x: i + 1,
    y: NEEDS_N.includes(s.chart) ? Math.abs(r.y) : r.y,
    ...(NEEDS_N.includes(s.chart) || s.chart === "xbar" || s.chart === "s" ? { n: r.n } : {}),
    ...(s.faceted ? { facet: r.facet } : {}),
  }));
  return { chart: s.chart, data, ...(s.multiply === undefined ? {} : { multiply: s.multiply }), ...(s.target === undefined ? {} : { target: s.target }) } as ChartSpec;
}

function outputs(chartSpec: ChartSpec): string[] | null {
  let result;
  try {
    result = compute(chartSpec);
  } catch (e) {
    if (e instanceof SpcError) return null; // refused clearly: fine
    throw e;
  }
  const json = JSON.stringify(result, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? `non-finite ${String(v)}` : v));
  return [json, renderSvg(result, { lang: "en" }), renderSvg(result, { lang: "nb", yScale: "free", points: "all" }), explain(result)];
}

describe("numbers at the edges", () => {
  it("no NaN, Infinity or undefined in the result, the SVG or the explanation (fast-check)", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(spec, (s) => {
        const out = outputs(specOf(s));
        if (out === null) return;
        for (const text of out) expect(text).not.toMatch(BAD);
        expect(out[0]).not.toContain("non-finite");
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it.each(CHART_TYPES)("%s chart: every edge value alone and in a run of twelve", (chart) => {
    for (const y of EDGES) {
      for (const n of [1e308, 5e-324, 10]) {
        const rows = Array.from({ length: 12 }, (_, i) => ({ y: i % 3 === 0 ? y : i % 3 === 1 ? 0 : y / 2, n, facet: "A" }));
        const out = outputs(specOf({ chart, rows, faceted: false, multiply: undefined, target: undefined }));
        if (out === null) continue;
        for (const text of out) expect(text, `y=${y} n=${n}`).not.toMatch(BAD);
      }
    }
  });

  it("subnormal values are drawn on a readable axis with a note, not NaN", () => {
    const data = [5e-324, 0, 5e-324, 1e-320, 0, 5e-324, 0, 5e-324, 1e-323, 0, 5e-324, 0].map((y, i) => ({ x: i + 1, y }));
    const svg = renderSvg(compute({ chart: "i", data }), { lang: "en" });
    expect(svg).not.toMatch(BAD);
    expect(svg).toMatch(/<path [^>]*aria-label="Measurements"[^>]* d="M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){11}"/);
  });

  it("negative zero never prints as -0", () => {
    const data = Array.from({ length: 12 }, (_, i) => ({ x: i + 1, y: -0 }));
    const result = compute({ chart: "i", data });
    const svg = renderSvg(result, { lang: "en" });
    expect(svg).not.toMatch(/[^\w.]-0(?![\d.])|−0(?![\d,.])/);
    expect(explain(result, { lang: "en" })).not.toMatch(/(^|[^\w.])[-−]0(?![\d,.])/);
  });

  it("a value that overflows (1e308 per 1e-10) is left out with a value-out-of-range warning", () => {
    const data = Array.from({ length: 12 }, (_, i) => ({ x: i + 1, y: i === 4 ? 1e308 : 3 + (i % 3), n: i === 4 ? 1e-10 : 10 }));
    const result = compute({ chart: "u", data });
    expect(result.points[4]!.y).toBeNull();
    const warning = result.warnings.find((w) => w.code === "value-out-of-range");
    expect(warning?.message).toContain("1 subgroup has a value too large to compute (position 5)");
    expect(warning?.where).toEqual({ facet: null, points: [5] });
    expect(result.warnings.filter((w) => w.code === "value-out-of-range")).toHaveLength(1);
    expect(renderSvg(result)).not.toMatch(BAD);
  });

  it("ordinary data has no value-out-of-range warning", () => {
    const data = Array.from({ length: 12 }, (_, i) => ({ x: i + 1, y: 3 + (i % 3), n: 10 }));
    expect(compute({ chart: "u", data }).warnings.map((w) => w.code)).not.toContain("value-out-of-range");
  });
});
