import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";

const series = (ys: number[]) => ys.map((y, i) => ({ x: i + 1, y }));

/**
 * PowerBI-SPC's shift, from its definition: the sum of the signs of (y − cl) over the last n points
 * reaches ±n, and then the n points of that window are flagged. Its `shift_n` accepts any n ≥ 1.
 */
function powerBiShift(ys: number[], cl: number, n: number): boolean[] {
  const sign = ys.map((y) => Math.sign(y - cl));
  const flagged = ys.map(() => false);
  sign.forEach((_, i) => {
    const window = sign.slice(Math.max(0, i - (n - 1)), i + 1);
    const sum = window.reduce((a, b) => a + b, 0);
    if (Math.abs(sum) >= n) for (let j = i; j > i - n; j--) flagged[j] = true;
  });
  return flagged;
}

/** PowerBI-SPC's trend, from its definition: n − 1 successive rises (or falls) flag the n points. */
function powerBiTrend(ys: number[], n: number): boolean[] {
  const sign = ys.map((y, i) => (i === 0 ? 0 : Math.sign(y - ys[i - 1]!)));
  const flagged = ys.map(() => false);
  sign.forEach((_, i) => {
    const window = sign.slice(Math.max(0, i - (n - 2)), i + 1);
    const sum = window.reduce((a, b) => a + b, 0);
    if (Math.abs(sum) >= n - 1) for (let j = i; j >= i - (n - 1) && j >= 0; j--) flagged[j] = true;
  });
  return flagged;
}

/** qcc's violating.runs, from its definition: the points of a run of ≥ n on one side, from its n-th point on. */
function qccViolatingRuns(ys: number[], cl: number, n: number): boolean[] {
  const flagged = ys.map(() => false);
  let start = 0;
  for (let i = 1; i <= ys.length; i++) {
    const s = Math.sign(ys[start]! - cl);
    if (i < ys.length && Math.sign(ys[i]! - cl) === s) continue;
    if (s !== 0 && i - start >= n) for (let j = start + n - 1; j < i; j++) flagged[j] = true;
    start = i;
  }
  return flagged;
}

const flaggedBy = (rule: string, result: ReturnType<typeof compute>) => result.points.map((p) => p.signals.some((s) => s.rule === rule));

describe("shift and trend take the n PowerBI-SPC accepts", () => {
  it("shift n = 1: every point off the centre line (hand-worked: 1, 5, 3 around 3)", () => {
    const r = compute({ chart: "i", data: series([1, 5, 3]), cl: 3, rules: [{ rule: "shift", n: 1 }] });
    expect(flaggedBy("shift", r)).toEqual([true, true, false]);
  });
  it("trend n = 2: one rise or fall is a trend of two points (hand-worked)", () => {
    const r = compute({ chart: "i", data: series([1, 2, 2, 1]), rules: [{ rule: "trend", n: 2 }] });
    expect(flaggedBy("trend", r)).toEqual([true, true, true, true]);
    expect(r.findings.map((f) => [f.first, f.last, f.side])).toEqual([[1, 2, "high"], [3, 4, "low"]]);
  });
  it("property: shift flags exactly what PowerBI-SPC's definition flags, for every n from 1", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (ys, n) => {
        const r = compute({ chart: "i", data: series(ys), cl: 3, rules: [{ rule: "shift", n }] });
        expect(flaggedBy("shift", r)).toEqual(powerBiShift(ys, 3, n));
      }),
    );
  });
  it("property: trend flags what PowerBI-SPC's definition flags, for every n from 2, when no two neighbours are equal", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 2, max: 8 }), (raw, n) => {
        // Ties: PowerBI-SPC counts an equal neighbour as 0 inside the window; both break the trend.
        const ys = raw.filter((y, i) => i === 0 || y !== raw[i - 1]);
        const r = compute({ chart: "i", data: series(ys), rules: [{ rule: "trend", n }] });
        expect(flaggedBy("trend", r)).toEqual(powerBiTrend(ys, n));
      }),
    );
  });
});

describe("flagPoints: the whole pattern (default) or the point that completes it (qcc)", () => {
  const ys = [5, 5, 5, 8, 9, 8, 9, 8, 9, 8, 9, 8, 5];
  it("flags a run of 9 with n = 7 at its 7th, 8th and 9th points, and keeps the finding's first and last", () => {
    const whole = compute({ chart: "i", data: series(ys), cl: 6, rules: [{ rule: "shift", n: 7 }] });
    const completing = compute({ chart: "i", data: series(ys), cl: 6, rules: [{ rule: "shift", n: 7 }], flagPoints: "completing-point" });
    expect(whole.findings[0]!.points).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(completing.findings[0]!.points).toEqual([10, 11, 12]);
    expect([completing.findings[0]!.first, completing.findings[0]!.last]).toEqual([4, 12]);
    expect(flaggedBy("shift", completing).map((f, i) => (f ? i + 1 : 0)).filter(Boolean)).toEqual([10, 11, 12]);
  });
  it("flags a window rule at its last point", () => {
    // Two of three beyond 2 sigma on one side: with cl 0, sigma 1 (limits ±3, 2-sigma ±2).
    const r = compute({ chart: "i", data: series([0, 2.5, 0, 2.5, 0]), cl: 0, sigma: 1, rules: ["two-of-three"], flagPoints: "completing-point" });
    expect(r.findings.map((f) => f.points)).toEqual([[4]]);
  });
  it("property: with completing points, shift flags exactly what qcc's violating.runs flags", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 50 }), fc.integer({ min: 2, max: 9 }), (values, n) => {
        const r = compute({ chart: "i", data: series(values), cl: 3, rules: [{ rule: "shift", n }], flagPoints: "completing-point" });
        expect(flaggedBy("shift", r)).toEqual(qccViolatingRuns(values, 3, n));
      }),
    );
  });
  it("property: the completing points are a subset of the whole pattern, and the findings are the same", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 5, maxLength: 40 }), fc.constantFrom("western-electric", "nelson", "anhoej", "mdc", "ihi"), (values, rules) => {
        const whole = compute({ chart: "i", data: series(values), rules });
        const completing = compute({ chart: "i", data: series(values), rules, flagPoints: "completing-point" });
        expect(completing.findings.map((f) => [f.rule, f.first, f.last])).toEqual(whole.findings.map((f) => [f.rule, f.first, f.last]));
        completing.findings.forEach((f, k) => {
          const all = new Set(whole.findings[k]!.points);
          for (const p of f.points) expect(all.has(p)).toBe(true);
          expect(f.points.length).toBeGreaterThan(0);
        });
      }),
    );
  });
});
