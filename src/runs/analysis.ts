import type { Part, RunsMethod } from "../types.js";
import { anhoejLimits } from "./limits.js";
import { runsSignal } from "./signal.js";
import { lineAt, type Line } from "../charts/part-frame.js";

/**
 * The runs analysis of one part: Anhøj's longest run and crossings against the centre line, the
 * fields a result's Part reports (documented there), with the verdict.
 */
export interface RunsAnalysis extends Pick<Part, "nObs" | "nUseful" | "longestRun" | "longestRunMax" | "crossings" | "crossingsMin" | "method"> {
  /** Unusually long run or unusually few crossings (the Part's `runsSignal`). */
  signal: boolean;
  /** Best-box or cut-box was asked for but n is outside 10..100, so Anhøj's rule was used. */
  fellBack: boolean;
}

/**
 * Longest run and number of crossings of the included points around the centre line. Points
 * exactly on the centre line neither break nor extend a run and are not counted; missing points
 * are skipped but counted in `nObs`. The frozen baseline does not limit the analysis: with a
 * frozen centre line, the whole part is tested against it (as qicharts2 does).
 *
 * @example
 * ```ts
 * analyseRuns(Float64Array.of(1, 2, 3, 5, 6), 3, Uint8Array.of(1, 1, 1, 1, 1), "anhoej");
 * // nUseful 4 (3 is on the line), longestRun 2, crossings 1
 * ```
 */
export function analyseRuns(y: Float64Array, cl: Line, include: Uint8Array, method: RunsMethod): RunsAnalysis {
  let nObs = 0;
  let nUseful = 0;
  let longestRun = 0;
  let crossings = 0;
  let current = 0;
  let previousSide = 0;
  for (let i = 0; i < y.length; i++) {
    if (!include[i]) continue;
    nObs++;
    const side = Math.sign((y[i] as number) - lineAt(cl, i));
    if (side === 0 || Number.isNaN(side)) continue;
    nUseful++;
    if (side === previousSide) current++;
    else {
      if (previousSide !== 0) crossings++;
      current = 1;
      previousSide = side;
    }
    if (current > longestRun) longestRun = current;
  }
  if (nUseful === 0) {
    return { nObs, nUseful, longestRun: null, longestRunMax: null, crossings: null, crossingsMin: null, signal: false, method, fellBack: false };
  }
  const limits = anhoejLimits(nUseful);
  const verdict = runsSignal(method, nUseful, crossings, longestRun);
  return {
    nObs,
    nUseful,
    longestRun,
    longestRunMax: limits.longestRunMax,
    crossings,
    crossingsMin: limits.crossingsMin,
    signal: verdict.signal,
    method: verdict.method,
    fellBack: verdict.fellBack,
  };
}
