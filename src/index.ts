/**
 * spc-charts: statistical process control charts for health-care improvement.
 *
 * `compute(spec)` turns a chart spec (data and analysis choices) into a plain-JSON result with
 * centre lines, limits and signals that match qicharts2 point by point.
 *
 * @packageDocumentation
 */
export { compute } from "./compute.js";
export { SpcError, formatIssue, type SpcIssue } from "./errors.js";
export { CHART_TYPES, type ChartSpec, type ChartRow, type ChartType } from "./spec/schema.js";
export type { ChartResult, Point, Part, Warning, WarningCode, RunsMethod, XValue } from "./types.js";
