import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute, explain, renderSvg, type ChartSpec } from "../../src/index.js";
import { describePoint } from "../../src/interactive/describe-point.js";
import { computeIssues as issuesOf } from "../support/compute-issues.js";

// I charts with a median centre line (Wheeler; PowerBI-SPC i_m and i_mm), worked by hand.

/** PowerBI-SPC's i_mm test series (18 months). */
const MONTHS = [12, 15, 11, 18, 14, 13, 16, 19, 12, 14, 17, 11, 15, 13, 16, 18, 12, 14];
// Sorted: 11 11 12 12 12 13 13 14 14 | 14 15 15 16 16 17 18 18 19 → median 14.
// Moving ranges: 3 4 7 4 1 3 3 7 2 3 6 4 2 3 2 6 2 → sum 62, mean 62/17, median 3.
const rows = (ys: number[]) => ys.map((y, i) => ({ x: i + 1, y }));

describe("I chart with a median centre line", () => {
  it("Wheeler's textbook limits by default for the median moving range: median ± 3.145 × median MR", () => {
    const r = compute({ chart: "i", centre: "median", sigmaFrom: "median-moving-range", data: rows(MONTHS) });
    const p = r.points[0]!;
    expect(p.cl).toBe(14);
    expect(p.ucl).toBeCloseTo(14 + 3.145 * 3, 12);
    expect(p.lcl).toBeCloseTo(14 - 3.145 * 3, 12);
    expect(p.ucl95).toBeCloseTo(14 + (2 / 3) * 3.145 * 3, 12);
  });

  it("PowerBI-SPC's i_mm: median ± 3 × median MR / 1.128", () => {
    const r = compute({ chart: "i", centre: "median", sigmaFrom: "median-moving-range-d2", data: rows(MONTHS) });
    expect(r.points[0]!.ucl).toBeCloseTo(14 + (3 * 3) / 1.128, 12);
    expect(r.points[0]!.lcl).toBeCloseTo(14 - (3 * 3) / 1.128, 12);
  });

  it("PowerBI-SPC's i_m: median ± 3 × mean MR / 1.128", () => {
    const r = compute({ chart: "i", centre: "median", data: rows(MONTHS) });
    expect(r.points[0]!.cl).toBe(14);
    expect(r.points[0]!.ucl).toBeCloseTo(14 + (3 * (62 / 17)) / 1.128, 12);
    // i_m and i_mm give different widths on this series, as PowerBI-SPC's own test says.
    const imm = compute({ chart: "i", centre: "median", sigmaFrom: "median-moving-range-d2", data: rows(MONTHS) });
    expect(r.points[0]!.ucl).not.toBeCloseTo(imm.points[0]!.ucl!, 5);
  });

  it("screens moving ranges ≥ 3.267 × the median MR for i_mm, as PowerBI-SPC, but not for Wheeler's limits", () => {
    // 0 1 0 1 5 25 5: median 1; moving ranges 1 1 1 4 20 20, median 2.5; 20 ≥ 3.267 × 2.5 is
    // screened twice, leaving 1 1 1 4 with median 1.
    const ys = [0, 1, 0, 1, 5, 25, 5];
    const screened = compute({ chart: "i", centre: "median", sigmaFrom: "median-moving-range-d2", data: rows(ys) });
    const unscreened = compute({ chart: "i", centre: "median", sigmaFrom: "median-moving-range-d2", screenMovingRanges: false, data: rows(ys) });
    expect(screened.points[0]!.ucl).toBeCloseTo(1 + 3 / 1.128, 12);
    expect(unscreened.points[0]!.ucl).toBeCloseTo(1 + (3 * 2.5) / 1.128, 12);
    const wheeler = compute({ chart: "i", centre: "median", sigmaFrom: "median-moving-range", data: rows(ys) });
    expect(wheeler.points[0]!.ucl).toBeCloseTo(1 + 3.145 * 2.5, 12);
    expect(wheeler.points[5]!.sigmaSignal).toBe(true);
  });

  it("bridges excluded points, as the I chart does", () => {
    // Without point 3 the baseline is 1, 3, 2, 4: median 2.5, moving ranges 2, 1, 2 → median 2.
    const r = compute({ chart: "i", centre: "median", sigmaFrom: "median-moving-range", exclude: [3], data: rows([1, 3, 50, 2, 4]) });
    expect(r.points[0]!.cl).toBe(2.5);
    expect(r.points[0]!.ucl).toBeCloseTo(2.5 + 3.145 * 2, 12);
  });

  it("a median MR with a mean centre line, and a known sigma", () => {
    const mean = compute({ chart: "i", sigmaFrom: "median-moving-range", data: rows(MONTHS) });
    expect(mean.points[0]!.cl).toBeCloseTo(MONTHS.reduce((a, b) => a + b) / 18, 12);
    const known = compute({ chart: "i", centre: "median", sigma: 2, data: rows(MONTHS) });
    expect(known.points[0]).toMatchObject({ cl: 14, ucl: 20, lcl: 8, ucl95: 18, lcl95: 10 });
  });

  it("keeps the qicharts2 I chart exactly when asked for the mean and the moving range", () => {
    const plain = compute({ chart: "i", data: rows(MONTHS) });
    const explicit = compute({ chart: "i", centre: "mean", sigmaFrom: "moving-range", data: rows(MONTHS) });
    expect(explicit.points).toEqual(plain.points);
  });

  it("refuses the options on charts that do not take them", () => {
    expect(issuesOf({ chart: "c", centre: "median", data: rows([1, 2]) })).toEqual([expect.objectContaining({ code: "not_for_chart", path: ["centre"] })]);
    expect(issuesOf({ chart: "xbar", sigmaFrom: "median-moving-range", data: rows([1, 2]) })).toEqual([expect.objectContaining({ code: "not_for_chart", path: ["sigmaFrom"] })]);
    expect(issuesOf({ chart: "i", sigmaFrom: "range", data: rows([1, 2]) })).toEqual([expect.objectContaining({ code: "not_for_chart", path: ["sigmaFrom"] })]);
    expect(issuesOf({ chart: "i", centre: "mode", data: rows([1, 2]) })).toEqual([expect.objectContaining({ code: "invalid_value", path: ["centre"] })]);
    expect(issuesOf({ chart: "i", sigma: 2, sigmaFrom: "moving-range", data: rows([1, 2]) })).toEqual([expect.objectContaining({ code: "sigma_twice" })]);
  });

  it("property: the median centre line is the median of the baseline, and one wild value moves Wheeler's limits by at most two moving ranges' worth", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 9, maxLength: 40 }), fc.integer({ min: 1000, max: 1e6 }), (ys, wild) => {
        const spec = (values: number[]): ChartSpec => ({ chart: "i", centre: "median", sigmaFrom: "median-moving-range", data: rows(values) });
        const r = compute(spec(ys));
        const sorted = [...ys].sort((a, b) => a - b);
        const m = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
        expect(r.points[0]!.cl).toBe(m);
        // A wild last value changes one moving range: the median MR moves to a neighbouring order statistic.
        const withWild = compute(spec([...ys, wild]));
        expect(withWild.points[0]!.ucl!).toBeLessThan(100 + 3.145 * 100 + 1e-9);
        expect(withWild.points.at(-1)!.sigmaSignal).toBe(withWild.points.at(-1)!.y! > withWild.points.at(-1)!.ucl!);
      }),
      { numRuns: 150 },
    );
  });

  it("property: a constant series raises no signal with any sigma source", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 2, max: 40 }), fc.constantFrom("moving-range", "median-moving-range", "median-moving-range-d2" as const), (level, size, sigmaFrom) => {
        const r = compute({ chart: "i", centre: "median", sigmaFrom, data: rows(Array(size).fill(level)) });
        expect(r.findings).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("names its centre line the median in the legend, the point text and explain(), in bokmål and English", () => {
    const r = compute({ chart: "i", centre: "median", data: rows(MONTHS) });
    expect(r.centre).toBe("median");
    for (const [lang, median, centre] of [["nb", "Median", "Midtlinje"], ["en", "Median", "Centre line"]] as const) {
      const svg = renderSvg(r, { lang });
      const legend = svg.slice(svg.indexOf(`<g aria-label="${lang === "nb" ? "Tegnforklaring" : "Legend"}"`));
      expect(legend).toContain(`>${median}</text>`);
      expect(legend).not.toContain(`>${centre}</text>`);
      expect(describePoint(r.points[0]!, r, { lang }).lines.join("\n")).toContain(`${median}: 14`);
      expect(explain(r, { lang })).toMatch(/: median 14, /);
    }
    // With a given cl the line is that value, not the median: the result says nothing of a median.
    const given = compute({ chart: "i", centre: "median", cl: 15, data: rows(MONTHS) });
    expect(given.centre).toBeUndefined();
    expect(explain(given, { lang: "en" })).toMatch(/: centre line 15, /);
  });
});
