import { D4 } from "./control-constants.js";
import { correctlyRoundedMean, type Summation } from "./exact-mean.js";

/**
 * Absolute differences between neighbours: |v[i] − v[i−1]| for i ≥ 1. A missing value (NaN)
 * makes both of its moving ranges NaN, as R's `abs(diff(x))` does.
 *
 * @example
 * ```ts
 * movingRanges([1, 3, 2]); // Float64Array [2, 1]
 * ```
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
  const below = (limit: number) => (sum: Summation) => {
    for (let i = 0; i < ranges.length; i++) {
      const r = ranges[i] as number;
      if (Number.isFinite(r) && r < limit) sum.add(r);
    }
  };
  const amr = correctlyRoundedMean(below(Infinity));
  if (!screen || !Number.isFinite(amr)) return amr;
  return correctlyRoundedMean(below(factor * amr));
}

/**
 * {@link averageMovingRange} of the moving ranges of `values − centre` over the subgroups where
 * `mask` is set, taken in order (a masked-out subgroup is bridged: its neighbours form one range),
 * without making the subset, the centred copy or the ranges: one pass per mean. Subtracting the
 * centre first is how qicharts2 does it (the same up to rounding, kept for bit-level parity);
 * `centre` 0 gives the ranges of the values themselves.
 *
 * @example
 * ```ts
 * averageMovingRangeWhere(Float64Array.of(1, 2, 9, 4, 3), Uint8Array.of(1, 1, 0, 1, 1), 0, false);
 * // ranges of 1, 2, 4, 3: (1 + 2 + 1) / 3
 * ```
 */
export function averageMovingRangeWhere(values: Float64Array, mask: Uint8Array, centre: number, screen: boolean, factor = D4): number {
  const amr = correctlyRoundedMean((sum) => sumRanges(values, mask, centre, Infinity, sum));
  if (!screen || !Number.isFinite(amr)) return amr;
  const limit = factor * amr;
  return correctlyRoundedMean((sum) => sumRanges(values, mask, centre, limit, sum));
}

/** Adds the finite moving ranges below `limit` of the masked, centred values to `into`. */
function sumRanges(values: Float64Array, mask: Uint8Array, centre: number, limit: number, into: Summation): void {
  let previous = Number.NaN;
  let first = true;
  for (let i = 0; i < values.length; i++) {
    if (!mask[i]) continue;
    const v = (values[i] as number) - centre;
    if (!first) {
      const r = Math.abs(v - previous);
      if (Number.isFinite(r) && r < limit) into.add(r);
    }
    first = false;
    previous = v;
  }
}
