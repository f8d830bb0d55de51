import { correctlyRoundedMean, exactMean } from "./exact-mean.js";

/**
 * Arithmetic mean as R's `mean()` gives it: R sums in long double and corrects once, which is
 * the correctly rounded mean, so this is {@link exactMean}. The last bit matters: points equal to
 * the centre line are left out of the runs analysis, so the mean of 1, 1, 3 and of 0, 1, 4 must
 * be the same double (a double-precision correction pass gives two different ones). A missing or
 * infinite value makes the mean NaN or infinite, as in R. Returns NaN when empty.
 *
 * @example
 * ```ts
 * mean([0.1, 0.1, 0.1]); // 0.1 (a naive sum / n gives 0.10000000000000002)
 * mean([1, 1, 3]) === mean([0, 1, 4]); // true
 * ```
 */
export function mean(values: ArrayLike<number>): number {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) return compensatedSum(values) / values.length;
  }
  return exactMean(values);
}

/**
 * Σv with Neumaier's compensation, close to the long-double sum R uses. Written here
 * rather than taken from simple-statistics' `sum` so that `sampleSd`'s deviations need no copy
 * of a million-value array.
 */
export function compensatedSum(values: ArrayLike<number>): number {
  let total = 0;
  let correction = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const t = total + v;
    correction += Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
    total = t;
  }
  return total + correction;
}

/**
 * Sample standard deviation (n − 1 denominator) as R's `sd()`; NaN for fewer than two values.
 *
 * @example
 * ```ts
 * sampleSd([2, 4, 4, 4, 5, 5, 7, 9]); // 2.138…
 * sampleSd([2, 4, 4, 4, 5, 5, 7, 9], 5); // the same, with the mean (5) already known
 * ```
 */
export function sampleSd(values: ArrayLike<number>, centre?: number): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  // A caller that already has the mean passes it: the exact mean is the costly part for a subgroup of five.
  const m = centre ?? mean(values);
  // compensatedSum over the squared deviations, summed as they are made: the same additions in
  // the same order, without an array per call (one per subgroup was a tenth of an R chart's time).
  let total = 0;
  let correction = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - m;
    const v = d * d;
    const t = total + v;
    correction += Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
    total = t;
  }
  return Math.sqrt((total + correction) / (n - 1));
}

/**
 * Median as R's `median()`: the middle value, or the mean of the two middle values. NaN when empty.
 *
 * @example
 * ```ts
 * median([3, 1, 2, 10]); // 2.5
 * ```
 */
export function median(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const half = n >> 1;
  if (n % 2 === 1) return sorted[half] as number;
  return mean([sorted[half - 1] as number, sorted[half] as number]);
}

/** Keeps the finite values (R's `na.rm = TRUE`: NA and NaN are dropped); no copy when all are. */
export function finiteValues(values: ArrayLike<number>): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) count++;
  if (count === values.length && values instanceof Float64Array) return values;
  const out = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) out[k++] = v;
  }
  return out;
}

/** Compensated sum of the finite values (R's `sum(x, na.rm = TRUE)`); 0 when none. */
export function sumFinite(values: ArrayLike<number>): number {
  return compensatedSum(finiteValues(values));
}

/**
 * The correctly rounded mean of the finite values where `mask` is set (R's
 * `mean(x[mask], na.rm = TRUE)`), in one pass and without the subset. NaN when there are none.
 *
 * @example
 * ```ts
 * meanWhere(Float64Array.of(1, NaN, 5, 100), Uint8Array.of(1, 1, 1, 0)); // 3
 * ```
 */
export function meanWhere(values: Float64Array, mask: Uint8Array): number {
  return correctlyRoundedMean((sum) => {
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (mask[i] && Number.isFinite(v)) sum.add(v);
    }
  });
}
