/**
 * From a measure of the plan to a chart spec: its data through the adapters, then the plan's
 * choices — chart, multiply, direction, target, baseline (freeze) and parts (breaks) by position
 * or date, and the tests of change as notes on the subgroups they fall in.
 *
 * @module
 */
import { periodStart, type Period } from "../calendar.js";
import { SpcError, type SpcIssue } from "../errors.js";
import { chartSpecSchema, type ChartRowDraft as ChartRow, type ChartSpec, type ChartSpecDraft } from "../chart-spec/schema.js";
import type { ChartSuggestion } from "../adapters/suggest.js";
import { CARE_DAYS_SCALE, formatScale, isCareDays, valueUnit } from "../adapters/units.js";
import type { LocatedIssue } from "./diagnostics.js";
import type { Measure } from "./schema.js";
import { loadEvents, loadTable, sourceText, type LoadedData, type SourceTexts } from "./source.js";
import { PLAN_MESSAGES, type DateOutsideKind, type MultiplyKind } from "./messages.js";

/** A test of change and where it landed on the chart. */
export interface PlacedAnnotation {
  date: string;
  text: string;
  facet?: string;
  /** The subgroup (x) it is shown on, or `null` when its date is outside the data. */
  x: string | null;
}

/** A measure made ready to compute. */
export interface PreparedMeasure {
  measure: Measure;
  /** The chart spec: the data and every choice the plan makes. */
  spec: ChartSpec;
  /** The data as read, with its account of lines. */
  loaded: LoadedData;
  /** When the chart was `auto`: the proposal and why. */
  suggestion: ChartSuggestion | null;
  annotations: PlacedAnnotation[];
  /** Warnings from reading the data and placing dates. */
  issues: LocatedIssue[];
  /** The period each x date stands for (after the spec's `period`), or `null` when x is not dates. */
  period: Period | null;
}

/** Options of {@link prepareMeasure}. */
export interface PrepareOptions {
  /** Any rejected line of the data is an error. */
  strict?: boolean;
}

/**
 * Whether the chart spec knows a field yet (the rules engineer adds `direction` and
 * `convention`): the plan passes `direction` only when it would not be an unknown field.
 */
const SPEC_FIELDS = new Set(Object.keys(chartSpecSchema.shape));

/**
 * Reads a measure's data (its text from `texts`, by the file name the plan gives) and makes
 * its chart spec.
 *
 * - `chart: auto` is decided from the data (see `suggestFromData`, `suggestForEvents`);
 * - `freeze` and `breaks` given as dates become positions: `freeze` counts the subgroups up to
 *   and including the one that holds the date; a break starts a new part at the subgroup that
 *   holds the date (for monthly data the month of the date, for event dates the first on or
 *   after it). Dates outside the data are left out with a warning;
 * - each annotation becomes the `note` of the subgroup that holds its date (of every facet, or
 *   its `facet`), joined with `" | "` to a note the data already has;
 * - `target.value` becomes the spec's `target`, `unit` its `yLabel`, `name` its `title`;
 *   `direction` is passed when the chart spec has the field; `spec` is merged last.
 *
 * @throws {SpcError} when the data cannot be read (a missing column: path `measures[2].data.y`),
 *   in strict mode on any rejected line, or when a date is given for x that is not dates.
 * @example
 * ```ts
 * const plan = parsePlan(planYaml);
 * const prepared = prepareMeasure(plan.measures[0], { "fall-sykehjem.csv": csvText });
 * compute(prepared.spec);
 * ```
 */
export function prepareMeasure(measure: Measure, texts: SourceTexts, options: PrepareOptions = {}): PreparedMeasure {
  const strict = options.strict === true;
  const base = ["measures", measure.index];
  let loaded: LoadedData;
  if (measure.events !== undefined) {
    loaded = loadEvents(texts, measure.events, { chart: measure.chart, strict, path: [...base, "events"] });
  } else if (measure.data !== undefined) {
    const text = sourceText(texts, measure.data);
    if (typeof text !== "string") {
      throw new SpcError([PLAN_MESSAGES.issue("missing_file", [...base, "data", "file"], { file: measure.data.file })]);
    }
    loaded = loadTable(text, measure.data, { chart: measure.chart, strict, path: [...base, "data"] });
  } else {
    throw new SpcError([PLAN_MESSAGES.issue("missing_source", base, {})]);
  }

  const issues: LocatedIssue[] = [...loaded.issues];
  const data: ChartRow[] = loaded.spec.data.map((row) => ({ ...row }));
  const spec: ChartSpecDraft = { ...loaded.spec, data, title: measure.name };
  if (measure.period !== undefined && measure.data !== undefined) spec.period = measure.period;
  if (measure.multiply !== undefined) spec.multiply = measure.multiply;
  else if (measure.spec?.["multiply"] === undefined) explainMultiply(spec, loaded, measure, issues);
  // The unit on the y axis: the plan's own words win, else what the data says ("per 1000 liggedøgn", "%").
  const unit = measure.unit ?? valueUnit({ chart: underlyingChart(spec, loaded), ...(spec.multiply === undefined ? {} : { multiply: spec.multiply }), denominator: loaded.denominator, percent: loaded.percent });
  if (unit !== null) spec.yLabel = unit;
  if (measure.target !== undefined) spec.target = measure.target.value;
  if (SPEC_FIELDS.has("direction") && measure.direction !== "neutral") (spec as Record<string, unknown>).direction = measure.direction;

  const period = spec.period ?? loaded.period;
  // Rows whose x is a date with a time of day (a T chart whose events share days): each row is a
  // subgroup at its event's date, counted within the (first) facet.
  const rowDates = loaded.rowDates?.length === data.length ? loaded.rowDates : null;
  const keys = rowDates === null ? subgroupKeys(data, spec.period) : rowDates.filter((_, i) => data[i]?.facet === data[0]?.facet);
  const errors: SpcIssue[] = [];
  const warn = (path: (string | number)[], kind: DateOutsideKind, date: string, key: string) =>
    issues.push({ ...PLAN_MESSAGES.issue("date_outside_data", path, { kind, date, key }), severity: "warning" });
  const dateKey = (date: string, path: (string | number)[]): string | null => {
    if (rowDates !== null) return periodStart(date, "day") ?? date;
    if (spec.xType !== "date" || period === null) {
      errors.push(PLAN_MESSAGES.issue("date_needs_dates", path, {}));
      return null;
    }
    return periodStart(date, period) ?? date;
  };

  if (measure.freeze !== undefined) {
    if (typeof measure.freeze === "number") spec.freeze = measure.freeze;
    else {
      const key = dateKey(measure.freeze, [...base, "freeze"]);
      if (key !== null) {
        const count = keys.filter((k) => k <= key).length;
        if (count === 0) warn([...base, "freeze"], "freeze_before", measure.freeze, keys[0] ?? "none");
        else spec.freeze = count;
      }
    }
  }
  if (measure.breaks !== undefined) {
    const breaks: number[] = [];
    measure.breaks.forEach((b, j) => {
      if (typeof b === "number") {
        breaks.push(b);
        return;
      }
      const key = dateKey(b, [...base, "breaks", j]);
      if (key === null) return;
      const at = keys.findIndex((k) => k >= key);
      if (at === -1) warn([...base, "breaks", j], "break_after", b, keys[keys.length - 1] ?? "none");
      else if (at === 0) warn([...base, "breaks", j], "break_before", b, keys[0] ?? "");
      else breaks.push(at);
    });
    if (breaks.length > 0) spec.breaks = [...new Set(breaks)].sort((a, b) => a - b);
  }

  const annotations: PlacedAnnotation[] = [];
  (measure.annotations ?? []).forEach((a, j) => {
    const placed: PlacedAnnotation = { date: a.date, text: a.text, x: null };
    if (a.facet !== undefined) placed.facet = a.facet;
    annotations.push(placed);
    const key = dateKey(a.date, [...base, "annotations", j, "date"]);
    if (key === null) return;
    const at = keys.find((k) => k >= key);
    if (at === undefined) {
      warn([...base, "annotations", j, "date"], "annotation_after", a.date, keys[keys.length - 1] ?? "none");
      return;
    }
    const done = new Set<string>();
    for (const [i, row] of data.entries()) {
      const facet = row.facet ?? "";
      if (done.has(facet) || (a.facet !== undefined && row.facet !== a.facet)) continue;
      if (rowDates === null ? rowKey(row, spec.period) !== at : (rowDates[i] ?? "") < key) continue;
      row.note = row.note === undefined || row.note === null || row.note === "" ? a.text : `${row.note} | ${a.text}`;
      done.add(facet);
    }
    if (done.size === 0) issues.push({ ...PLAN_MESSAGES.issue("annotation_facet", [...base, "annotations", j, "facet"], { facet: String(a.facet), at }), severity: "warning", code: "date_outside_data" });
    else placed.x = at;
  });
  if (errors.length > 0) throw new SpcError(errors);

  // Built field by field; compute() checks the result as it checks any spec.
  const merged = (measure.spec === undefined ? spec : { ...spec, ...(measure.spec as Partial<ChartSpecDraft>), data }) as ChartSpec;
  return { measure, spec: merged, loaded, suggestion: loaded.suggestion, annotations, issues, period: spec.xType === "date" ? period : null };
}

/**
 * The chart a run chart stands in for, when it was proposed only because there are few points
 * (its values are still the U chart's rates or the P chart's shares): for the unit and the scale.
 */
function underlyingChart(spec: ChartSpecDraft, loaded: LoadedData): ChartSpec["chart"] {
  if (spec.chart !== "run" || loaded.suggestion?.chart !== "run") return spec.chart;
  const stand = loaded.suggestion.alternatives[0]?.chart;
  return stand === "u" || stand === "up" || stand === "p" || stand === "pp" ? stand : spec.chart;
}

/**
 * A multiplier the plan did not give is stated: rates per days of care are per 1000 (also when
 * the chart type was given), and any scale the data suggested is named with its reason.
 */
function explainMultiply(spec: ChartSpecDraft, loaded: LoadedData, measure: Measure, issues: LocatedIssue[]): void {
  const chart = underlyingChart(spec, loaded);
  const rate = chart === "u" || chart === "up";
  const denominator = loaded.denominator;
  const file = measure.data?.file ?? measure.events?.file;
  const notice = (kind: MultiplyKind, scale: number) =>
    issues.push({
      ...PLAN_MESSAGES.issue("automatic_multiply", [], { kind, scale: formatScale(scale), denominator }),
      severity: "warning",
      ...(file === undefined ? {} : { file }),
    });
  if (rate && denominator !== null && isCareDays(denominator)) {
    spec.multiply = CARE_DAYS_SCALE;
    notice("care_days", CARE_DAYS_SCALE);
    return;
  }
  const m = spec.multiply;
  if (m === undefined || m === 1) return;
  notice((chart === "p" || chart === "pp") && m === 100 ? "percent" : "scale", m);
}

function rowKey(row: ChartRow, period: Period | undefined): string | null {
  if (typeof row.x !== "string") return null;
  return period === undefined ? row.x : (periodStart(row.x, period) ?? row.x);
}

/** The distinct subgroup keys (ISO dates, floored to the spec's period), sorted. */
function subgroupKeys(data: readonly ChartRow[], period: Period | undefined): string[] {
  const keys = new Set<string>();
  for (const row of data) {
    const key = rowKey(row, period);
    if (key !== null) keys.add(key);
  }
  return [...keys].sort();
}
