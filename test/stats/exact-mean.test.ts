import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactSum, FastMeanSum, exactMean } from "../../src/stats/exact-mean.js";

/** x · 2^1100 as an exact BigInt (every finite double is a multiple of 2^−1074). */
function scaled(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const exponent = Number((bits >> 52n) & 0x7ffn);
  let significand = bits & ((1n << 52n) - 1n);
  if (exponent !== 0) significand |= 1n << 52n;
  return sign * significand * (1n << BigInt((exponent === 0 ? -1074 : exponent - 1075) + 1100));
}

function neighbour(x: number, direction: 1 | -1): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  if (x === 0) return direction * Number.MIN_VALUE;
  view.setBigUint64(0, (x > 0) === (direction > 0) ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

describe("exactMean: the correctly rounded mean (as R's long-double mean())", () => {
  it("is never farther from Σx/n than its neighbours", () => {
    const value = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 1e6 }).map((v) => v / 100));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 40 }), (xs) => {
        const q = exactMean(xs);
        const sum = xs.reduce((s, x) => s + scaled(x), 0n);
        const n = BigInt(xs.length);
        const distance = (v: number) => {
          const d = sum - scaled(v) * n;
          return d < 0n ? -d : d;
        };
        expect(distance(q) <= distance(neighbour(q, 1))).toBe(true);
        expect(distance(q) <= distance(neighbour(q, -1))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it("gets the last bit where a double-precision correction does not", () => {
    expect(exactMean([7129, 1, ...Array<number>(20).fill(0)])).toBe(324.09090909090907);
    expect(exactMean([0.1, 0.1, 0.1])).toBe(0.1);
    expect(exactMean([1, 1 + 2 ** -52])).toBe(1); // an exact tie goes to the even neighbour
    expect(exactMean([])).toBeNaN();
  });
});

describe("FastMeanSum: the fast path gives the exact mean or says it cannot", () => {
  /** The exact mean the slow way: Shewchuk's expansion only. */
  const expansionMean = (xs: readonly number[]) => {
    const sum = new ExactSum();
    for (const x of xs) sum.add(x);
    return sum.mean();
  };
  it("agrees bit for bit with the exact expansion whenever it answers", () => {
    const value = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: 0, max: 1e4 }).map((v) => v / 3),
      fc.double({ min: -1e300, max: 1e300, noNaN: true }),
      fc.constantFrom(0, -0, 0.1, 1e16, -1e16, 2 ** -1074, 1 + 2 ** -52),
    );
    let answered = 0;
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), (xs) => {
        const fast = new FastMeanSum();
        for (const x of xs) fast.add(x);
        const mean = fast.mean();
        if (mean !== undefined) {
          answered++;
          expect(Object.is(mean, expansionMean(xs))).toBe(true);
        }
        expect(Object.is(exactMean(xs), expansionMean(xs))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // The fast path must decide most sums, or it saves nothing.
    expect(answered).toBeGreaterThan(2000);
  });
  it("declines an exact tie and a cancellation it cannot bound, and the exact sum decides", () => {
    const tie = new FastMeanSum();
    for (const x of [1, 1 + 2 ** -52]) tie.add(x);
    expect(tie.mean()).toBeUndefined();
    expect(exactMean([1, 1 + 2 ** -52])).toBe(1);
    expect(exactMean([1e300, 1e300, -1e300, -1e300, 3])).toBe(0.6);
  });
});

