/**
 * The k-th smallest (0-based) of the first `size` values, which it rearranges so that none before
 * position k is larger and none after it smaller: Hoare's selection, expected linear time, where
 * a sort costs n·log n (a median of 10⁵ values by sorting was a seventh of a median I chart).
 * Should the pivots keep splitting badly, the range left is sorted instead, so the worst case
 * stays n·log n. The values are compared as numbers (−0 equal to 0) and must not be NaN.
 *
 * @example
 * ```ts
 * selectInPlace(Float64Array.of(5, 1, 4, 2, 3), 1, 5); // 2
 * ```
 */
export function selectInPlace(values: Float64Array, k: number, size: number): number {
  let from = 0;
  let to = size - 1;
  // About 2·log₂(size) rounds suffice when the pivots split fairly; beyond that, sort what is left.
  let rounds = 2 * Math.ceil(Math.log2(size + 1)) + 8;
  while (from < to) {
    if (rounds-- === 0) {
      values.subarray(from, to + 1).sort();
      break;
    }
    const pivot = values[(from + to) >> 1] as number;
    let i = from;
    let j = to;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = t;
      }
    }
    if (k <= j) to = j;
    else if (k >= i) from = i;
    else break;
  }
  return values[k] as number;
}

/**
 * The median of the first `size` values, exactly as sorting them (`Float64Array.prototype.sort`)
 * and taking the middle one, or the mean of the middle two, would give it — also the sign of a
 * zero, which a sort puts in order (−0 first) and a selection does not see. Rearranges the values.
 * `mean2` is the mean of the middle two (R's `mean`, correctly rounded). NaN when empty; values
 * with a NaN are sorted, as before.
 *
 * @example
 * ```ts
 * medianInPlace(Float64Array.of(3, 1, 2, 10), 4, (a, b) => (a + b) / 2); // 2.5
 * ```
 */
export function medianInPlace(values: Float64Array, size: number, mean2: (a: number, b: number) => number): number {
  if (size === 0) return Number.NaN;
  for (let i = 0; i < size; i++) {
    if (Number.isNaN(values[i] as number)) {
      const sorted = values.subarray(0, size).sort();
      const half = size >> 1;
      return size % 2 === 1 ? (sorted[half] as number) : mean2(sorted[half - 1] as number, sorted[half] as number);
    }
  }
  const half = size >> 1;
  const upper = signedZero(values, size, half, selectInPlace(values, half, size));
  if (size % 2 === 1) return upper;
  // Selection left the smaller half before `half`: the order statistic below it is their largest.
  let lower = -Infinity;
  for (let i = 0; i < half; i++) if ((values[i] as number) > lower) lower = values[i] as number;
  return mean2(signedZero(values, size, half - 1, lower), upper);
}

/**
 * A zero found at rank k, with the sign a sort would give it there: the negatives come first, then
 * every −0, then every +0.
 */
function signedZero(values: Float64Array, size: number, k: number, v: number): number {
  if (v !== 0) return v;
  let before = 0;
  for (let i = 0; i < size; i++) {
    const x = values[i] as number;
    if (x < 0 || Object.is(x, -0)) before++;
  }
  return k < before ? -0 : 0;
}
