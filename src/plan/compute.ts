/**
 * Computing every measure of a plan: one measure's broken file does not stop the others — its
 * problems are kept, located, with the measure.
 *
 * @module
 */
import type { Notice } from "../adapters/notice-messages.js";
import { compute } from "../compute/compute.js";
import { SpcError } from "../errors.js";
import type { ChartSuggestion } from "../adapters/suggest.js";
import type { ChartSpec } from "../chart-spec/schema.js";
import type { Period } from "../calendar.js";
import type { ChartResult } from "../types.js";
import type { LocatedIssue } from "./diagnostics.js";
import { planPosition } from "./load.js";
import { prepareMeasure, type PlacedAnnotation } from "./measure.js";
import type { Measure, Plan } from "./schema.js";
import { sourceKey, type SourceTexts } from "./source.js";

/** A measure with its chart computed, or the problems that stopped it. */
export interface ComputedMeasure {
  measure: Measure;
  /** The chart spec that was computed; `null` when the data could not be read. */
  spec: ChartSpec | null;
  /** The result; `null` when the measure failed (see `issues`). */
  result: ChartResult | null;
  /** When the chart was `auto`: the proposal and why. */
  suggestion: ChartSuggestion | null;
  annotations: PlacedAnnotation[];
  /** Errors (when `result` is `null`) and warnings: rejected lines, dates outside the data, the result's warnings. */
  issues: LocatedIssue[];
  /** Lines of the data file that were rejected. */
  rejectedLines: number;
  /** The period each x date stands for, or `null` when x is not dates (for writing dates). */
  period: Period | null;
  /** What was read, in one line, when there is something to explain (a T chart's events and times of day). */
  summary?: string;
  /** The same line as a notice, to be written in the user's language. */
  summaryNotice?: Notice;
}

/** A plan with its measures computed. */
export interface ComputedPlan {
  plan: Plan;
  measures: ComputedMeasure[];
  /** The plan's file name, when known (for messages and the report). */
  file?: string;
}

/** Options of {@link computeMeasure} and {@link computePlan}. */
export interface ComputePlanOptions {
  /** Any rejected line of a data file fails its measure. */
  strict?: boolean;
  /** The plan's text and file name: issues about the plan (`measures[2].data.y`) then get its line and column. */
  planText?: string;
  planFile?: string;
  /** Called after each measure (e.g. for a progress bar). */
  onProgress?: (done: number, total: number, measure: Measure) => void;
}

function locateInPlan(issue: LocatedIssue, options: ComputePlanOptions): LocatedIssue {
  if (issue.file !== undefined || issue.path[0] !== "measures") return issue;
  const out: LocatedIssue = { ...issue };
  if (options.planFile !== undefined) out.file = options.planFile;
  if (options.planText !== undefined) {
    const at = planPosition(options.planText, issue.path);
    if (at !== null) {
      out.line = at.line;
      out.column = at.column;
    }
  }
  return out;
}

/**
 * Prepares and computes one measure. Never throws an `SpcError`: problems come back in
 * `issues` (with `result: null` when they stopped the measure), each located — a computation
 * error on `data[4].y` names the file, line and column it came from.
 *
 * @example
 * ```ts
 * const m = computeMeasure(plan.measures[0], { "fall-sykehjem.csv": csvText });
 * m.result?.points.at(-1)?.cl; // the centre line
 * m.issues;                    // e.g. a warning for each rejected line
 * ```
 */
export function computeMeasure(measure: Measure, texts: SourceTexts, options: ComputePlanOptions = {}): ComputedMeasure {
  const failed = (issues: LocatedIssue[], spec: ChartSpec | null = null): ComputedMeasure => ({
    measure,
    spec,
    result: null,
    suggestion: null,
    annotations: (measure.annotations ?? []).map((a): PlacedAnnotation => (a.facet === undefined ? { date: a.date, text: a.text, x: null } : { date: a.date, text: a.text, facet: a.facet, x: null })),
    issues: issues.map((i) => locateInPlan(i, options)),
    rejectedLines: 0,
    period: null,
  });
  let prepared;
  try {
    prepared = prepareMeasure(measure, texts, options.strict === undefined ? {} : { strict: options.strict });
  } catch (e) {
    if (e instanceof SpcError) return failed(e.issues);
    throw e;
  }
  const issues = prepared.issues.map((i) => locateInPlan(i, options));
  const rejectedLines = new Set(prepared.loaded.rejected.map((r) => `${r.file}:${r.line}`)).size;
  let result: ChartResult;
  try {
    result = compute(prepared.spec);
  } catch (e) {
    if (!(e instanceof SpcError)) throw e;
    const located = e.issues.map((issue): LocatedIssue => {
      const at = prepared.loaded.locate(issue.path);
      if (at !== null) return { ...issue, ...at };
      const file = measure.data?.file ?? measure.events?.file;
      return file === undefined ? issue : { ...issue, file };
    });
    return { ...failed([...located, ...prepared.issues], prepared.spec), suggestion: prepared.suggestion, rejectedLines, period: prepared.period };
  }
  const file = measure.data?.file ?? measure.events?.file;
  for (const w of result.warnings) {
    if (w.code === "unknown-field") continue;
    issues.push({ code: w.code, path: [], message: w.message, ...(w.params === undefined ? {} : { params: w.params }), severity: "warning", ...(file === undefined ? {} : { file }) });
  }
  return {
    measure,
    spec: prepared.spec,
    result,
    suggestion: prepared.suggestion,
    annotations: prepared.annotations,
    issues,
    rejectedLines,
    period: prepared.period,
    ...(prepared.loaded.summary === undefined ? {} : { summary: prepared.loaded.summary }),
    ...(prepared.loaded.summaryNotice === undefined ? {} : { summaryNotice: prepared.loaded.summaryNotice }),
  };
}

/**
 * Computes every measure of a plan (see {@link computeMeasure}); `texts` holds every data
 * file the plan names (see {@link planDataFiles}).
 *
 * @example
 * ```ts
 * const plan = parsePlan(planText);
 * const texts = Object.fromEntries(planDataFiles(plan).map((f) => [f, readFileSync(f, "utf8")]));
 * const computed = computePlan(plan, texts, { planText, planFile: "plan.yaml" });
 * computed.measures.filter((m) => m.result === null); // the measures that failed
 * ```
 */
export function computePlan(plan: Plan, texts: SourceTexts, options: ComputePlanOptions = {}): ComputedPlan {
  const measures: ComputedMeasure[] = [];
  for (const measure of plan.measures) {
    measures.push(computeMeasure(measure, texts, options));
    options.onProgress?.(measures.length, plan.measures.length, measure);
  }
  const out: ComputedPlan = { plan, measures };
  if (options.planFile !== undefined) out.file = options.planFile;
  return out;
}

/**
 * Every data file a plan reads, each once, in the order the measures name them.
 *
 * @example
 * ```ts
 * planDataFiles(plan); // ["fall-sykehjem.csv", "fallhendelser.csv", "liggedogn-maaned.csv"]
 * ```
 */
export function planDataFiles(plan: Plan): string[] {
  const files = new Set<string>();
  for (const m of plan.measures) {
    if (m.data !== undefined) files.add(m.data.file);
    if (m.events !== undefined) {
      files.add(m.events.file);
      if (m.events.denominators !== undefined) files.add(m.events.denominators.file);
    }
  }
  return [...files];
}

/** A data source of a plan: the file, the sheet of a workbook when one is named, and its key in the texts. */
export interface PlanDataSource {
  file: string;
  sheet?: string | number;
  /** Where {@link computePlan} looks for its text (see `sourceKey`). */
  key: string;
}

/**
 * Every data source a plan reads, each once: like {@link planDataFiles}, but a workbook read
 * for two sheets is two sources.
 *
 * @example
 * ```ts
 * planDataSources(plan); // [{ file: "fall.xlsx", sheet: "Data", key: "fall.xlsx#sheet=Data" }, { file: "logg.csv", key: "logg.csv" }]
 * ```
 */
export function planDataSources(plan: Plan): PlanDataSource[] {
  const sources = new Map<string, PlanDataSource>();
  const add = (s: { file: string; sheet?: string | number | undefined }) => {
    const key = sourceKey(s);
    if (!sources.has(key)) sources.set(key, { file: s.file, ...(s.sheet === undefined ? {} : { sheet: s.sheet }), key });
  };
  for (const m of plan.measures) {
    if (m.data !== undefined) add(m.data);
    if (m.events !== undefined) {
      add(m.events);
      if (m.events.denominators !== undefined) add(m.events.denominators);
    }
  }
  return [...sources.values()];
}
