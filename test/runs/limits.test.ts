import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { anhoejLimits } from "../../src/runs/limits.js";
import {
  binomialCdf,
  binomialProbability,
  binomialQuantile,
} from "../../src/stats/binomial-quantile.js";
import { ratio } from "./enumerate.js";

/** Smallest k with Σ_{j≤k} C(m, j) ≥ 0.05 · 2^m, i.e. 20 · Σ ≥ 2^m: exact, in BigInt. */
function exactCrossingsMin(m: number): number {
  const total = 1n << BigInt(m);
  let coefficient = 1n; // C(m, 0)
  let sum = 1n;
  for (let k = 0; ; k++) {
    if (20n * sum >= total) return k;
    coefficient = (coefficient * BigInt(m - k)) / BigInt(k + 1);
    sum += coefficient;
  }
}

/** round(log2(n)) decided exactly: log2(n) ≥ k + ½ ⇔ n² ≥ 2^(2k+1). */
function exactRoundLog2(n: number): number {
  const k = n.toString(2).length - 1;
  return BigInt(n) * BigInt(n) >= 1n << BigInt(2 * k + 1) ? k + 1 : k;
}

describe("anhoejLimits", () => {
  it("gives qicharts2's limits for the usual run-chart sizes", () => {
    expect(anhoejLimits(10)).toEqual({ longestRunMax: 6, crossingsMin: 2 });
    expect(anhoejLimits(24)).toEqual({ longestRunMax: 8, crossingsMin: 8 });
    expect(anhoejLimits(100)).toEqual({ longestRunMax: 10, crossingsMin: 41 });
  });

  it("has no crossings limit below 6 points and no run can break the limit below 4", () => {
    for (const n of [1, 2, 3, 4, 5]) expect(anhoejLimits(n).crossingsMin).toBe(0);
    expect(anhoejLimits(6).crossingsMin).toBe(1);
    for (const n of [1, 2, 3]) expect(anhoejLimits(n).longestRunMax).toBeGreaterThan(n);
  });

  it("matches exact integer arithmetic for every n up to 1500", () => {
    for (let n = 1; n <= 1500; n++) {
      const limits = anhoejLimits(n);
      expect(limits.crossingsMin, `n = ${n}`).toBe(exactCrossingsMin(n - 1));
      expect(limits.longestRunMax, `n = ${n}`).toBe(exactRoundLog2(n) + 3);
    }
  });

  it("rounds log2 exactly on both sides of every 2^(k+1/2) up to 2^40", () => {
    for (let k = 0; k < 40; k++) {
      const mid = Math.floor(Math.SQRT2 * 2 ** k);
      for (const n of [mid - 1, mid, mid + 1, mid + 2]) {
        if (n < 1) continue;
        expect(anhoejLimits(n).longestRunMax, `n = ${n}`).toBe(exactRoundLog2(n) + 3);
      }
    }
  });

  it("is exact for million-point charts (values from 50-digit arithmetic, mpmath)", () => {
    // P(Binom(n − 1, ½) ≤ k) ≥ 0.05 > P(… ≤ k − 1), checked with mpmath at 50 digits. 9,730,823 is
    // the n < 10⁷ where the CDF one step below comes closest to 0.05 (2.6e-10 relative) and
    // 60,132,107 the one below 10⁸ where the CDF at k does (2.1e-12 relative).
    expect(anhoejLimits(1_000_000)).toEqual({ longestRunMax: 23, crossingsMin: 499_177 });
    expect(anhoejLimits(10_000_000)).toEqual({ longestRunMax: 26, crossingsMin: 4_997_399 });
    expect(anhoejLimits(9_730_823).crossingsMin).toBe(4_862_846);
    expect(anhoejLimits(60_132_107).crossingsMin).toBe(30_059_675);
  });

  it("returns the same frozen object on repeated calls (memoised)", () => {
    const first = anhoejLimits(123_456);
    expect(anhoejLimits(123_456)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it("treats n = 0 like n = 1 and rejects impossible counts", () => {
    expect(anhoejLimits(0)).toEqual({ longestRunMax: 3, crossingsMin: 0 });
    expect(() => anhoejLimits(-1)).toThrow(RangeError);
    expect(() => anhoejLimits(2.5)).toThrow(RangeError);
    expect(() => anhoejLimits(Number.NaN)).toThrow(RangeError);
  });

  it("has limits that grow with n (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), (n) => {
        const a = anhoejLimits(n);
        const b = anhoejLimits(n + 1);
        return (
          b.longestRunMax >= a.longestRunMax &&
          b.crossingsMin >= a.crossingsMin &&
          b.crossingsMin <= a.crossingsMin + 1
        );
      }),
    );
  });
});

describe("binomialQuantile", () => {
  /**
   * The quantile from exact fractions: P(X ≤ k) for Binomial(size, a/b) as a BigInt fraction,
   * compared exactly with R's fuzzed target p·(1 − 64·DBL_EPSILON) taken as the double it is.
   */
  function exactQuantile(p: number, size: number, a: number, b: number): number {
    let target = p * (1 - 64 * 2 ** -52);
    let exp = 0n;
    while (!Number.isInteger(target)) {
      target *= 2;
      exp += 1n;
    }
    const den = BigInt(b) ** BigInt(size);
    let coefficient = 1n;
    let sum = 0n;
    for (let k = 0; k <= size; k++) {
      if (k > 0) coefficient = (coefficient * BigInt(size - k + 1)) / BigInt(k);
      sum += coefficient * BigInt(a) ** BigInt(k) * BigInt(b - a) ** BigInt(size - k);
      if (sum << exp >= BigInt(target) * den) return k;
    }
    return size;
  }

  it("agrees with R's qbinom on hand-checked values", () => {
    expect(binomialQuantile(0.05, 9)).toBe(2); // P(≤1) = 10/512 < .05 ≤ P(≤2) = 46/512
    expect(binomialQuantile(0.5, 10, 0.3)).toBe(3);
    expect(binomialQuantile(0.95, 100, 0.1)).toBe(15);
    expect(binomialQuantile(0, 10)).toBe(0);
    expect(binomialQuantile(1, 10)).toBe(10);
    expect(binomialQuantile(0.5, 0)).toBe(0);
    expect(binomialQuantile(0.5, 10, 0)).toBe(0);
    expect(binomialQuantile(0.5, 10, 1)).toBe(10);
  });

  it("returns NaN for invalid arguments, as R", () => {
    expect(binomialQuantile(-0.1, 10)).toBeNaN();
    expect(binomialQuantile(1.1, 10)).toBeNaN();
    expect(binomialQuantile(0.5, -1)).toBeNaN();
    expect(binomialQuantile(0.5, 2.5)).toBeNaN();
    expect(binomialQuantile(0.5, 10, 1.5)).toBeNaN();
    expect(binomialQuantile(Number.NaN, 10)).toBeNaN();
  });

  it("matches exact fractions for other probabilities and quantiles (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(0.001, 0.025, 0.05, 0.1, 0.5, 0.9, 0.975, 0.999),
        (size, tenths, p) => binomialQuantile(p, size, tenths / 10) === exactQuantile(p, size, tenths, 10),
      ),
    );
  });

  it("has an accurate mass function and CDF", () => {
    expect(binomialProbability(0, 9)).toBe(1 / 512);
    expect(binomialProbability(4, 9)).toBeCloseTo(126 / 512, 15);
    expect(binomialProbability(2.5, 9)).toBe(0);
    expect(binomialCdf(1, 9)).toBeCloseTo(10 / 512, 16);
    expect(binomialCdf(8.9, 9)).toBeCloseTo(1 - 1 / 512, 15);
    expect(binomialCdf(-1, 9)).toBe(0);
    expect(binomialCdf(9, 9)).toBe(1);
    // C(1000, 500) / 2^1000, exactly in BigInt
    let c = 1n;
    for (let i = 0; i < 500; i++) c = (c * BigInt(1000 - i)) / BigInt(i + 1);
    const exact = ratio(c, 1n << 1000n);
    expect(Math.abs(binomialProbability(500, 1000) - exact) / exact).toBeLessThan(1e-14);
  });
});
