import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";
import { contourFalseAlarm, falseAlarmProbability } from "../../src/rules/false-alarm.js";
import { runsNoSignalProbability } from "../../src/runs/false-alarm.js";
import { anhoejLimits } from "../../src/runs/limits.js";
import type { RunsMethod } from "../../src/types.js";
import { exactNoSignalCount, ratio } from "../runs/enumerate.js";
import { hasReference, readJson, relativeError, skipReason } from "../support/shared.js";

/** The exact false-alarm probability from integer counts (inclusion–exclusion, BigInt). */
function exact(n: number): number {
  const { crossingsMin, longestRunMax } = anhoejLimits(n);
  const den = 1n << BigInt(n - 1);
  return ratio(den - exactNoSignalCount(n, crossingsMin, longestRunMax), den);
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
    for (let n = 2; n <= 1000; n++) {
      const dp = falseAlarmProbability(n);
      const contour = contourFalseAlarm(n);
      if (dp === 0) expect(Math.abs(contour), `n ${n}`).toBeLessThan(1e-12);
      else expect(relativeError(contour, dp), `n ${n}`).toBeLessThan(1e-9);
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
