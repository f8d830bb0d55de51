/**
 * Measurement plans ("måleplan"): a team's family of measures in a YAML or JSON file, read and
 * validated, turned into chart specs through the adapters, computed, and written as one
 * self-contained HTML report. Pure: texts in, objects and strings out — the caller reads the
 * files (the `spc report` command does).
 *
 * @example
 * ```ts
 * import { parsePlan, planDataFiles, computePlan, buildReport } from "spc-charts/plan";
 * import { renderSvg } from "spc-charts";
 * const plan = parsePlan(readFileSync("plan.yaml", "utf8"));
 * const texts = Object.fromEntries(planDataFiles(plan).map((f) => [f, readFileSync(f, "utf8")]));
 * const html = buildReport([computePlan(plan, texts)], { render: renderSvg });
 * ```
 *
 * @module
 */
export {
  planSchema,
  measureSchema,
  tableSourceSchema,
  eventSourceSchema,
  denominatorSourceSchema,
  targetSchema,
  annotationSchema,
  isPlanDate,
  MEASURE_TYPES,
  DIRECTIONS,
  LANGUAGES,
  PLAN_CHARTS,
  type Plan,
  type PlanInput,
  type Measure,
  type MeasureInput,
  type MeasureType,
  type Direction,
  type Lang,
  type PlanChart,
  type TableSource,
  type EventSource,
  type DenominatorSource,
  type Target,
  type Annotation,
} from "./schema.js";
export { A3_KEYS, a3ChangeSchema, type A3, type A3Change, type A3KeyName } from "./a3.js";
export { parsePlan, validatePlan, planPosition, type TextPosition } from "./load.js";
export { planJsonSchema } from "./json-schema.js";
export { formatLocated, TextLines, type LocatedIssue } from "./diagnostics.js";
export { loadTable, loadEvents, inferPeriod, sourceKey, sourceText, type LoadedData, type LoadOptions, type SourceTexts, type FileRejection } from "./source.js";
export { prepareMeasure, type PreparedMeasure, type PrepareOptions, type PlacedAnnotation } from "./measure.js";
export { computeMeasure, computePlan, planDataFiles, planDataSources, type PlanDataSource, type ComputedMeasure, type ComputedPlan, type ComputePlanOptions } from "./compute.js";
export * from "../report/index.js";
