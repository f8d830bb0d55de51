import { describe, expect, it } from "vitest";
import {
  BOX_BOUNDS,
  BOX_BOUNDS_N_MAX,
  BOX_BOUNDS_N_MIN,
  boxBounds,
} from "../../src/runs/box-bounds.js";
import { jointCounts, jointProbabilities } from "../../src/runs/joint-distribution.js";
import { PNORM_0_8, computeBoxBounds, findBestBox, findCutBox } from "../../scripts/box-search.js";

describe("box bounds (generated table)", () => {
  it("is reproduced by the generator's own functions for n = 10..22", () => {
    // The same search scripts/generate-box-bounds.ts runs; a stale or hand-edited table fails here.
    for (let n = 10; n <= 22; n++) expect(computeBoxBounds(n), `n = ${n}`).toEqual(boxBounds(n));
  });

  it("covers n = 10..100 and nothing else", () => {
    expect(BOX_BOUNDS_N_MIN).toBe(10);
    expect(BOX_BOUNDS_N_MAX).toBe(100);
    expect(BOX_BOUNDS).toHaveLength(91);
    for (const n of [0, 9, 101, 1000, 10.5, Number.NaN]) expect(boxBounds(n)).toBeUndefined();
    expect(boxBounds(10)).toBe(BOX_BOUNDS[0]);
    expect(Object.isFrozen(BOX_BOUNDS) && Object.isFrozen(BOX_BOUNDS[0])).toBe(true);
  });

  it("has cut borders inside the box whenever a box is cut", () => {
    for (const [i, b] of BOX_BOUNDS.entries()) {
      const n = i + BOX_BOUNDS_N_MIN;
      expect(b.cb).toBeGreaterThanOrEqual(0);
      expect(b.lb).toBeLessThanOrEqual(n);
      expect(b.cbord === null).toBe(b.lbord === null);
      if (b.cbord !== null && b.lbord !== null) {
        expect(b.cbord).toBeGreaterThan(b.cb);
        expect(b.cbord).toBeLessThan(n);
        expect(b.lbord).toBeLessThan(b.lb);
        expect(b.lbord).toBeGreaterThan(0);
      }
    }
  });
});

describe("best-box and cut-box search", () => {
  it("finds n = 10's best box (2, 6), cut to (3, 5): 480/512 ≥ 0.925 in control", () => {
    const counts = jointCounts(10);
    const shifted = jointProbabilities(10, PNORM_0_8);
    expect(findBestBox(counts, shifted)).toEqual({ cb: 2, lb: 6 });
    expect(findCutBox(counts, shifted, 2, 6)).toEqual({ cbord: 3, lbord: 5 });
  });

  it("does not cut when the corner cannot go (n = 12)", () => {
    const counts = jointCounts(12);
    const shifted = jointProbabilities(12, PNORM_0_8);
    expect(findBestBox(counts, shifted)).toEqual({ cb: 3, lb: 6 });
    expect(findCutBox(counts, shifted, 3, 6)).toBeNull();
  });

  it("keeps the specificity target it is given", () => {
    const n = 15;
    const strict = computeBoxBounds(n, PNORM_0_8, 0.95);
    const loose = computeBoxBounds(n, PNORM_0_8, 0.9);
    const counts = jointCounts(n);
    const inBox = (cb: number, lb: number): bigint => {
      let s = 0n;
      for (let c = cb; c < n; c++) for (let l = 1; l <= lb; l++) s += counts[c]![l]!;
      return s;
    };
    const total = 1n << BigInt(n - 1);
    expect(Number(inBox(strict.cb, strict.lb)) / Number(total)).toBeGreaterThanOrEqual(0.95);
    expect(Number(inBox(loose.cb, loose.lb)) / Number(total)).toBeGreaterThanOrEqual(0.9);
  });

  it("rejects a target no box can reach", () => {
    expect(() => findBestBox(jointCounts(10), jointProbabilities(10, PNORM_0_8), 1.5)).toThrow(RangeError);
  });

  it("uses pnorm(0.8) rounded to the nearest double", () => {
    // Φ(0.8) = 0.78814460141660332728935750…; the series ½ + φ(x)·Σ x^(2k+1)/(2k+1)!! in doubles
    // agrees to the last bit or so, and the script checks the exact rounding with 50 digits.
    let term = 0.8;
    let sum = 0.8;
    for (let k = 1; k < 40; k++) {
      term *= (0.8 * 0.8) / (2 * k + 1);
      sum += term;
    }
    const phi = 0.5 + (Math.exp(-0.32) / Math.sqrt(2 * Math.PI)) * sum;
    expect(Math.abs(phi - PNORM_0_8)).toBeLessThanOrEqual(2 ** -52);
    expect(PNORM_0_8).toBe(Number("0.78814460141660332728935750"));
  });
});
