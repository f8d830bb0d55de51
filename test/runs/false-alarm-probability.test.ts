import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";
import { contourFalseAlarm, falseAlarmProbability } from "../../src/runs/false-alarm-probability.js";
import { runsNoSignalProbability } from "../../src/runs/false-alarm.js";
import { anhoejLimits } from "../../src/runs/limits.js";
import type { RunsMethod } from "../../src/types.js";
import { exactNoSignalCount, ratio } from "./enumerate.js";
import { hasReference, readJson, relativeError, skipReason } from "../support/shared.js";

/** The exact false-alarm probability from integer counts (inclusion–exclusion, BigInt). */
function exact(n: number): number {
  const { crossingsMin, longestRunMax } = anhoejLimits(n);
  const den = 1n << BigInt(n - 1);
  return ratio(den - exactNoSignalCount(n, crossingsMin, longestRunMax), den);
}

/**
 * P(no Anhøj signal) for every n from 2 to `nMax` at once — the test's own dynamic programme,
 * independent of src/runs: points are added one at a time to the distribution of (current run,
 * crossings) among sequences with no run longer than the limit, and the quiet probability is read
 * off at each n that has that limit. One pass per longest-run limit (nine up to 1000) costs
 * O(limit · nMax²), where a programme per n would cost O(nMax³ · limit).
 */
function quietForEveryN(nMax: number): Float64Array {
  const quiet = new Float64Array(nMax + 1);
  const byLimit = new Map<number, number[]>();
  for (let n = 2; n <= nMax; n++) {
    const l = anhoejLimits(n).longestRunMax;
    byLimit.set(l, [...(byLimit.get(l) ?? []), n]);
  }
  for (const [l, ns] of byLimit) {
    const last = ns[ns.length - 1]!;
    const wanted = new Set(ns);
    // mass[r · width + c]: P(current run r, c crossings, no run longer than l) after m points.
    const width = last;
    let mass = new Float64Array((l + 1) * width);
    let next = new Float64Array((l + 1) * width);
    mass[width] = 1; // one point: a run of 1, no crossing (the first side fixed, by symmetry)
    for (let m = 2; m <= last; m++) {
      next.fill(0);
      for (let r = 1; r <= l; r++) {
        for (let c = 0; c <= m - 2; c++) {
          const v = mass[r * width + c]!;
          if (v === 0) continue;
          if (r < l) next[(r + 1) * width + c]! += v / 2; // same side: the run grows
          next[width + c + 1]! += v / 2; // the other side: a crossing, a new run
        }
      }
      [mass, next] = [next, mass];
      if (!wanted.has(m)) continue;
      const cMin = anhoejLimits(m).crossingsMin;
      let sum = 0;
      for (let r = 1; r <= l; r++) for (let c = cMin; c <= m - 1; c++) sum += mass[r * width + c]!;
      quiet[m] = sum;
    }
  }
  return quiet;
}

describe("falseAlarmProbability: exact for any n", () => {
  it.skipIf(!hasReference)(`equals crossrun's exact values for n = 1..100 (to 1e-12) ${hasReference ? "" : `(skipped: ${skipReason})`}`, () => {
    const table = readJson<{ rows: { n: number; p_false_alarm: string }[] }>("crossrun", "anhoej_specificity.json");
    for (const row of table.rows) {
      const expected = Number(row.p_false_alarm);
      const got = falseAlarmProbability(row.n);
      if (expected === 0) expect(got, `n ${row.n}`).toBe(0);
      else expect(relativeError(got, expected), `n ${row.n}`).toBeLessThan(1e-12);
    }
  });

  it.skipIf(!hasReference)(`equals crossrun's best-box and cut-box specificities for n = 10..100 ${hasReference ? "" : `(skipped: ${skipReason})`}`, () => {
    const boxes = readJson<{ rows: { n: number; p_no_signal: { "shift_0.0": Record<RunsMethod, string> } }[] }>("crossrun", "boxes.json");
    for (const row of boxes.rows) {
      for (const method of ["anhoej", "bestbox", "cutbox"] as const) {
        const expected = 1 - Number(row.p_no_signal["shift_0.0"][method]);
        expect(relativeError(falseAlarmProbability(row.n, method), expected), `${method} n ${row.n}`).toBeLessThan(1e-9);
      }
    }
  });

  it("equals exact integer counts to 1e-9 relative across n = 2..1000, and beyond where the contour sum takes over", () => {
    for (const n of [2, 3, 6, 7, 24, 99, 100, 101, 255, 256, 362, 500, 777, 999, 1000, 1001, 1024, 1449, 1500]) {
      const e = exact(n);
      const got = falseAlarmProbability(n);
      if (e === 0) expect(got, `n ${n}`).toBe(0);
      else expect(relativeError(got, e), `n ${n}`).toBeLessThan(1e-9);
    }
  });

  it("agrees with an independent method (the contour sum) to 1e-9 for every n from 2 to 1000", () => {
    const quiet = quietForEveryN(1000);
    expect(1 - quiet[10]!).toBe(23 / 512); // the test's programme itself, against the count by hand
    for (let n = 2; n <= 1000; n++) {
      const expected = 1 - quiet[n]!;
      const contour = contourFalseAlarm(n);
      if (expected === 0) expect(Math.abs(contour), `n ${n}`).toBeLessThan(1e-12);
      else expect(relativeError(contour, expected), `n ${n}`).toBeLessThan(1e-9);
    }
  });

  it("the dynamic programme of src/runs agrees with the test's own to 1e-12: every n to 200, every 25th to 1000", () => {
    const quiet = quietForEveryN(1000);
    for (let n = 2; n <= 1000; n += n < 200 ? 1 : 25) {
      const expected = 1 - quiet[n]!;
      const got = falseAlarmProbability(n);
      if (expected === 0) expect(got, `n ${n}`).toBe(0);
      else expect(relativeError(got, expected), `n ${n}`).toBeLessThan(1e-12);
    }
  });

  // How fast these are is bench/false-alarm.mjs's to say: a wall-clock bound here failed on a loaded machine.
  it("gives n = 1000 without its memo, and n = 10⁶ at all", () => {
    const quiet = runsNoSignalProbability(1000);
    expect(1 - quiet).toBeCloseTo(exact(1000), 12);
    const big = falseAlarmProbability(1_000_003);
    expect(big).toBeGreaterThan(0.09);
    expect(big).toBeLessThan(0.12);
  });

  it("teaches the point: about 7 % for 24 points, about 10 % for 1,000", () => {
    expect(falseAlarmProbability(24)).toBeCloseTo(0.0662, 4);
    expect(falseAlarmProbability(1000)).toBeCloseTo(0.1027, 4);
    expect(falseAlarmProbability(0)).toBe(0);
    expect(falseAlarmProbability(1)).toBe(0);
  });

  it("is every part's runsFalseAlarm, under the part's method", () => {
    const ys = Array.from({ length: 40 }, (_, i) => Math.sin(i * 1.3) * 10 + (i % 7));
    const r = compute({ chart: "i", data: ys.map((y) => ({ y })), breaks: [19], method: "cutbox" });
    expect(r.parts).toHaveLength(2);
    for (const part of r.parts) expect(part.runsFalseAlarm).toBe(falseAlarmProbability(part.nUseful, part.method));
    const short = compute({ chart: "run", data: [{ y: 1 }] });
    expect(short.parts[0]!.runsFalseAlarm).toBe(0);
  });
});
