import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";
import { a2, d2, d3, rangeLowerFactor, rangeUpperFactor } from "../../src/stats/control-constants.js";
import { computeIssues as issuesOf } from "../support/compute-issues.js";

// R chart and Xbar-R (Montgomery 6.2): x̿ ± A2·R̄, D3·R̄ and D4·R̄ with A2 = 3/(d2√n),
// D3 = max(0, 1 − 3·d3/d2), D4 = 1 + 3·d3/d2; qcc's definitions for subgroups of different sizes.

/** Rows of subgroups: each inner list is one subgroup, x = its position. */
const subgroups = (groups: number[][]) => groups.flatMap((g, i) => g.map((y) => ({ x: i + 1, y })));

/** Three subgroups of four, worked by hand: ranges 6, 2, 5 (R̄ = 13/3), means 5, 4, 7 (x̿ = 16/3). */
const HAND = [
  [2, 4, 6, 8],
  [3, 5, 4, 4],
  [5, 7, 6, 10],
];

describe("control constants for ranges", () => {
  it("agree with Montgomery's Appendix VI within its three decimals (the table rounds from exact d2)", () => {
    const table: [number, number, number, number][] = [
      // n, A2, D3, D4
      [2, 1.88, 0, 3.267],
      [4, 0.729, 0, 2.282],
      [5, 0.577, 0, 2.114],
      [7, 0.419, 0.076, 1.924],
      [10, 0.308, 0.223, 1.777],
      [25, 0.153, 0.459, 1.541],
    ];
    for (const [n, A2, D3, D4] of table) {
      expect(Math.abs(a2(n) - A2)).toBeLessThan(1e-3);
      expect(Math.abs(rangeLowerFactor(n) - D3)).toBeLessThan(1e-3);
      expect(Math.abs(rangeUpperFactor(n) - D4)).toBeLessThan(1e-3);
    }
    expect(d2(5)).toBe(2.326);
    // d3(2) = sqrt(2 − 4/π) for two normal observations.
    expect(d3(2)).toBeCloseTo(Math.sqrt(2 - 4 / Math.PI), 5);
    expect([d2(1), d2(26), d3(26)].every(Number.isNaN)).toBe(true);
  });
});

describe("R chart", () => {
  it("plots the subgroup ranges around R̄ with limits D3·R̄ and D4·R̄, worked by hand", () => {
    const r = compute({ chart: "r", data: subgroups(HAND) });
    const rbar = 13 / 3;
    expect(r.points.map((p) => p.y)).toEqual([6, 2, 5]);
    const p = r.points[0]!;
    expect(p.cl).toBeCloseTo(rbar, 12);
    expect(p.ucl).toBeCloseTo(rbar * (1 + (3 * 0.8798108) / 2.059), 12);
    expect(p.lcl).toBe(0); // D3 = 0 for n ≤ 6
    // Montgomery's table value D4(4) = 2.282.
    expect(p.ucl).toBeCloseTo(2.282 * rbar, 2);
    expect(p.ucl95).toBeCloseTo(rbar * (1 + (2 * 0.8798108) / 2.059), 12);
  });

  it("has a lower limit above 0 from subgroups of 7", () => {
    const groups = [
      [1, 2, 3, 4, 5, 6, 7],
      [2, 2, 3, 5, 5, 6, 9],
    ];
    const r = compute({ chart: "r", data: subgroups(groups) });
    expect(r.points[0]!.lcl).toBeCloseTo(6.5 * (1 - (3 * 0.8332108) / 2.704), 12);
  });

  it("with subgroups of different sizes follows qcc: R̄ weighted by n, σ = mean of Rᵢ/d2(nᵢ), limits R̄ ± 3·d3(nᵢ)·σ", () => {
    const groups = [
      [1, 4],
      [2, 3, 7],
      [0, 5, 2, 6],
    ];
    const r = compute({ chart: "r", data: subgroups(groups) });
    const ranges = [3, 5, 6];
    const sizes = [2, 3, 4];
    const rbar = (2 * 3 + 3 * 5 + 4 * 6) / 9;
    const sigma = (3 / 1.128 + 5 / 1.693 + 6 / 2.059) / 3;
    r.points.forEach((p, i) => {
      expect(p.y).toBe(ranges[i]);
      expect(p.cl).toBeCloseTo(rbar, 12);
      expect(p.ucl).toBeCloseTo(rbar + 3 * d3(sizes[i]!) * sigma, 12);
    });
  });

  it("with a known sigma centres on d2·σ with limits (d2 ± 3·d3)·σ (Montgomery's D1σ and D2σ)", () => {
    const r = compute({ chart: "r", sigma: 2, data: subgroups(HAND) });
    const p = r.points[0]!;
    expect(p.cl).toBeCloseTo(2.059 * 2, 12);
    expect(p.ucl).toBeCloseTo((2.059 + 3 * 0.8798108) * 2, 12);
    expect(p.lcl).toBe(0);
  });

  it("refuses subgroups of more than 25, pointing to the S chart", () => {
    const big = Array.from({ length: 26 }, (_, i) => i);
    expect(issuesOf({ chart: "r", data: subgroups([big, big]) }).map((i) => i.code)).toEqual(["subgroup_too_large_for_range"]);
  });

  it("property: identical values in every subgroup give ranges of 0 and no signal", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 2, max: 30 }), fc.integer({ min: -50, max: 50 }), (n, k, level) => {
        const r = compute({ chart: "r", data: subgroups(Array.from({ length: k }, () => Array(n).fill(level))) });
        expect(r.points.every((p) => p.y === 0 && !p.sigmaSignal)).toBe(true);
        expect(r.findings).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("property: limits are never negative, and scale with the data", () => {
    const group = fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(group, { minLength: 2, maxLength: 15 }), fc.integer({ min: 2, max: 9 }), (groups, a) => {
        const r = compute({ chart: "r", data: subgroups(groups) });
        const scaled = compute({ chart: "r", data: subgroups(groups.map((g) => g.map((v) => v * a))) });
        r.points.forEach((p, i) => {
          expect(p.lcl === null || p.lcl >= 0).toBe(true);
          const q = scaled.points[i]!;
          if (p.ucl !== null) expect(q.ucl!).toBeCloseTo(p.ucl * a, 8);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe("Xbar chart with sigma from ranges", () => {
  it("gives x̿ ± A2·R̄, worked by hand", () => {
    const r = compute({ chart: "xbar", sigmaFrom: "range", data: subgroups(HAND) });
    const xbar = 16 / 3;
    const rbar = 13 / 3;
    const p = r.points[0]!;
    expect(r.points.map((q) => q.y)).toEqual([5, 4, 7]);
    expect(p.cl).toBeCloseTo(xbar, 12);
    expect(p.ucl).toBeCloseTo(xbar + (3 / (2.059 * 2)) * rbar, 12);
    expect(p.lcl).toBeCloseTo(xbar - (3 / (2.059 * 2)) * rbar, 12);
    // Montgomery's table value A2(4) = 0.729.
    expect(p.ucl).toBeCloseTo(xbar + 0.729 * rbar, 2);
  });

  it("leaves the default (qicharts2's S-based limits) unchanged", () => {
    const s = compute({ chart: "xbar", data: subgroups(HAND) });
    const sd = compute({ chart: "xbar", sigmaFrom: "sd", data: subgroups(HAND) });
    const range = compute({ chart: "xbar", sigmaFrom: "range", data: subgroups(HAND) });
    expect(sd.points).toEqual(s.points);
    expect(range.points[0]!.ucl).not.toBeCloseTo(s.points[0]!.ucl!, 6);
  });

  it("with a known sigma has limits cl ± 3σ/√n", () => {
    const r = compute({ chart: "xbar", sigma: 2, cl: 5, data: subgroups(HAND) });
    expect(r.points[0]).toMatchObject({ cl: 5, ucl: 8, lcl: 2, ucl95: 7, lcl95: 3 });
  });
});

describe("S chart with a known sigma", () => {
  it("centres on c4·σ with limits (c4 ± 3·c5)·σ (Montgomery's B5σ and B6σ)", () => {
    const r = compute({ chart: "s", sigma: 2, data: subgroups(HAND) });
    const c4 = 0.9213177319235613; // c4(4) = sqrt(2/3)·Γ(2)/Γ(1.5)
    const c5 = Math.sqrt(1 - c4 * c4);
    const p = r.points[0]!;
    expect(p.cl).toBeCloseTo(2 * c4, 12);
    expect(p.ucl).toBeCloseTo(2 * (c4 + 3 * c5), 12);
    expect(p.lcl).toBe(0);
    // Montgomery's table: B6(4) = 2.088.
    expect(p.ucl! / 2).toBeCloseTo(2.088, 3);
  });
});
