/**
 * Every chart type, by qicharts2's short name (`pp` = P′, `up` = U′, `ip` = I′).
 *
 * @example
 * ```ts
 * CHART_TYPES.includes("xbar"); // true
 * ```
 */
export const CHART_TYPES = ["run", "i", "mr", "xbar", "s", "t", "p", "pp", "c", "u", "up", "g", "ip"] as const;
/** A chart type: one of {@link CHART_TYPES}. */
export type ChartType = (typeof CHART_TYPES)[number];
