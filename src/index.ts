/**
 * spc-charts: statistical process control charts for health-care improvement.
 *
 * `compute(spec)` turns a chart spec (data and analysis choices) into a plain-JSON result with
 * centre lines, limits and signals that match qicharts2 point by point; `renderSvg(result)`
 * draws it; `explain(result)` tells its story in Norwegian or English, and
 * `describeFinding(finding, { lang, result })` writes one finding (the result holds findings as data).
 *
 * @packageDocumentation
 */
export { compute } from "./compute/compute.js";
export { SpcError, formatIssue, type SpcIssue, type FormatIssueOptions } from "./errors.js";
export type { MessageLang, MessageParams, ParamValue } from "./locale/message.js";
export { CHART_TYPES, type ChartType } from "./chart-spec/chart-types.js";
export { REFERENCE_LINE_STYLES } from "./chart-spec/chart-types.js";
export {
  CHARTS_NEEDING_N,
  LANGUAGES,
  type ChartNeedingN,
  type IssueCode,
  type SpecIssueCode,
  type PlanIssueCode,
  type AdapterIssueCode,
  type OtherIssueCode,
  type SchemaIssueCode,
} from "./vocabulary.js";
export type { ChartSpec, ChartRow, ChartRowWithN, ChartSpecFor, ChartSpecOptions, ChartSpecDraft, ChartRowDraft, DeepReadonly, ReferenceLineSpec, RuleWithParameters } from "./chart-spec/schema.js";
export type { ChartResult, FunnelCurve, Point, Part, Warning, WarningCode, RunsMethod, XValue, ReferenceLine, ReferenceLineStyle } from "./types.js";
export { renderSvg, defaultTheme, formatNumber, formatDate, chartName } from "./render/index.js";
export type { RenderOptions, RenderLang, Theme, ThemeColors, ThemeInput } from "./render/index.js";
export { explain, type ExplainOptions } from "./rules/explain.js";
export { describeFinding, type DescribeFindingOptions, type FindingText } from "./rules/describe.js";
export { falseAlarmProbability } from "./runs/false-alarm-probability.js";
// The rules' public vocabulary: everything rules/types.ts exports is public, and only that.
export * from "./rules/types.js";
