export { CHART_TYPES, type ChartType } from "../vocabulary.js";

/**
 * Centre lines an I chart can have: the mean (qicharts2, default) or the median (Wheeler;
 * PowerBI-SPC `i_m` and `i_mm`), which a few wild values do not pull.
 *
 * @example
 * ```ts
 * CENTRES.includes("median"); // true
 * ```
 */
export const CENTRES = ["mean", "median"] as const;
/** A centre line: one of {@link CENTRES}. */
export type Centre = (typeof CENTRES)[number];

/**
 * Where sigma comes from. Xbar: `sd` (the pooled subgroup SD, qicharts2's default) or `range`
 * (the mean range R̄/d2, Xbar-R). I chart: `moving-range` (mean MR / 1.128, default),
 * `median-moving-range` (Wheeler's median MR / 0.954: limits median ± 3.145 × median MR) or
 * `median-moving-range-d2` (PowerBI-SPC `i_mm`: median MR / 1.128).
 *
 * @example
 * ```ts
 * SIGMA_SOURCES.includes("range"); // true
 * ```
 */
export const SIGMA_SOURCES = ["sd", "range", "moving-range", "median-moving-range", "median-moving-range-d2"] as const;
/** A sigma source: one of {@link SIGMA_SOURCES}. */
export type SigmaSource = (typeof SIGMA_SOURCES)[number];

/**
 * How a reference line (spec `lines`) is drawn: dashed by default, so it is told apart from the
 * solid limits and the dotted target.
 *
 * @example
 * ```ts
 * REFERENCE_LINE_STYLES.includes("dotted"); // true
 * ```
 */
export const REFERENCE_LINE_STYLES = ["dashed", "dotted", "solid"] as const;
