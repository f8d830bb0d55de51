import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { boxBounds } from "../../src/runs/box-bounds.js";
import { anhoejLimits } from "../../src/runs/limits.js";
import { isRunsSignal, runsRule, runsSignal } from "../../src/runs/signal.js";
import type { RunsMethod } from "../../src/types.js";

const signal = (method: RunsMethod, n: number, c: number, l: number): boolean =>
  runsSignal(method, n, c, l).signal;

describe("runsSignal: Anhøj", () => {
  it("signals one crossing too few or one run too long, for every n = 2..300", () => {
    for (let n = 2; n <= 300; n++) {
      const { crossingsMin: cMin, longestRunMax: lMax } = anhoejLimits(n);
      const l = Math.min(lMax, n);
      expect(signal("anhoej", n, cMin, l), `n ${n} at the limits`).toBe(false);
      if (cMin > 0) expect(signal("anhoej", n, cMin - 1, l), `n ${n} C − 1`).toBe(true);
      if (lMax + 1 <= n) expect(signal("anhoej", n, cMin, lMax + 1), `n ${n} L + 1`).toBe(true);
    }
  });

  it("matches hand-checked cases", () => {
    // n = 24: limits L ≤ 8, C ≥ 8.
    expect(runsSignal("anhoej", 24, 8, 8)).toEqual({ signal: false, method: "anhoej", fellBack: false });
    expect(runsSignal("anhoej", 24, 7, 5)).toEqual({ signal: true, method: "anhoej", fellBack: false });
    expect(runsSignal("anhoej", 24, 12, 9)).toEqual({ signal: true, method: "anhoej", fellBack: false });
    // Few points: nothing can signal (C ≥ 0 always, L ≤ n < limit).
    expect(signal("anhoej", 1, 0, 1)).toBe(false);
    expect(signal("anhoej", 5, 0, 5)).toBe(false);
    expect(signal("anhoej", 6, 0, 6)).toBe(true); // 6 in a row: C = 0 < 1
  });

  it("never signals without useful points, as qicharts2", () => {
    expect(runsSignal("anhoej", 0, 0, 0)).toEqual({ signal: false, method: "anhoej", fellBack: false });
    expect(runsSignal("cutbox", 0, 0, 0)).toEqual({ signal: false, method: "anhoej", fellBack: true });
  });
});

describe("runsSignal: best box and cut box", () => {
  it("uses the best box's bounds, one step either side, for n = 10..100", () => {
    for (let n = 10; n <= 100; n++) {
      const { cb, lb } = boxBounds(n)!;
      expect(signal("bestbox", n, cb, lb), `n ${n}`).toBe(false);
      expect(signal("bestbox", n, cb - 1, lb), `n ${n}`).toBe(true);
      if (lb < n) expect(signal("bestbox", n, cb, lb + 1), `n ${n}`).toBe(true);
      expect(runsSignal("bestbox", n, cb, lb).fellBack).toBe(false);
    }
  });

  it("cuts the corner and borders of the box where the table says so, for n = 10..100", () => {
    let cut = 0;
    for (let n = 10; n <= 100; n++) {
      const { cb, lb, cbord, lbord } = boxBounds(n)!;
      if (cbord === null || lbord === null) {
        // Not cut: same as the best box.
        expect(signal("cutbox", n, cb, lb), `n ${n}`).toBe(false);
        expect(signal("cutbox", n, cb - 1, lb), `n ${n}`).toBe(true);
        continue;
      }
      cut += 1;
      expect(signal("cutbox", n, cb, lb), `n ${n}: corner`).toBe(true);
      expect(signal("cutbox", n, cb + 1, lb - 1), `n ${n}: inside`).toBe(false);
      expect(signal("cutbox", n, cb, lbord), `n ${n}: C = cb, L = lbord`).toBe(false);
      expect(signal("cutbox", n, cb, lbord + 1), `n ${n}: C = cb, L = lbord + 1`).toBe(true);
      expect(signal("cutbox", n, cbord, lb), `n ${n}: C = cbord, L = lb`).toBe(false);
      expect(signal("cutbox", n, cbord - 1, lb), `n ${n}: C = cbord − 1, L = lb`).toBe(true);
      expect(signal("cutbox", n, cb - 1, 1), `n ${n}: C below the box`).toBe(true);
    }
    expect(cut).toBe(64);
  });

  it("matches n = 10 by hand: best box (2, 6) with corner and borders cut to (3, 5)", () => {
    expect(signal("bestbox", 10, 2, 6)).toBe(false);
    expect(signal("cutbox", 10, 2, 6)).toBe(true);
    expect(signal("cutbox", 10, 2, 5)).toBe(false);
    expect(signal("cutbox", 10, 3, 6)).toBe(false);
    expect(runsRule("cutbox", 10)).toEqual({
      method: "cutbox",
      fellBack: false,
      crossingsMin: 2,
      longestRunMax: 6,
      cut: { cbord: 3, lbord: 5 },
    });
  });

  it("falls back to Anhøj's rule outside n = 10..100 and says so", () => {
    for (const method of ["bestbox", "cutbox"] as const) {
      for (const n of [1, 5, 9, 101, 250, 10_000]) {
        const { crossingsMin: cMin, longestRunMax: lMax } = anhoejLimits(n);
        const l = Math.min(lMax, n);
        expect(runsSignal(method, n, cMin, l)).toEqual({ signal: false, method: "anhoej", fellBack: true });
        if (cMin > 0) {
          expect(runsSignal(method, n, cMin - 1, l)).toEqual({ signal: true, method: "anhoej", fellBack: true });
        }
      }
      expect(runsSignal(method, 10, 5, 3).fellBack).toBe(false);
      expect(runsSignal(method, 100, 45, 8).fellBack).toBe(false);
      expect(runsSignal(method, 100, 45, 8).method).toBe(method);
    }
    expect(runsSignal("anhoej", 9, 3, 3).fellBack).toBe(false);
  });
});

describe("runsSignal: arguments", () => {
  it("rejects counts that n points cannot have, as qicharts2 stops", () => {
    expect(() => runsSignal("anhoej", 10, 10, 1)).toThrow(RangeError);
    expect(() => runsSignal("anhoej", 10, -1, 1)).toThrow(RangeError);
    expect(() => runsSignal("anhoej", 10, 2, 0)).toThrow(RangeError);
    expect(() => runsSignal("anhoej", 10, 2, 11)).toThrow(RangeError);
    expect(() => runsSignal("anhoej", 10, 2.5, 3)).toThrow(RangeError);
    expect(() => runsSignal("anhoej", -1, 0, 1)).toThrow(RangeError);
    expect(() => runsSignal("tukey" as RunsMethod, 10, 2, 3)).toThrow(RangeError);
  });

  it("is monotone: more crossings or a shorter run never creates a signal (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<RunsMethod>("anhoej", "bestbox", "cutbox"),
        fc.integer({ min: 2, max: 150 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (method, n, u, v) => {
          const c = Math.floor(u * n);
          const l = 1 + Math.floor(v * n);
          const rule = runsRule(method, n);
          if (!isRunsSignal(rule, c, l)) {
            // Quiet at (c, l) ⇒ quiet at (c + 1, l) and at (c, l − 1), when inside the ranges.
            if (c + 1 <= n - 1 && isRunsSignal(rule, c + 1, l)) return false;
            if (l - 1 >= 1 && isRunsSignal(rule, c, l - 1)) return false;
          }
          return true;
        },
      ),
    );
  });
});
