import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute, explain } from "../../src/index.js";
import { computeIssues as issuesOf } from "../support/compute-issues.js";

// Bernoulli CUSUM as qicharts2's bchart() defines it (Neuburger et al. 2017): per case the
// log-likelihood ratio of p₁ (odds × or) against p₀; the upper sum kept ≥ 0, signalling at the
// limit and starting again from 0; the lower sum the mirror with odds × 1/or.

const cases = (ys: number[]) => ys.map((y, i) => ({ x: i + 1, y }));

/** qicharts2's bchart loop, written out from its documentation: qicharts2's plotted cusum and its signals. */
function bchartOracle(xs: number[], p0: number, or: number, limit: number) {
  const risk = (p: number, r: number) => (p / (1 - p)) * r / (1 + (p / (1 - p)) * r);
  const p1 = risk(p0, or);
  const p2 = risk(p0, 1 / or);
  let z1 = 0;
  let z2 = 0;
  return xs.map((x) => {
    const s1 = x * Math.log(p1 / p0) + (1 - x) * Math.log((1 - p1) / (1 - p0));
    const s2 = x * Math.log(p2 / p0) + (1 - x) * Math.log((1 - p2) / (1 - p0));
    const z1i = z1 + s1;
    const z2i = z2 - s2;
    const upper = { reached: Math.max(0, z1i), cusum: z1i > 0 && z1i <= limit ? z1i : 0, signal: z1i >= limit };
    const lower = { reached: Math.min(0, z2i), cusum: z2i < 0 && z2i >= -limit ? z2i : 0, signal: z2i <= -limit };
    z1 = upper.cusum;
    z2 = lower.cusum;
    return { upper, lower };
  });
}

describe("Bernoulli CUSUM (bcusum)", () => {
  it("scores each case as worked by hand: p₀ = 0.1, or = 2 → an event +0.5978, a non-event −0.0953", () => {
    const r = compute({ chart: "bcusum", bcusum: { p0: 0.1 }, data: cases([1, 1, 0, 0]) });
    // p₁ = (0.1/0.9·2)/(1 + 0.1/0.9·2) = 2/11; ln(p₁/p₀) = ln(20/11); ln((1 − p₁)/(1 − p₀)) = ln(10/11).
    const event = Math.log(20 / 11);
    const none = Math.log(10 / 11);
    expect(r.points.map((p) => p.y)).toEqual([event, 2 * event, 2 * event + none, 2 * event + 2 * none].map((v) => expect.closeTo(v, 12)));
    expect(r.points[0]!.cl).toBe(0);
    expect(r.points[0]!.ucl).toBe(3.5);
    expect(r.points[0]!.lcl).toBeNull();
  });

  it("signals at the limit and starts again from 0 (qicharts2's reset)", () => {
    // Six events in a row at p₀ = 0.1: 6 × 0.5978 = 3.587 ≥ 3.5 at the sixth case; the seventh starts from 0.
    const r = compute({ chart: "bcusum", bcusum: { p0: 0.1 }, data: cases([1, 1, 1, 1, 1, 1, 1]) });
    expect(r.findings.map((f) => f.points)).toEqual([[6]]);
    expect(r.points[5]!.y).toBeCloseTo(6 * Math.log(20 / 11), 12);
    expect(r.points[6]!.y).toBeCloseTo(Math.log(20 / 11), 12);
  });

  it("the lower CUSUM looks for a fall: odds ratio 1/or, kept at or below 0, limit −h", () => {
    const r = compute({ chart: "bcusum", bcusum: { p0: 0.2, side: "lower", limit: 1 }, data: cases(new Array(12).fill(0)) });
    // p₂ = (0.25/2)/(1 + 0.125) = 1/9; a non-event adds −ln((1 − 1/9)/0.8) = −ln(10/9) each.
    expect(r.points[0]!.y).toBeCloseTo(-Math.log(10 / 9), 12);
    expect(r.points[0]!.lcl).toBe(-1);
    expect(r.points[0]!.ucl).toBeNull();
    // −k·ln(10/9) ≤ −1 first at k = 10 (ln(10/9) = 0.10536).
    expect(r.findings.map((f) => [f.points, f.side])).toEqual([[[10], "low"]]);
  });

  it("keeps the lower limit −h with yNeg: false (it bounds a sum, not a measurement)", () => {
    const r = compute({ chart: "bcusum", yNeg: false, bcusum: { p0: 0.2, side: "lower" }, data: cases([1, 1, 1]) });
    expect(r.points.every((p) => p.y === 0 && p.lcl === -3.5)).toBe(true);
  });

  it("takes p₀ from the baseline cases when none is given (qicharts2's target = number of cases)", () => {
    const ys = [0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 1, 1];
    const estimated = compute({ chart: "bcusum", freeze: 10, data: cases(ys) });
    const given = compute({ chart: "bcusum", bcusum: { p0: 0.2 }, data: cases(ys) });
    expect(estimated.points.map((p) => p.y)).toEqual(given.points.map((p) => p.y));
    expect(issuesOf({ chart: "bcusum", data: cases([0, 0, 0]) })).toEqual([expect.objectContaining({ code: "bcusum_baseline_risk", path: ["bcusum", "p0"] })]);
  });

  it("counts cases that share an x as one subgroup: k events in m cases score k·ln(p₁/p₀) + (m − k)·ln((1 − p₁)/(1 − p₀))", () => {
    const data = [{ x: 1, y: 1 }, { x: 1, y: 0 }, { x: 1, y: 0 }, { x: 2, y: 1 }];
    const r = compute({ chart: "bcusum", bcusum: { p0: 0.1 }, data });
    expect(r.points[0]!.y).toBeCloseTo(Math.max(0, Math.log(20 / 11) + 2 * Math.log(10 / 11)), 12);
  });

  it("refuses y other than 0 and 1, a p₀ outside (0, 1), an odds ratio of 1, and cl or limits", () => {
    expect(issuesOf({ chart: "bcusum", bcusum: { p0: 0.1 }, data: cases([0, 2]) })).toEqual([expect.objectContaining({ code: "not_binary", path: ["data", 1, "y"] })]);
    expect(issuesOf({ chart: "bcusum", bcusum: { p0: 1 }, data: cases([0, 1]) })[0]!.code).toBe("out_of_range");
    expect(issuesOf({ chart: "bcusum", bcusum: { oddsRatio: 1 }, data: cases([0, 1]) })[0]!.path).toEqual(["bcusum", "oddsRatio"]);
    expect(issuesOf({ chart: "bcusum", bcusum: { side: "both" }, data: cases([0, 1]) })[0]!.code).toBe("invalid_value");
    expect(issuesOf({ chart: "bcusum", cl: 0.1, data: cases([0, 1]) })[0]!.code).toBe("not_for_chart");
    expect(issuesOf({ chart: "p", bcusum: { p0: 0.1 }, data: [{ y: 1, n: 2 }] })[0]!.code).toBe("not_for_chart");
  });

  it("property: equals qicharts2's bchart case by case (its cusum between signals, its signals at the same cases)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.constantFrom(1.5, 2, 3, 0.5),
        fc.constantFrom(1, 2, 3.5, 5),
        fc.constantFrom("upper" as const, "lower" as const),
        (ys, p0, oddsRatio, limit, side) => {
          const r = compute({ chart: "bcusum", bcusum: { p0, oddsRatio, limit, side }, data: cases(ys) });
          const oracle = bchartOracle(ys, p0, oddsRatio, limit).map((o) => o[side]);
          const flagged = new Set(r.findings.flatMap((f) => f.points));
          oracle.forEach((o, k) => {
            const p = r.points[k]!;
            expect(p.y!).toBeCloseTo(o.reached, 9);
            // Exactly on the limit qicharts2 signals (≥); the limits rule flags beyond it (>): equal only by chance with doubles.
            if (Math.abs(Math.abs(o.reached) - limit) > 1e-9) expect(flagged.has(k + 1)).toBe(o.signal);
            if (!o.signal) expect(p.y!).toBeCloseTo(o.cusum, 9);
          });
        },
      ),
    );
  });

  it("explain() names the chart and its one limit, and says how to read the curve, in nb and en", () => {
    const r = compute({ chart: "bcusum", bcusum: { p0: 0.1 }, data: cases([1, 1, 1, 1, 1, 1, 0]) });
    const nb = explain(r, { lang: "nb" });
    const en = explain(r, { lang: "en" });
    expect(nb).toMatch(/^Bernoulli-CUSUM-diagram med 7 punkter/);
    expect(nb).toContain("beslutningsgrense 3,5");
    expect(nb).toContain("starter på nytt fra 0");
    expect(en).toMatch(/^Bernoulli-CUSUM chart with 7 points/);
    expect(en).toContain("decision limit 3.5");
    expect(en).not.toContain("control limits –");
  });

  it("property: the upper sum is never below 0 and a series without events never signals upwards", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 100 }), fc.double({ min: 0.01, max: 0.5, noNaN: true }), (ys, p0) => {
        const r = compute({ chart: "bcusum", bcusum: { p0 }, data: cases(ys) });
        for (const p of r.points) expect(p.y!).toBeGreaterThanOrEqual(0);
        const none = compute({ chart: "bcusum", bcusum: { p0 }, data: cases(ys.map(() => 0)) });
        expect(none.findings).toEqual([]);
      }),
    );
  });
});
