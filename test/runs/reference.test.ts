/**
 * The runs functions against the shared reference data: qicharts2's limits and box table
 * (anhoej_limits.json) and crossrun's exact joint distributions and rule probabilities
 * (crossrun/). Skipped, with the reason, when ../shared is not there.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { boxBounds, BOX_BOUNDS } from "../../src/runs/box-bounds.js";
import { runsFalseAlarm, runsNoSignalProbability } from "../../src/runs/false-alarm.js";
import { jointCounts, jointCountsSequence, jointProbabilities } from "../../src/runs/joint-distribution.js";
import { PNORM_0_8 } from "../../scripts/box-search.js";
import { anhoejLimits } from "../../src/runs/limits.js";
import { runsRule, isRunsSignal } from "../../src/runs/signal.js";
import type { RunsMethod } from "../../src/types.js";
import { hasReference, readJson, referenceDir, relativeError, skipReason } from "../support/shared.js";

interface LimitsRow {
  n_useful: number;
  longest_run_max: number;
  n_crossings_min: number;
}
interface BoundsRow {
  n_useful: number;
  cb: number;
  lb: number;
  cbord: number | null;
  lbord: number | null;
}
interface AnhoejLimitsFile {
  table_10_100: LimitsRow[];
  extended_1_1000: LimitsRow[];
  bestbox_cutbox_bounds_10_100: BoundsRow[];
}
interface SpecificityRow {
  n: number;
  longest_run_max: number;
  crossings_min: number;
  signal_count: string;
  denominator: string;
  p_false_alarm: string;
  specificity: string;
}
type ByMethod = Record<RunsMethod, string>;
interface BoxesRow {
  n: number;
  ca: number;
  la: number;
  cb: number;
  lb: number;
  cbord: number | null;
  lbord: number | null;
  p_no_signal: { "shift_0.0": ByMethod; "shift_0.8": ByMethod };
}
interface JointFile {
  n: number;
  p: number;
  denominator: string;
  table: [number, number, string][];
  counts: [number, number, string][];
}

const METHODS: readonly RunsMethod[] = ["anhoej", "bestbox", "cutbox"];

/**
 * R's qbinom returns −0 for n = 2 and 3 (its Cornish–Fisher start rounds to −0 and the search
 * keeps it), and the reference files keep that −0. anhoejLimits deliberately returns +0, a count
 * is never negative zero; adding 0 turns −0 into +0 so that toEqual compares values.
 */
const plusZero = (x: number): number => x + 0;

describe.skipIf(!hasReference)(`runs analysis vs qicharts2 (anhoej_limits.json)${hasReference ? "" : `: ${skipReason}`}`, () => {
  const file = hasReference ? readJson<AnhoejLimitsFile>("anhoej_limits.json") : undefined;

  it("gives every limit of extended_1_1000 exactly", () => {
    expect(file!.extended_1_1000).toHaveLength(1000);
    for (const row of file!.extended_1_1000) {
      expect(anhoejLimits(row.n_useful), `n ${row.n_useful}`).toEqual({
        longestRunMax: row.longest_run_max,
        crossingsMin: plusZero(row.n_crossings_min),
      });
    }
  });

  it("gives every limit of table_10_100 exactly", () => {
    expect(file!.table_10_100).toHaveLength(91);
    for (const row of file!.table_10_100) {
      expect(anhoejLimits(row.n_useful), `n ${row.n_useful}`).toEqual({
        longestRunMax: row.longest_run_max,
        crossingsMin: plusZero(row.n_crossings_min),
      });
    }
  });

  it("has generated the best-box / cut-box table of qicharts2's crsignal()", () => {
    const rows = file!.bestbox_cutbox_bounds_10_100;
    expect(rows).toHaveLength(BOX_BOUNDS.length);
    for (const row of rows) {
      expect(boxBounds(row.n_useful), `n ${row.n_useful}`).toEqual({
        cb: row.cb,
        lb: row.lb,
        cbord: row.cbord,
        lbord: row.lbord,
      });
    }
  });
});

describe.skipIf(!hasReference)(`runs analysis vs crossrun (crossrun/)${hasReference ? "" : `: ${skipReason}`}`, () => {
  it("reproduces every joint/<n>.json table: counts exactly, probabilities to 1e-15", () => {
    const names = readdirSync(join(referenceDir, "crossrun", "joint")).filter((f) => f.endsWith(".json"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const ref = readJson<JointFile>("crossrun", "joint", name);
      const n = Number(ref.n);
      expect(BigInt(ref.denominator)).toBe(1n << BigInt(n - 1));
      const counts = jointCounts(n);
      const probabilities = jointProbabilities(n, 0.5);
      // Every listed cell matches, and the listed cells are all the non-zero ones.
      const listed = new Set<string>();
      for (const [c, l, value] of ref.counts) {
        listed.add(`${c},${l}`);
        expect(counts[c]![l], `n ${n} c ${c} l ${l}`).toBe(BigInt(value));
      }
      counts.forEach((row, c) =>
        row.forEach((v, l) => {
          if (!listed.has(`${c},${l}`)) expect(v, `n ${n} c ${c} l ${l} not listed`).toBe(0n);
        }),
      );
      for (const [c, l, value] of ref.table) {
        expect(relativeError(probabilities[c]![l]!, Number(value)), `n ${n} c ${c} l ${l}`).toBeLessThan(1e-15);
      }
    }
  });

  it("gives every row of anhoej_specificity.json: limits, exact signal counts, p_false_alarm to 1e-9", () => {
    const { rows } = readJson<{ rows: SpecificityRow[] }>("crossrun", "anhoej_specificity.json");
    expect(rows).toHaveLength(100);
    const byN = new Map(rows.map((r) => [r.n, r]));
    // Exact signal counts from one BigInt sweep to the largest n.
    const nMax = Math.max(...rows.map((r) => r.n));
    for (const { n, counts } of jointCountsSequence(nMax)) {
      const row = byN.get(n);
      if (row === undefined) continue;
      const limits = anhoejLimits(n);
      expect(limits, `n ${n}`).toEqual({ longestRunMax: row.longest_run_max, crossingsMin: plusZero(row.crossings_min) });
      let signals = 0n;
      counts.forEach((r, c) =>
        r.forEach((v, l) => {
          if (l >= 1 && isRunsSignal(runsRule("anhoej", n), c, l)) signals += v;
        }),
      );
      expect(signals, `n ${n}`).toBe(BigInt(row.signal_count));
      expect(1n << BigInt(n - 1)).toBe(BigInt(row.denominator));
      expect(relativeError(runsFalseAlarm(n), Number(row.p_false_alarm)), `n ${n}`).toBeLessThan(1e-9);
      expect(relativeError(1 - runsFalseAlarm(n), Number(row.specificity)), `n ${n}`).toBeLessThan(1e-9);
    }
  });

  it("gives every row of boxes.json: bounds, and P(no signal) at shifts 0 and 0.8 to 1e-9", () => {
    const { rows } = readJson<{ rows: BoxesRow[] }>("crossrun", "boxes.json");
    expect(rows).toHaveLength(91);
    for (const row of rows) {
      const { n } = row;
      expect(anhoejLimits(n), `n ${n}`).toEqual({ longestRunMax: row.la, crossingsMin: plusZero(row.ca) });
      expect(boxBounds(n), `n ${n}`).toEqual({ cb: row.cb, lb: row.lb, cbord: row.cbord, lbord: row.lbord });
      for (const method of METHODS) {
        const quiet0 = Number(row.p_no_signal["shift_0.0"][method]);
        const quiet8 = Number(row.p_no_signal["shift_0.8"][method]);
        expect(relativeError(runsNoSignalProbability(n, method, 0.5), quiet0), `${method} n ${n} shift 0`).toBeLessThan(1e-9);
        expect(relativeError(runsFalseAlarm(n, method), 1 - quiet0), `${method} n ${n} false alarm`).toBeLessThan(1e-9);
        expect(relativeError(runsNoSignalProbability(n, method, PNORM_0_8), quiet8), `${method} n ${n} shift 0.8`).toBeLessThan(1e-9);
      }
    }
  });
});
