
/**
 * Arithmetic mean computed the way R's `mean()` does: a compensated sum divided by n, then one
 * correction pass that adds the mean residual. This matters for exact comparisons with the
 * centre line: the mean of three 0.1s must be exactly 0.1, so that points equal to it count as
 * "on the centre line" in the runs analysis, as they do in qicharts2. Returns NaN when empty.
 *
 * @example
 * ```ts
 * mean([0.1, 0.1, 0.1]); // 0.1 (a naive sum / n gives 0.10000000000000002)
 * ```
 */
export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const first = compensatedSum(values, 0) / n;
  if (!Number.isFinite(first)) return first;
  return first + compensatedSum(values, first) / n;
}

/**
 * Σ(v − shift) with Neumaier's compensation, close to the long-double sum R uses. Written here
 * rather than taken from simple-statistics' `sum` so that the residual pass needs no copy of a
 * million-value array.
 */
export function compensatedSum(values: ArrayLike<number>, shift: number): number {
  let total = 0;
  let correction = 0;
  for (let i = 0; i < values.length; i++) {
    const v = (values[i] as number) - shift;
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
 * ```
 */
export function sampleSd(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  const m = mean(values);
  const squares = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - m;
    squares[i] = d * d;
  }
  return Math.sqrt(compensatedSum(squares, 0) / (n - 1));
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
  return compensatedSum(finiteValues(values), 0);
}
