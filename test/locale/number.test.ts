import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberParts } from "../../src/locale/number.js";

/** What numberParts must split: toFixed's digits of |v| (below 1e21). */
function reference(v: number, decimals: number): string {
  return Math.abs(v).toFixed(decimals);
}

const joined = (v: number, decimals: number) => {
  const p = numberParts(v, decimals, false);
  return p.fraction === "" ? p.whole : `${p.whole}.${p.fraction}`;
};

describe("numberParts: toFixed's digits, written without toFixed where that is safe", () => {
  it("gives toFixed's digits for any double and 0–8 decimals", () => {
    const value = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -10, max: 10, noNaN: true }),
      // Halves at every decimal (0.125, 2.5, 1.005 …), where rounding the product could go wrong.
      fc.tuple(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 0, max: 6 })).map(([k, d]) => (k + 0.5) / 10 ** d),
    );
    fc.assert(fc.property(value, fc.integer({ min: 0, max: 8 }), (v, d) => {
      expect(joined(v, d)).toBe(reference(v, d));
    }), { numRuns: 5000 });
  });
  it("rounds the double's exact value, as toFixed does", () => {
    // 1.005 is 1.00499999999999989…; 0.125 is exact and rounds up; 999999.9995 sits next to a half.
    for (const [v, d] of [[1.005, 2], [0.125, 2], [2.5, 0], [1.45, 1], [8.345, 2], [999999.9995, 3], [0.000005, 5], [123456789.5, 0]] as const) {
      expect(joined(v, d)).toBe(reference(v, d));
    }
    expect(numberParts(-0.004, 2, false)).toEqual({ negative: false, whole: "0", fraction: "00" });
    expect(numberParts(-12.25, 1, false)).toEqual({ negative: true, whole: "12", fraction: "3" });
  });
});
