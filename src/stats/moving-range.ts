import { D4 } from "./control-constants.js";
import { finiteValues, mean } from "./mean.js";

/**
 * Absolute differences between neighbours: |v[i] − v[i−1]| for i ≥ 1. A missing value (NaN)
 * makes both of its moving ranges NaN, as R's `abs(diff(x))` does.
 */
export function movingRanges(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(Math.max(values.length - 1, 0));
  for (let i = 1; i < values.length; i++) out[i - 1] = Math.abs((values[i] as number) - (values[i - 1] as number));
  return out;
}

/**
 * Mean of the moving ranges, ignoring missing ones. With `screen`, moving ranges at or above
 * D4 × that mean (3.267 · AMR) are dropped once and the mean recomputed (Nelson 1982), as
 * qicharts2 does when `qic.screenedmr` is on. NaN when no moving range is left — including
 * all-equal data with screening, where every range is 0 and `0 < 0` keeps none, as in qicharts2.
 *
 * @example
 * ```ts
 * averageMovingRange(movingRanges([1, 2, 4, 3]), false); // (1 + 2 + 1) / 3
 * ```
 */
export function averageMovingRange(ranges: ArrayLike<number>, screen: boolean, factor = D4): number {
  const kept = finiteValues(ranges);
  const amr = mean(kept);
  if (!screen || !Number.isFinite(amr)) return amr;
  const limit = factor * amr;
  return mean(kept.filter((r) => r < limit));
}
