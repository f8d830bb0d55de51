import { gammaln } from "simple-statistics";

/**
 * The bias-correction constant c4(n) = sqrt(2/(n−1)) · Γ(n/2) / Γ((n−1)/2), computed exactly (not
 * from a printed table), as qicharts2 does. NaN for n ≤ 1.
 *
 * @example
 * ```ts
 * c4(5); // 0.9399856…
 * ```
 */
export function c4(n: number): number {
  if (!(n > 1)) return Number.NaN;
  return Math.sqrt(2 / (n - 1)) * Math.exp(gammaln(n / 2) - gammaln((n - 1) / 2));
}

/** c5(n) = sqrt(1 − c4(n)²), the relative standard deviation of the sample SD. */
export function c5(n: number): number {
  const c = c4(n);
  return Math.sqrt(1 - c * c);
}

/** A3(n) = k / (c4(n)·√n): Xbar-chart limit factor for k sigma (k = 3, or 2 for the 95 % lines). */
export function a3(n: number, k = 3): number {
  if (!(n > 1)) return Number.NaN;
  return k / (c4(n) * Math.sqrt(n));
}

/** B3(n) = max(0, 1 − k·c5/c4): S-chart lower limit factor. */
export function b3(n: number, k = 3): number {
  if (!(n > 1)) return Number.NaN;
  return Math.max(0, 1 - (k * c5(n)) / c4(n));
}

/** B4(n) = 1 + k·c5/c4: S-chart upper limit factor. */
export function b4(n: number, k = 3): number {
  if (!(n > 1)) return Number.NaN;
  return 1 + (k * c5(n)) / c4(n);
}

/** d2 for subgroups of two, rounded as in the SPC literature and qicharts2: sigma = mean MR / 1.128. */
export const D2 = 1.128;
/** D4 for subgroups of two: the upper limit of a moving-range chart is 3.267 × mean MR. */
export const D4 = 3.267;
