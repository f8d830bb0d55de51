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
  let value = C4_BY_SIZE.get(n);
  if (value === undefined) {
    value = Math.sqrt(2 / (n - 1)) * Math.exp(gammaln(n / 2) - gammaln((n - 1) / 2));
    if (C4_BY_SIZE.size < 4096) C4_BY_SIZE.set(n, value);
  }
  return value;
}

/**
 * c4 by subgroup size, computed once per size. Module state because it is measured to matter:
 * two gammaln calls for every subgroup were about an eighth of an Xbar-S chart of 10^5 subgroups
 * (charts call c4 per subgroup, and sizes repeat). Bounded, so odd sizes cannot grow it for ever.
 */
const C4_BY_SIZE = new Map<number, number>();

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

/**
 * d2(n), the mean of the relative range R/σ of n normal observations, n = 2…25, to three
 * decimals as printed in the SPC tables (Montgomery, Appendix VI) and used by qcc, so that hand
 * calculations from the textbook agree digit for digit. Index = n.
 */
const D2_TABLE = [Number.NaN, Number.NaN, 1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.97, 3.078, 3.173, 3.258, 3.336, 3.407, 3.472, 3.532, 3.588, 3.64, 3.689, 3.735, 3.778, 3.819, 3.858, 3.895, 3.931];

/**
 * d3(n), the standard deviation of the relative range R/σ, n = 2…25, to seven decimals (Harter's
 * tables of the normal range; the same values qcc uses). Index = n.
 */
const D3_TABLE = [
  Number.NaN, Number.NaN, 0.8525033, 0.8883697, 0.8798108, 0.8640855, 0.8480442, 0.8332108, 0.8198378, 0.8078413, 0.7970584, 0.787323, 0.7784873,
  0.7704257, 0.763033, 0.7562217, 0.7499188, 0.7440627, 0.7386021, 0.7334929, 0.728698, 0.7241851, 0.7199267, 0.7158987, 0.7120802, 0.7084528,
];

/** The largest subgroup a range chart has constants for (beyond it, ranges waste information: use S). */
export const MAX_RANGE_SUBGROUP = 25;

/**
 * d2(n): R̄ / d2 estimates σ from subgroups of n. NaN outside 2…25.
 *
 * @example
 * ```ts
 * d2(5); // 2.326
 * ```
 */
export function d2(n: number): number {
  return D2_TABLE[n] ?? Number.NaN;
}

/**
 * d3(n): the standard deviation of R is d3·σ. NaN outside 2…25.
 *
 * @example
 * ```ts
 * d3(5); // 0.8640855
 * ```
 */
export function d3(n: number): number {
  return D3_TABLE[n] ?? Number.NaN;
}

/**
 * A2(n) = k / (d2(n)·√n): the Xbar-chart limits are x̿ ± A2·R̄ (k = 3; 2 for the 2-sigma lines).
 *
 * @example
 * ```ts
 * a2(5); // 0.5768 (Montgomery's table: 0.577)
 * ```
 */
export function a2(n: number, k = 3): number {
  return k / (d2(n) * Math.sqrt(n));
}

/**
 * D3(n) = max(0, 1 − k·d3/d2): the R-chart lower limit is D3·R̄.
 *
 * @example
 * ```ts
 * rangeLowerFactor(7); // 0.0757… (Montgomery's table: 0.076)
 * ```
 */
export function rangeLowerFactor(n: number, k = 3): number {
  return Math.max(0, 1 - (k * d3(n)) / d2(n));
}

/**
 * D4(n) = 1 + k·d3/d2: the R-chart upper limit is D4·R̄.
 *
 * @example
 * ```ts
 * rangeUpperFactor(5); // 2.1144… (Montgomery's table: 2.114)
 * ```
 */
export function rangeUpperFactor(n: number, k = 3): number {
  return 1 + (k * d3(n)) / d2(n);
}
