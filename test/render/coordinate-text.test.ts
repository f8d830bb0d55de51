import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { n } from "../../src/render/svg.js";

describe("n(): a coordinate as text", () => {
  it("writes what String() writes of the value rounded to tenths, and never -0", () => {
    fc.assert(
      fc.property(fc.double({ min: -999_999_999.9, max: 999_999_999.9, noNaN: true }), (value) => {
        const r = Math.round(value * 10) / 10;
        expect(n(value)).toBe(r === 0 ? "0" : String(r));
      }),
      { numRuns: 5000 },
    );
    // Beyond ±1e9 px a coordinate is clamped (no renderer draws there; never NaN or exponents).
    expect([n(1e9 + 0.05), n(-1e300), n(Number.NaN), n(Number.POSITIVE_INFINITY)]).toEqual(["1000000000", "-1000000000", "0", "1000000000"]);
    expect([n(12.34), n(-0.04), n(-0.06), n(5), n(-12.96)]).toEqual(["12.3", "0", "-0.1", "5", "-13"]);
  });
});
