import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { runsFalseAlarm, runsNoSignalProbability } from "../../src/runs/false-alarm.js";
import { PNORM_0_8 } from "../../scripts/box-search.js";
import { anhoejLimits } from "../../src/runs/limits.js";
import { runsSignal } from "../../src/runs/signal.js";
import type { RunsMethod } from "../../src/types.js";
import { crossingsAndLongestRun, exactNoSignalCount, forEachSequence, ratio } from "./enumerate.js";

const METHODS: readonly RunsMethod[] = ["anhoej", "bestbox", "cutbox"];

/** P(signal) by trying runsSignal on every one of the 2^n sequences. */
function bruteForceSignal(n: number, method: RunsMethod, p: number): number {
  let total = 0;
  forEachSequence(n, p, (sides, weight) => {
    const { c, l } = crossingsAndLongestRun(sides);
    if (runsSignal(method, n, c, l).signal) total += weight;
  });
  return total;
}

describe("runsFalseAlarm", () => {
  it("is 23/512 for 10 points (Anhøj) and 32/512 for the n = 10 cut box", () => {
    expect(runsFalseAlarm(10)).toBe(23 / 512);
    expect(runsFalseAlarm(10, "bestbox")).toBe(23 / 512); // n = 10's best box is Anhøj's
    expect(runsFalseAlarm(10, "cutbox")).toBe(32 / 512);
  });

  it("equals trying runsSignal on every sequence, for all methods and n = 2..16", () => {
    for (const method of METHODS) {
      for (let n = 2; n <= 16; n++) {
        expect(runsFalseAlarm(n, method), `${method} n ${n}`).toBeCloseTo(bruteForceSignal(n, method, 0.5), 15);
      }
    }
  });

  it("equals exact integer counts (inclusion–exclusion) to 1e-12 for n up to 1000", () => {
    const ns = [2, 3, 6, 7, 11, 17, 33, 64, 101, 150, 200, 257, 362, 500, 724, 999, 1000];
    for (const n of ns) {
      const { crossingsMin, longestRunMax } = anhoejLimits(n);
      const den = 1n << BigInt(n - 1);
      const quiet = exactNoSignalCount(n, crossingsMin, longestRunMax);
      const exact = ratio(den - quiet, den);
      const got = runsFalseAlarm(n);
      if (exact === 0) expect(got).toBe(0);
      else expect(Math.abs(got - exact) / exact, `n ${n}`).toBeLessThan(1e-12);
    }
  });

  it("is 0 when no signal is possible (n ≤ 5) and for n = 0 or 1", () => {
    for (const n of [0, 1, 2, 3, 4, 5]) {
      for (const method of METHODS) expect(runsFalseAlarm(n, method)).toBe(0);
    }
    expect(runsFalseAlarm(6)).toBe(1 / 32); // only the two all-one-side sequences: C = 0 < 1
  });

  it("falls back to Anhøj's rule outside 10..100 like runsSignal", () => {
    for (const n of [9, 101, 150]) {
      expect(runsFalseAlarm(n, "bestbox")).toBe(runsFalseAlarm(n));
      expect(runsFalseAlarm(n, "cutbox")).toBe(runsFalseAlarm(n));
    }
  });

  it("lies in [0, 1] and matches 1 − P(no signal) (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.constantFrom(...METHODS), (n, method) => {
        const p = runsFalseAlarm(n, method);
        return p >= 0 && p <= 1 && Math.abs(p - (1 - runsNoSignalProbability(n, method))) < 1e-15;
      }),
      { numRuns: 60 },
    );
  });

  it("rejects impossible n", () => {
    expect(() => runsFalseAlarm(-1)).toThrow(RangeError);
    expect(() => runsFalseAlarm(3.5)).toThrow(RangeError);
  });
});

describe("runsNoSignalProbability", () => {
  it("equals brute force under a 0.8-SD shift for all methods, n = 10..14", () => {
    for (const method of METHODS) {
      for (let n = 10; n <= 14; n++) {
        const expected = 1 - bruteForceSignal(n, method, PNORM_0_8);
        expect(runsNoSignalProbability(n, method, PNORM_0_8), `${method} n ${n}`).toBeCloseTo(expected, 14);
      }
    }
  });

  it("is symmetric in above and below", () => {
    for (const method of METHODS) {
      for (const n of [12, 37, 90]) {
        expect(runsNoSignalProbability(n, method, 0.3)).toBeCloseTo(runsNoSignalProbability(n, method, 0.7), 14);
      }
    }
  });

  it("falls as the shift grows (the rules detect shifts)", () => {
    for (const method of METHODS) {
      const at = (p: number): number => runsNoSignalProbability(40, method, p);
      expect(at(0.6)).toBeLessThan(at(0.5));
      expect(at(PNORM_0_8)).toBeLessThan(at(0.6));
      expect(at(0.99)).toBeLessThan(at(PNORM_0_8));
    }
  });

  it("rejects p outside [0, 1]", () => {
    expect(() => runsNoSignalProbability(10, "anhoej", 1.2)).toThrow(RangeError);
  });
});
