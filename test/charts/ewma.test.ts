import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute, explain } from "../../src/index.js";
import { computeIssues as issuesOf } from "../support/compute-issues.js";

// EWMA chart as qcc's ewma() defines it: zᵢ = λx̄ᵢ + (1 − λ)zᵢ₋₁, z₀ = centre; limits
// centre ± L·σ/√nᵢ·√(λ/(2 − λ)·(1 − (1 − λ)^(2i))), widening to their asymptote.

/** Montgomery, Introduction to Statistical Quality Control, Example 9.2 (the data of Table 9.1): μ₀ = 10, σ = 1, λ = 0.1, L = 2.7. */
const MONTGOMERY = [9.45, 7.99, 9.29, 11.66, 12.16, 10.18, 8.04, 11.46, 9.2, 10.34, 9.03, 11.47, 10.51, 9.4, 10.08, 9.37, 10.62, 10.31, 8.52, 10.84, 10.9, 9.33, 12.29, 11.5, 10.6, 11.08, 10.38, 11.62, 11.31, 10.52];

const series = (ys: number[]) => ys.map((y, i) => ({ x: i + 1, y }));

/** The definition, written out plainly: the oracle for the properties. */
function ewmaOracle(xs: number[], centre: number, sigma: number, lambda: number, width: number) {
  let z = centre;
  return xs.map((x, k) => {
    z = lambda * x + (1 - lambda) * z;
    const s = sigma * Math.sqrt((lambda / (2 - lambda)) * (1 - (1 - lambda) ** (2 * (k + 1))));
    return { z, lcl: centre - width * s, ucl: centre + width * s };
  });
}

describe("EWMA chart", () => {
  it("matches Montgomery's Example 9.2 worked by hand (λ = 0.1, L = 2.7, μ₀ = 10, σ = 1)", () => {
    const r = compute({ chart: "ewma", cl: 10, sigma: 1, ewma: { lambda: 0.1, L: 2.7 }, data: series(MONTGOMERY) });
    // The textbook's table: z₁ = 9.945, z₂ = 9.7495, z₃ = 9.7036, z₄ = 9.8992, z₅ = 10.1253.
    expect(r.points.slice(0, 5).map((p) => p.y)).toEqual([9.945, 9.7495, 9.70355, 9.899195, 10.1252755].map((v) => expect.closeTo(v, 10)));
    // UCL₁ = 10 + 2.7·0.1 = 10.27; UCL₂ = 10.3632; the asymptote 10 + 2.7·√(0.1/1.9) = 10.6194.
    expect(r.points[0]!.ucl).toBeCloseTo(10.27, 12);
    expect(r.points[0]!.lcl).toBeCloseTo(9.73, 12);
    expect(r.points[1]!.ucl).toBeCloseTo(10 + 2.7 * Math.sqrt((0.1 / 1.9) * (1 - 0.9 ** 4)), 12);
    expect(r.points[29]!.ucl).toBeLessThan(10 + 2.7 * Math.sqrt(0.1 / 1.9));
    expect(r.points[29]!.ucl).toBeCloseTo(10.6189, 4);
    // The EWMA crosses the upper limit at the 29th and 30th observations (z₂₉ = 10.6468 > 10.6187).
    expect(r.findings.map((f) => [f.rule, f.points])).toEqual([["outside-limits", [29]], ["outside-limits", [30]]]);
    expect(r.points[28]!.y).toBeCloseTo(10.6468, 4);
  });

  it("estimates as qcc does: centre = mean, σ = mean moving range / 1.128 for individuals (hand-worked)", () => {
    const r = compute({ chart: "ewma", data: series([1, 3, 2, 4]) });
    const sigma = 5 / 3 / 1.128;
    expect(r.points.map((p) => p.cl)).toEqual([2.5, 2.5, 2.5, 2.5]);
    expect(r.points[0]!.y).toBeCloseTo(2.2, 12);
    // σ(z₁) = σ·√(0.2/1.8·(1 − 0.8²)) = 0.2σ.
    expect(r.points[0]!.ucl).toBeCloseTo(2.5 + 3 * 0.2 * sigma, 12);
  });

  it("uses qcc's UWAVE-R σ and the size-weighted centre for subgroups", () => {
    // Subgroups of 3: means 2, 5 and ranges 2, 4 → σ = (2 + 4)/2/1.693; centre (3·2 + 3·5)/6 = 3.5.
    const data = [1, 2, 3, 4, 5, 6 + 2].map((y, i) => ({ x: i < 3 ? 1 : 2, y: i < 3 ? y : [3, 5, 7][i - 3]! }));
    const r = compute({ chart: "ewma", data });
    const sigma = 3 / 1.693;
    expect(r.points[0]!.cl).toBe(3.5);
    expect(r.points[0]!.ucl).toBeCloseTo(3.5 + 3 * (sigma / Math.sqrt(3)) * 0.2, 12);
  });

  it("λ = 1 is the Shewhart chart: the points are the values and the limits the I chart's", () => {
    const ys = [5, 7, 6, 9, 4, 6, 8, 5];
    const e = compute({ chart: "ewma", ewma: { lambda: 1 }, data: series(ys) });
    const i = compute({ chart: "i", data: series(ys), screenMovingRanges: false });
    e.points.forEach((p, k) => {
      expect(p.y).toBeCloseTo(ys[k]!, 12);
      expect(p.ucl).toBeCloseTo(i.points[k]!.ucl!, 12);
      expect(p.lcl).toBeCloseTo(i.points[k]!.lcl!, 12);
    });
  });

  it("runs only the limits rule by default, and no runs signal (its points are not independent)", () => {
    const r = compute({ chart: "ewma", data: series([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) });
    expect(r.rules).toEqual([{ rule: "outside-limits" }]);
    expect(r.points.every((p) => !p.runsSignal)).toBe(true);
  });

  it("explain() calls it an EWMA chart and says why only the limits are used, in nb and en", () => {
    const r = compute({ chart: "ewma", data: series([1, 3, 2, 4, 3, 2]) });
    expect(explain(r, { lang: "nb" })).toMatch(/^EWMA-diagram med 6 punkter[^\n]*\nHvert punkt er et vektet gjennomsnitt/);
    expect(explain(r, { lang: "en" })).toMatch(/^EWMA chart with 6 points[^\n]*\nEach point is a weighted mean/);
  });

  it("refuses λ outside (0, 1], L ≤ 0, unknown fields, and ewma options on another chart", () => {
    expect(issuesOf({ chart: "ewma", ewma: { lambda: 0 }, data: series([1, 2]) })).toEqual([expect.objectContaining({ path: ["ewma", "lambda"], code: "out_of_range" })]);
    expect(issuesOf({ chart: "ewma", ewma: { lambda: 1.5 }, data: series([1, 2]) })[0]!.code).toBe("out_of_range");
    expect(issuesOf({ chart: "ewma", ewma: { L: -1 }, data: series([1, 2]) })[0]!.path).toEqual(["ewma", "L"]);
    expect(issuesOf({ chart: "ewma", ewma: { lamda: 0.3 }, data: series([1, 2]) })[0]!.code).toBe("unknown_field");
    expect(issuesOf({ chart: "i", ewma: { lambda: 0.3 }, data: series([1, 2]) })[0]!.code).toBe("not_for_chart");
  });

  it("property: agrees with the definition written out, for any λ, L, known centre and σ", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (ys, lambda, width, sigma) => {
          const r = compute({ chart: "ewma", cl: 0, sigma, ewma: { lambda, L: width }, data: series(ys) });
          ewmaOracle(ys, 0, sigma, lambda, width).forEach((o, k) => {
            const p = r.points[k]!;
            expect(p.y!).toBeCloseTo(o.z, 9);
            expect(p.ucl!).toBeCloseTo(o.ucl, 9);
            expect(p.lcl!).toBeCloseTo(o.lcl, 9);
          });
        },
      ),
    );
  });

  it("property: the limits widen with i; a constant series raises no signal", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 3, maxLength: 40 }), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (ys, lambda) => {
        const r = compute({ chart: "ewma", ewma: { lambda }, data: series(ys) });
        const cl = r.points[0]!.cl!;
        const widths = r.points.map((p) => (p.ucl === null ? 0 : p.ucl - cl));
        for (let k = 1; k < widths.length; k++) expect(widths[k]!).toBeGreaterThanOrEqual(widths[k - 1]! - 1e-12);
        const constant = compute({ chart: "ewma", ewma: { lambda }, data: series(ys.map(() => ys[0]!)) });
        expect(constant.findings).toEqual([]);
      }),
    );
  });
});
