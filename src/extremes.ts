/**
 * The largest and smallest of a list of numbers, by a loop.
 *
 * Why not `Math.max(...values)`: spreading passes every element as an argument on the
 * call stack, and a user-sized list (150,000 points, 25,000 facets) throws "Maximum call
 * stack size exceeded". These helpers take any length. NaN is skipped, so one unreadable
 * value does not turn an axis or a width into NaN.
 */

/**
 * The largest number in `values`, or `otherwise` when there is none (empty, or all NaN).
 * `otherwise` also takes part as a floor, like `Math.max(otherwise, ...values)`.
 *
 * @example
 * largest([3, 9, 4]); // 9
 * largest([], 0); // 0
 * largest([2, 5], 10); // 10
 */
export function largest(values: Iterable<number>, otherwise = -Infinity): number {
  let best = otherwise;
  for (const v of values) if (v > best) best = v;
  return best;
}

/**
 * The smallest number in `values`, or `otherwise` when there is none (empty, or all NaN).
 * `otherwise` also takes part as a ceiling, like `Math.min(otherwise, ...values)`.
 *
 * @example
 * smallest([3, 9, 4]); // 3
 * smallest([], 0); // 0
 * smallest([12, 15], 10); // 10
 */
export function smallest(values: Iterable<number>, otherwise = Infinity): number {
  let best = otherwise;
  for (const v of values) if (v < best) best = v;
  return best;
}
