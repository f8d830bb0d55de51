import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { n, valueText } from "../../src/render/svg.js";

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

describe("valueText(): a data-value attribute", () => {
  it("writes what String(+v.toPrecision(12)) writes", () => {
    const decimal = fc.tuple(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 8 })).map(([k, d]) => k / 10 ** d);
    const value = fc.oneof(decimal, decimal.map((v) => v / 100), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(fc.property(value, (v) => {
      expect(valueText(v)).toBe(String(+v.toPrecision(12)));
    }), { numRuns: 5000 });
    expect([valueText(0.1 + 0.2), valueText(-0), valueText(-12.5), valueText(0.000015), valueText(1e-7), valueText(1e21)]).toEqual(["0.3", "0", "-12.5", "0.000015", "1e-7", "1e+21"]);
  });
});
