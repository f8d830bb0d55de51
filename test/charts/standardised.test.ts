import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute, type ChartSpec } from "../../src/index.js";
import { computeIssues as issuesOf } from "../support/compute-issues.js";

// Standardised (z) charts: zᵢ = (yᵢ − cl) / σᵢ, centre 0, limits ±3 (Provost & Murray,
// "The Health Care Data Guide"; qicharts' standardised charts; PowerBI-SPC #252).

describe("standardised charts", () => {
  it("U chart, worked by hand: infections per 1,000 patient days with unequal exposure", () => {
    // 2, 5 and 1 infections over 1, 2 and 0.5 thousand days: ū = 8 / 3.5.
    const r = compute({ chart: "u", standardise: true, data: [{ y: 2, n: 1 }, { y: 5, n: 2 }, { y: 1, n: 0.5 }] });
    const u = 8 / 3.5;
    const z = [(2 - u) / Math.sqrt(u / 1), (2.5 - u) / Math.sqrt(u / 2), (2 - u) / Math.sqrt(u / 0.5)];
    r.points.forEach((p, i) => {
      expect(p.y).toBeCloseTo(z[i]!, 12);
      expect(p).toMatchObject({ cl: 0, lcl: -3, ucl: 3, lcl95: -2, ucl95: 2 });
    });
    expect(z[0]).toBeCloseTo(-0.18898, 5);
  });

  it("is marked on the result and named in explain(), in nb and en", async () => {
    const { explain } = await import("../../src/index.js");
    const r = compute({ chart: "p", standardise: true, data: [{ y: 10, n: 100 }, { y: 30, n: 100 }] });
    expect(r.standardised).toBe(true);
    expect(explain(r, { lang: "en" })).toMatch(/^Standardised P chart \(z-scores\) with 2 points/);
    expect(explain(r, { lang: "nb" })).toMatch(/^Standardisert P-diagram \(z-verdier\) med 2 punkter/);
    expect("standardised" in compute({ chart: "p", data: [{ y: 10, n: 100 }] })).toBe(false);
  });

  it("is drawn without per cent signs: a z-score has no unit", async () => {
    const { renderSvg } = await import("../../src/index.js");
    const data = [{ y: 10, n: 100 }, { y: 30, n: 100 }, { y: 20, n: 100 }];
    // An axis or line label that ends in a per cent sign, such as ">20%<".
    const percentLabel = />[−\-\d.,\s\u00a0]+%</;
    expect(renderSvg(compute({ chart: "p", data }), { lang: "en" })).toMatch(percentLabel);
    expect(renderSvg(compute({ chart: "p", standardise: true, data }), { lang: "en" })).not.toMatch(percentLabel);
  });

  it("P chart, worked by hand", () => {
    // 10 of 100 and 30 of 100: p̄ = 0.2, σ = 0.04, z = −2.5 and 2.5.
    const r = compute({ chart: "p", standardise: true, data: [{ y: 10, n: 100 }, { y: 30, n: 100 }] });
    expect(r.points.map((p) => p.y)).toEqual([expect.closeTo(-2.5, 12), expect.closeTo(2.5, 12)]);
  });

  it("C chart, with a known centre line", () => {
    // c̄ = 4 given: z = (y − 4) / 2.
    const r = compute({ chart: "c", standardise: true, cl: 4, data: [{ y: 0 }, { y: 4 }, { y: 12 }] });
    expect(r.points.map((p) => p.y)).toEqual([-2, 0, 4]);
    expect(r.points[2]!.sigmaSignal).toBe(true);
  });

  it("P′ and U′ use Laney's sigma: the z-scores of the prime chart are the P chart's divided by sigma_z", () => {
    const data = [
      { y: 120, n: 1000 },
      { y: 90, n: 1100 },
      { y: 150, n: 900 },
      { y: 100, n: 1200 },
      { y: 130, n: 1000 },
    ];
    const p = compute({ chart: "p", standardise: true, data });
    const pp = compute({ chart: "pp", standardise: true, data });
    const ratio = p.points[0]!.y! / pp.points[0]!.y!;
    pp.points.forEach((q, i) => expect(p.points[i]!.y! / q.y!).toBeCloseTo(ratio, 10));
    const up = compute({ chart: "up", standardise: true, data });
    expect(up.points[0]).toMatchObject({ cl: 0, ucl: 3 });
  });

  it("is refused on charts whose sigma does not come from the centre line, and with multiply or limits", () => {
    expect(issuesOf({ chart: "i", standardise: true, data: [{ y: 1 }] })).toEqual([expect.objectContaining({ code: "not_for_chart", path: ["standardise"] })]);
    expect(issuesOf({ chart: "p", standardise: true, multiply: 100, data: [{ y: 1, n: 2 }] })).toEqual([expect.objectContaining({ code: "not_for_chart", path: ["multiply"] })]);
    expect(issuesOf({ chart: "p", standardise: "yes", data: [{ y: 1, n: 2 }] })).toEqual([expect.objectContaining({ code: "invalid_type", path: ["standardise"] })]);
  });

  it("property: the same points are outside the limits as on the chart it standardises", () => {
    const row = fc.record({ y: fc.integer({ min: 0, max: 60 }), extra: fc.integer({ min: 1, max: 300 }) });
    fc.assert(
      fc.property(fc.constantFrom("p", "pp", "u", "up", "c" as const), fc.array(row, { minLength: 3, maxLength: 30 }), (chart, rows) => {
        const data = rows.map((r, i) => (chart === "c" ? { x: i + 1, y: r.y } : { x: i + 1, y: r.y, n: r.y + r.extra }));
        const raw = compute({ chart, data } as ChartSpec);
        const z = compute({ chart, data, standardise: true } as ChartSpec);
        z.points.forEach((p, i) => {
          expect(p.cl).toBe(0);
          expect(p.sigmaSignal).toBe(raw.points[i]!.sigmaSignal);
        });
        expect(z.findings.filter((f) => f.rule === "outside-limits").length).toBe(raw.findings.filter((f) => f.rule === "outside-limits").length);
      }),
      { numRuns: 200 },
    );
  });
});
