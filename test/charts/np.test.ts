import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";
import { computeIssues as issuesOf } from "../support/compute-issues.js";

// NP chart: number of defectives, limits n·p̄ ± 3·sqrt(n·p̄(1 − p̄)) (Montgomery 7.2.3; qcc type "np").

/** Montgomery, Example 7.1 (frozen orange juice cans): defectives in 30 samples of 50 cans. */
const CANS = [12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6];

describe("NP chart", () => {
  it("matches Montgomery's Example 7.1 worked by hand: p̄ = 347/1500, np̄ = 11.57, limits 2.62 and 20.51", () => {
    const r = compute({ chart: "np", data: CANS.map((y, i) => ({ x: i + 1, y, n: 50 })) });
    const pbar = 347 / 1500;
    const p = r.points[0]!;
    expect(p.cl).toBeCloseTo(50 * pbar, 12);
    expect(p.ucl).toBeCloseTo(50 * pbar + 3 * Math.sqrt(50 * pbar * (1 - pbar)), 12);
    expect(p.lcl).toBeCloseTo(50 * pbar - 3 * Math.sqrt(50 * pbar * (1 - pbar)), 12);
    // The textbook's printed values (p̄ rounded to 0.2313): UCL 20.51, LCL 2.62.
    expect(p.ucl).toBeCloseTo(20.51, 2);
    expect(p.lcl).toBeCloseTo(2.62, 2);
    // qcc's published summary for the same 30 samples: centre 11.56667, LCL 2.621377, UCL 20.51196.
    expect(p.cl).toBeCloseTo(11.56667, 5);
    expect(p.lcl).toBeCloseTo(2.621377, 6);
    expect(p.ucl).toBeCloseTo(20.51196, 5);
    // Samples 15 and 23 are out of control, as in the textbook.
    expect(r.points.filter((q) => q.sigmaSignal).map((q) => q.index)).toEqual([15, 23]);
    expect(r.points.map((q) => q.y)).toEqual(CANS);
  });

  it("lets n vary by subgroup, as qcc does: centre line and limits follow nᵢ", () => {
    const ns = [40, 50, 60];
    const ys = [4, 10, 6];
    const r = compute({ chart: "np", data: ys.map((y, i) => ({ x: i + 1, y, n: ns[i]! })) });
    const pbar = 20 / 150;
    r.points.forEach((p, i) => {
      const n = ns[i]!;
      expect(p.cl).toBeCloseTo(n * pbar, 12);
      expect(p.ucl).toBeCloseTo(n * pbar + 3 * Math.sqrt(n * pbar * (1 - pbar)), 12);
      // n·p̄ − 3·sd is negative for n = 40 and 50 (clamped at 0), 0.1006 for n = 60.
      expect(p.lcl).toBeCloseTo(Math.max(0, n * pbar - 3 * Math.sqrt(n * pbar * (1 - pbar))), 12);
    });
    expect(r.points.map((p) => p.lcl! > 0)).toEqual([false, false, true]);
    // The part's summary centre line is the mean of the varying one.
    expect(r.parts[0]!.cl).toBeCloseTo(pbar * 50, 12);
  });

  it("keeps the upper limit at n: no subgroup can have more defectives than units", () => {
    const r = compute({ chart: "np", data: [3, 4, 3, 4].map((y, i) => ({ x: i + 1, y, n: 5 })) });
    expect(r.points[0]!.ucl).toBe(5);
  });

  it("refuses a known centre line when n varies, and takes one when n is constant", () => {
    expect(issuesOf({ chart: "np", cl: 5, data: [{ y: 1, n: 10 }, { y: 2, n: 20 }] })).toEqual([
      expect.objectContaining({ code: "np_cl_needs_constant_n", path: ["cl"] }),
    ]);
    const r = compute({ chart: "np", cl: 5, data: [{ y: 1, n: 50 }, { y: 9, n: 50 }] });
    expect(r.points[0]!.cl).toBe(5);
    expect(r.points[0]!.ucl).toBeCloseTo(5 + 3 * Math.sqrt(50 * 0.1 * 0.9), 12);
  });

  it("needs n on every row and a count no larger than n", () => {
    expect(issuesOf({ chart: "np", data: [{ y: 1 }] }).map((i) => i.code)).toEqual(["missing_denominator"]);
    expect(issuesOf({ chart: "np", data: [{ y: 11, n: 10 }] })).toEqual([expect.objectContaining({ code: "numerator_above_denominator", path: ["data", 0, "y"] })]);
    expect(issuesOf({ chart: "np", data: [{ y: -1, n: 10 }] }).map((i) => i.code)).toEqual(["negative_count"]);
  });

  it("property: every line of an NP chart is the P chart's line × n", () => {
    const row = fc.record({ n: fc.integer({ min: 1, max: 400 }), share: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 30 }), fc.boolean(), (rows, sameN) => {
        const data = rows.map((r, i) => {
          const n = sameN ? rows[0]!.n : r.n;
          return { x: i + 1, y: Math.round(r.share * n), n };
        });
        const np = compute({ chart: "np", data });
        const p = compute({ chart: "p", data });
        np.points.forEach((q, i) => {
          const pp = p.points[i]!;
          const n = data[i]!.n;
          const close = (a: number | null, b: number | null) => {
            if (b === null) expect(a).toBeNull();
            else expect(Math.abs(a! - b * n)).toBeLessThanOrEqual(1e-9 * Math.max(1, n));
          };
          close(q.y, pp.y);
          close(q.cl, pp.cl);
          close(q.lcl, pp.lcl);
          close(q.ucl, pp.ucl);
          close(q.lcl95, pp.lcl95);
          close(q.ucl95, pp.ucl95);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("property: a constant share in constant subgroups raises no signal", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 20, max: 200 }), fc.integer({ min: 2, max: 40 }), (y, n, size) => {
        const r = compute({ chart: "np", data: Array.from({ length: size }, (_, i) => ({ x: i + 1, y, n })) });
        expect(r.findings).toEqual([]);
        expect(r.points.some((p) => p.sigmaSignal)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe("explaining an NP chart", () => {
  it("names the chart in both languages and says a varying centre line is an average", async () => {
    const { explain } = await import("../../src/index.js");
    const r = compute({ chart: "np", data: [4, 10, 6].map((y, i) => ({ x: i + 1, y, n: [40, 50, 60][i]! })) });
    expect(explain(r, { lang: "en" })).toMatch(/^NP chart with 3 points/);
    expect(explain(r, { lang: "en" })).toContain("centre line 6.67 on average");
    expect(explain(r, { lang: "nb" })).toMatch(/^NP-diagram med 3 punkter/);
    expect(explain(r, { lang: "nb" })).toContain("midtlinje i snitt 6,67");
    const constant = compute({ chart: "np", data: CANS.map((y, i) => ({ x: i + 1, y, n: 50 })) });
    expect(explain(constant, { lang: "en" })).toContain("centre line 11.6, control limits 2.62 and 20.5.");
  });
});
