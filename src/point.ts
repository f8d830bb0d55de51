import { NO_SIGNALS } from "./rules/types.js";
import type { Point, XValue } from "./types.js";

/**
 * Makes a Point. One constructor for every point keeps them one object shape, and lets the
 * engine share one number between all points of a part that have the same centre line or limit.
 */
export function newPoint(
  facet: string | null,
  x: XValue,
  index: number,
  part: number,
  y: number | null,
  n: number | null,
  rows: number,
  count: number,
  cl: number | null,
  lcl: number | null,
  ucl: number | null,
  lcl95: number | null,
  ucl95: number | null,
  target: number | null,
  baseline: boolean,
  excluded: boolean,
  note: string | null,
): Point {
  return { facet, x, index, part, y, n, rows, count, cl, lcl, ucl, lcl95, ucl95, target, baseline, excluded, sigmaSignal: false, runsSignal: false, note, signals: NO_SIGNALS, variation: "common" };
}

// Why: V8 stores a field that has only ever held numbers unboxed, one heap box per object. Making
// the first point with nulls marks the numeric fields as "any value", so later points store
// references and share the part's centre-line and limit numbers: for a 1e6-point chart this
// halves the garbage collector's work (measured 218 → 140 ms for the points alone).
newPoint(null, 0, 0, 0, null, null, 0, 0, null, null, null, null, null, null, false, false, null);
