import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { selectInPlace } from "../../src/stats/order-statistic.js";
import { mean, median } from "../../src/stats/mean.js";

// The median and the winsorising select order statistics instead of sorting; they must give the
// very double a sort gives, the sign of a zero included (Object.is tells −0 from 0).

/** The median by sorting, as median() computed it before the selection. */
function sortedMedian(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const half = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[half]! : mean([sorted[half - 1]!, sorted[half]!]);
}

const value = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 3, arbitrary: fc.constantFrom(0, -0, 1, -1, 2.5, 1e-300, -1e-300) },
  { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity) },
);

describe("median by selection", () => {
  it("is the sorted median to the last bit and sign (property: ties, ±0, ±∞)", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), (values) => {
        expect(Object.is(median(values), sortedMedian(values))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the sorted median when a value is NaN (the sort puts NaN last)", () => {
    const values = [3, Number.NaN, 1, 2];
    expect(median(values)).toBe(sortedMedian(values));
    expect(median([Number.NaN, 5, 1])).toBe(5);
  });

  it("picks −0 or 0 where a sort would put them", () => {
    expect(Object.is(median([-0, 0, 0]), 0)).toBe(true);
    expect(Object.is(median([-0, -0, 0]), -0)).toBe(true);
    expect(Object.is(median([0, -1, -0]), -0)).toBe(true);
  });

  it("leaves the caller's values as they were", () => {
    const values = [5, 1, 4, 2, 3];
    median(values);
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });
});

describe("selectInPlace", () => {
  it("puts the k-th smallest at k, none larger before it and none smaller after it", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.nat(), (values, at) => {
        const a = Float64Array.from(values);
        const k = at % a.length;
        const v = selectInPlace(a, k, a.length);
        expect(v).toBe(Float64Array.from(values).sort()[k]);
        for (let i = 0; i < k; i++) expect(a[i]! <= v).toBe(true);
        for (let i = k + 1; i < a.length; i++) expect(a[i]! >= v).toBe(true);
        expect(Array.from(a).sort((x, y) => x - y)).toEqual(values.slice().sort((x, y) => x - y));
      }),
      { numRuns: 1000 },
    );
  });

  it("stays right on inputs that split badly around the middle pivot (organ pipe, sawtooth, all equal)", () => {
    const size = 5001;
    const shapes = [
      Float64Array.from({ length: size }, (_, i) => Math.min(i, size - 1 - i)),
      Float64Array.from({ length: size }, (_, i) => i % 7),
      new Float64Array(size).fill(3),
      Float64Array.from({ length: size }, (_, i) => size - i),
    ];
    for (const shape of shapes) {
      const sorted = shape.slice().sort();
      for (const k of [0, 1, 2500, size - 1]) expect(selectInPlace(shape.slice(), k, size)).toBe(sorted[k]);
    }
  });
});
