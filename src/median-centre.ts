/**
 * Whether a chart's centre line is a median: a run chart's always, an I chart's with
 * `centre: "median"`. Legends, value labels and sentences then say "median", not "centre line",
 * so that a reader is told what the line is.
 *
 * @module
 */
import type { ChartResult } from "./types.js";

/**
 * True when the result's centre line is the median of its baseline.
 *
 * @example
 * ```ts
 * centreIsMedian(compute({ chart: "i", centre: "median", data })); // true
 * centreIsMedian(compute({ chart: "i", data })); // false
 * ```
 */
export function centreIsMedian(result: Pick<ChartResult, "chart" | "centre">): boolean {
  return result.chart === "run" || result.centre === "median";
}
