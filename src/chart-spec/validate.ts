import { SpcError } from "../errors.js";
import { CHART_KINDS, FUNNEL_RATE_KIND, type ChartKind } from "../charts/index.js";
import { FUNNEL_DEFAULTS, type FunnelOptions } from "../charts/funnel.js";
import { BCUSUM_DEFAULTS, type BernoulliCusumOptions } from "../charts/bernoulli-cusum.js";
import { EWMA_DEFAULTS, type EwmaOptions } from "../charts/ewma.js";
import type { ChartSpec } from "./schema.js";
import type { Centre, ChartType, SigmaSource } from "./chart-types.js";
import { describeValue, IssueList } from "./issues.js";
import { checkTopLevel, SPEC_FIELDS } from "./top-level.js";
import type { Period } from "../calendar.js";
import type { ReferenceLine } from "../types.js";
import { resolveRules } from "../rules/resolve.js";
import type { Convention, Direction, RuleConfig, RuleSetName } from "../rules/types.js";

/** The spec's settings with defaults filled in, and its rows as columns (NaN = missing). */
export interface ValidSpec {
  chart: ChartType;
  kind: ChartKind;
  xType: "number" | "date" | "category" | undefined;
  xLevels: string[] | undefined;
  facetLevels: string[] | undefined;
  /** One list for every facet, or a list per facet label. */
  breaks: number[] | Record<string, number[]> | undefined;
  freeze: number | undefined;
  /** The baseline of each part: its first n subgroups (opt-in, beyond qicharts2). */
  freezeEachPart: number | undefined;
  exclude: number[];
  multiply: number;
  method: "anhoej" | "bestbox" | "cutbox";
  aggregate: "mean" | "median" | "sum" | "sd";
  period: Period | undefined;
  cl: number | undefined;
  /** A known process sigma (qcc `std.dev`), on the unmultiplied scale. */
  sigma: number | undefined;
  /** Fixed limits from an earlier period, on the unmultiplied scale. */
  limits: { lcl?: number | undefined; ucl?: number | undefined } | undefined;
  centre: Centre;
  /** Where sigma comes from; `undefined` = the chart's own default. */
  sigmaFrom: SigmaSource | undefined;
  standardise: boolean;
  /** EWMA's λ and L, defaults filled in. */
  ewma: EwmaOptions;
  /** The Bernoulli CUSUM's p₀, odds ratio, limit and side, defaults filled in. */
  bcusum: BernoulliCusumOptions;
  /** The funnel plot's type, method and overdispersion, defaults filled in. */
  funnel: FunnelOptions;
  target: number | undefined;
  /** Reference lines, defaults filled in. */
  lines: ReferenceLine[];
  yNeg: boolean;
  screenMovingRanges: boolean;
  /** The school whose defaults apply. */
  convention: Convention;
  /** The signal rules, in order of precedence, every parameter filled in. */
  rules: RuleConfig[];
  /** The rule set `rules` came from, or `null` for a custom list. */
  ruleSet: RuleSetName | null;
  direction: Direction;
  /** Which points of a pattern are flagged: the whole pattern (default) or the completing ones (qcc). */
  flagPoints: "whole-pattern" | "completing-point";
  title: string | undefined;
  yLabel: string | undefined;
  xLabel: string | undefined;
  rows: RowColumns;
  /** Top-level fields the spec has that the contract does not know (likely typos). */
  unknownFields: string[];
}

/** The rows of a spec, one entry per row, as parallel columns. */
export interface RowColumns {
  length: number;
  /** x as given; undefined where no row has one. */
  x: (number | string | null | undefined)[];
  /** Rows whose x is null: they belong to no subgroup and are left out, with a warning (as qicharts2 drops NA x). */
  withoutX: number[];
  y: Float64Array;
  /** null when no row has an n. */
  n: Float64Array | null;
  facet: (string | undefined)[] | null;
  note: (string | null)[] | null;
  part: (string | undefined)[] | null;
  /** A target per row (a trajectory), NaN where a row has none; null when no row has one. */
  target: Float64Array | null;
  /** Row fields the contract does not know (likely typos such as `notes`), reported as a warning. */
  unknownFields: string[];
}

// Checked by hand, not with zod: zod would copy a million row objects (~0.4 s) and add 7 kB to a
// browser bundle. `rules` is read by resolveRules(), whose messages name the rule
// (`rules[2]: unknown rule "foo"`).
/** Whether a row field is one the contract knows (a switch: cheaper than a Set lookup on every row). */
function isRowField(key: string): boolean {
  switch (key) {
    case "x":
    case "y":
    case "n":
    case "facet":
    case "note":
    case "part":
    case "target":
      return true;
    default:
      return false;
  }
}

/** A row's number field that may be null (missing, NaN); a value of another kind is an issue (NaN). */
function numberOrNull(value: unknown, row: number, field: string, issues: IssueList): number {
  if (value === null) return Number.NaN;
  if (typeof value !== "number") issues.add(at(row, field), "invalid_type", `must be a number or null, not ${describeValue(value)}`, { expected: "number_or_null", got: describeValue(value) });
  else if (!Number.isFinite(value)) issues.add(at(row, field), "not_finite", `must be a finite number, not ${describeValue(value)}`, { got: describeValue(value) });
  else return value;
  return Number.NaN;
}

/** Where a row's field is, for an issue; made only when there is an issue. */
function at(row: number, field: string): (string | number)[] {
  return ["data", row, field];
}

/**
 * Checks a chart spec and returns its settings with defaults, or throws an SpcError whose issues
 * name each offending field and row (e.g. `data[2].y: a count cannot be negative (C chart)`).
 */
export function validateSpec(input: unknown): ValidSpec {
  const issues = new IssueList();
  if (!checkTopLevel(input, issues)) throw new SpcError(issues.all());
  const spec = input as unknown as ChartSpec & { data: unknown[] };
  const data = spec.data;
  // A funnel plot of rates is a count over exposure: unlike a proportion, y may exceed n.
  const kind = spec.chart === "funnel" && spec.funnel?.type === "rate" ? FUNNEL_RATE_KIND : CHART_KINDS[spec.chart];
  const convention = spec.convention ?? "qicharts2";
  // A cumulative chart (EWMA, CUSUM) runs only the limits rule unless told otherwise: its points are not independent.
  // So does a funnel plot (its units are not a sequence); a Pareto chart has no limits and no rules.
  const defaultRules = spec.chart === "pareto" ? [] : kind.cumulative || kind.units ? ["outside-limits" as const] : undefined;
  const resolved = resolveRules(spec.rules ?? defaultRules, convention, issues);
  checkOptionsForChart(spec, kind, issues);
  const rows = readRows(data as unknown[], kind, issues);
  const funnel: FunnelOptions = {
    type: spec.funnel?.type ?? FUNNEL_DEFAULTS.type,
    method: spec.funnel?.method ?? FUNNEL_DEFAULTS.method,
    overdispersion: spec.funnel?.overdispersion ?? FUNNEL_DEFAULTS.overdispersion,
    trim: spec.funnel?.trim ?? FUNNEL_DEFAULTS.trim,
  };
  if (spec.chart === "funnel") checkWholeDenominators(rows, funnel, issues);
  if (kind.units && rows.part !== null) issues.add(["data"], "not_for_chart", `the ${kind.label}'s rows are units, not a time series: leave out the part labels`);
  if (issues.items.length > 0) throw new SpcError(issues.all());
  return {
    chart: spec.chart,
    kind,
    // A funnel's or Pareto chart's rows are units or categories, whatever their labels look like.
    xType: spec.xType ?? (kind.units ? "category" : undefined),
    xLevels: spec.xLevels as string[] | undefined, // read, never written
    facetLevels: spec.facetLevels as string[] | undefined,
    breaks: spec.breaks as number[] | undefined,
    freeze: spec.freeze,
    freezeEachPart: spec.freezeEachPart,
    exclude: (spec.exclude as number[] | undefined) ?? [],
    multiply: spec.multiply ?? 1,
    method: spec.method ?? "anhoej",
    // A Pareto chart counts: the rows of one category add up.
    aggregate: spec.aggregate ?? (spec.chart === "pareto" ? "sum" : "mean"),
    period: spec.period,
    cl: spec.cl,
    sigma: spec.sigma,
    limits: spec.limits,
    centre: spec.centre ?? "mean",
    sigmaFrom: spec.sigmaFrom,
    standardise: spec.standardise ?? false,
    ewma: { lambda: spec.ewma?.lambda ?? EWMA_DEFAULTS.lambda, width: spec.ewma?.L ?? EWMA_DEFAULTS.width },
    bcusum: {
      p0: spec.bcusum?.p0,
      oddsRatio: spec.bcusum?.oddsRatio ?? BCUSUM_DEFAULTS.oddsRatio,
      limit: spec.bcusum?.limit ?? BCUSUM_DEFAULTS.limit,
      side: spec.bcusum?.side ?? BCUSUM_DEFAULTS.side,
    },
    funnel,
    target: spec.target,
    lines: (spec.lines ?? []).map((line) => ({ value: line.value, label: line.label ?? null, style: line.style ?? "dashed" })),
    yNeg: spec.yNeg ?? true,
    screenMovingRanges: spec.screenMovingRanges ?? true,
    convention,
    rules: resolved.rules,
    ruleSet: resolved.ruleSet,
    direction: spec.direction ?? "neutral",
    flagPoints: spec.flagPoints ?? "whole-pattern",
    title: spec.title,
    yLabel: spec.yLabel,
    xLabel: spec.xLabel,
    rows,
    unknownFields: Object.keys(spec).filter((k) => !SPEC_FIELDS.has(k)),
  };
}

/** Which charts take which sigma sources (the first is the chart's default). */
const SIGMA_SOURCES_BY_CHART: Partial<Record<ChartType, readonly SigmaSource[]>> = {
  xbar: ["sd", "range"],
  i: ["moving-range", "median-moving-range", "median-moving-range-d2"],
};
/** Charts whose sigma can be given: their limits follow from sigma (on P, U, C … they follow from the centre line). */
const KNOWN_SIGMA_CHARTS: readonly ChartType[] = ["i", "xbar", "r", "s", "ewma"];
/** Charts that can be standardised: their sigma comes from the centre line and n. */
const STANDARDISABLE: readonly ChartType[] = ["p", "pp", "u", "up", "c"];

/**
 * The options that only some charts understand: a spec that asks for one on another chart is
 * refused with code `not_for_chart`, rather than the option being silently ignored.
 */
function checkOptionsForChart(spec: ChartSpec, kind: ChartKind, issues: IssueList): void {
  const chart = spec.chart;
  const name = kind.label;
  if (spec.freeze !== undefined && spec.freezeEachPart !== undefined) {
    issues.add(["freezeEachPart"], "freeze_twice", "give either freeze (the facet's first subgroups) or freezeEachPart (each part's first subgroups), not both");
  }
  if (spec.centre !== undefined && spec.centre !== "mean" && chart !== "i") {
    issues.add(["centre"], "not_for_chart", `a median centre line is for I charts only (this is the ${name})`);
  }
  if (spec.sigmaFrom !== undefined) {
    const allowed = SIGMA_SOURCES_BY_CHART[chart];
    if (!allowed) issues.add(["sigmaFrom"], "not_for_chart", `sigmaFrom is for Xbar and I charts; the ${name} has one way to estimate sigma`);
    else if (!allowed.includes(spec.sigmaFrom)) {
      issues.add(["sigmaFrom"], "not_for_chart", `the ${name} takes sigmaFrom ${allowed.map((a) => JSON.stringify(a)).join(" or ")}, not ${JSON.stringify(spec.sigmaFrom)}`);
    }
  }
  if (spec.sigma !== undefined && !KNOWN_SIGMA_CHARTS.includes(chart)) {
    issues.add(["sigma"], "not_for_chart", `a known sigma is for I, Xbar, R, S and EWMA charts; on the ${name} sigma follows from the centre line`);
  }
  if (spec.sigma !== undefined && spec.sigmaFrom !== undefined && SIGMA_SOURCES_BY_CHART[chart]) {
    issues.add(["sigmaFrom"], "sigma_twice", "sigma is given, so it is not estimated from the data: leave out sigmaFrom");
  }
  if (spec.limits !== undefined && !kind.hasLimits) issues.add(["limits"], "not_for_chart", `the ${name} has no control limits`);
  if (kind.units) {
    for (const key of ["breaks", "freeze", "freezeEachPart"] as const) {
      if (spec[key] !== undefined) issues.add([key], "not_for_chart", `the ${name}'s rows are units, not a time series: it has no parts or baseline`);
    }
  }
  if (chart === "pareto") {
    for (const key of ["cl", "sigma", "target"] as const) if (spec[key] !== undefined) issues.add([key], "not_for_chart", `the ${name} has no centre line, limits or target`);
  }
  for (const own of ["ewma", "bcusum", "funnel"] as const) {
    if (spec[own] !== undefined && chart !== own) issues.add([own], "not_for_chart", `${own} options are for the ${CHART_KINDS[own].label} (this is the ${name})`);
  }
  if (chart === "bcusum") {
    if (spec.cl !== undefined) issues.add(["cl"], "not_for_chart", "the centre line is 0: give the expected risk as bcusum.p0");
    if (spec.limits !== undefined) issues.add(["limits"], "not_for_chart", "the limit is bcusum.limit");
  }
  if (chart === "ewma" && spec.limits !== undefined) issues.add(["limits"], "not_for_chart", "an EWMA chart's limits vary with i: give cl and sigma instead");
  if (spec.standardise === true) {
    if (!STANDARDISABLE.includes(chart)) issues.add(["standardise"], "not_for_chart", `standardised charts are P, P′, U, U′ and C charts (this is the ${name})`);
    if (spec.multiply !== undefined && spec.multiply !== 1) issues.add(["multiply"], "not_for_chart", "a standardised chart plots z-scores: multiply does not apply");
    if (spec.limits !== undefined) issues.add(["limits"], "not_for_chart", "a standardised chart's limits are -3 and 3: leave out limits");
  }
}

/**
 * Exact binomial limits count cases: a funnel plot of proportions needs whole denominators
 * (FunnelPlotR's arcsine limits, `method: "funnelplotr"`, take any).
 */
function checkWholeDenominators(rows: RowColumns, funnel: FunnelOptions, issues: IssueList): void {
  if (funnel.type !== "proportion" || funnel.method !== "exact" || rows.n === null) return;
  for (let i = 0; i < rows.length; i++) {
    const v = rows.n[i] as number;
    if (Number.isFinite(v) && !Number.isInteger(v)) issues.add(at(i, "n"), "not_integer", `must be a whole number of cases for exact binomial limits, not ${v} (funnel.method "funnelplotr" takes any denominator)`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}


function readRows(data: unknown[], kind: ChartKind, issues: IssueList): RowColumns {
  const length = data.length;
  const x: (number | string | null | undefined)[] = new Array(length);
  const y = new Float64Array(length);
  // Which optional columns any row has, in one pass (the columns are made only for those).
  let hasN = false;
  let hasFacet = false;
  let hasNote = false;
  let hasPart = false;
  let hasX = false;
  let hasTarget = false;
  for (let i = 0; i < length; i++) {
    const row = data[i];
    if (!isObject(row)) continue;
    if (row.n !== undefined) hasN = true;
    if (row.facet !== undefined) hasFacet = true;
    if (row.note !== undefined && row.note !== null) hasNote = true;
    if (row.part !== undefined) hasPart = true;
    if (row.x !== undefined && row.x !== null) hasX = true;
    if (row.target !== undefined && row.target !== null) hasTarget = true;
  }
  const n = hasN ? new Float64Array(length) : null;
  const facet = hasFacet ? new Array<string | undefined>(length) : null;
  const note = hasNote ? new Array<string | null>(length) : null;
  const part = hasPart ? new Array<string | undefined>(length) : null;
  const target = hasTarget ? new Float64Array(length).fill(Number.NaN) : null;

  if (kind.needsDenominator && !hasN) {
    issues.add(["data"], "missing_denominator", `a ${kind.label} needs a denominator n on every row`, { chart: kind.label });
  }
  const unknownRowFields = new Set<string>();
  const withoutX: number[] = [];

  for (let i = 0; i < length; i++) {
    const row = data[i];
    if (!isObject(row)) {
      issues.add(["data", i], "invalid_type", `must be an object with at least y, not ${describeValue(row)}`, { expected: "row_object", got: describeValue(row) });
      continue;
    }
    // x
    const xv = row.x;
    if (xv === undefined) {
      if (hasX) issues.add(at(i, "x"), "missing_x", "missing, but other rows have x (give every row an x, or none; null leaves the row out)", {});
    } else if (xv === null) {
      withoutX.push(i);
    } else if (typeof xv === "number" ? !Number.isFinite(xv) : typeof xv !== "string" && !(xv instanceof Date)) {
      issues.add(at(i, "x"), "invalid_type", `must be a finite number, a string or a Date, not ${describeValue(xv)}`, { expected: "number_or_string", got: describeValue(xv) });
    }
    x[i] = xv instanceof Date ? dateX(xv, i, issues) : (xv as number | string | null | undefined);
    // y
    const yv = row.y;
    let yNum = Number.NaN;
    if (yv === undefined) issues.add(at(i, "y"), "missing_y", "required (use null for a missing value)", {});
    else yNum = numberOrNull(yv, i, "y", issues);
    y[i] = yNum;
    // n
    let nNum = Number.NaN;
    if (n) {
      const nv = row.n;
      if (nv === undefined) issues.add(at(i, "n"), "missing_n", "missing, but other rows have n (use null for a missing value)", {});
      else nNum = numberOrNull(nv, i, "n", issues);
      if (nNum < 0) {
        issues.add(at(i, "n"), "negative_denominator", `a denominator cannot be negative (${nNum})`, { value: nNum });
        nNum = Number.NaN;
      }
      n[i] = nNum;
    }
    // chart-specific meaning of y
    if (!Number.isNaN(yNum)) {
      if (kind.binary && yNum !== 0 && yNum !== 1) {
        issues.add(at(i, "y"), "not_binary", `must be 0 or 1 (one case per row: 1 = the event happened), not ${yNum} (${kind.label})`, { value: yNum, chart: kind.label });
      } else if (kind.countLike && yNum < 0) issues.add(at(i, "y"), "negative_count", `a count cannot be negative (${kind.label})`, { chart: kind.label });
      else if (kind.positive && yNum <= 0) {
        issues.add(at(i, "y"), "time_not_positive", `time between events must be greater than zero (${kind.label}), not ${yNum}`, { chart: kind.label, value: yNum, subgroup: false });
      } else if (!Number.isNaN(nNum)) {
        if (kind.proportion && yNum > nNum) {
          issues.add(at(i, "y"), "numerator_above_denominator", `the numerator ${yNum} is larger than its denominator ${nNum} (${kind.label})`, { y: yNum, n: nNum, chart: kind.label });
        } else if (nNum === 0 && yNum !== 0) {
          issues.add(at(i, "n"), "zero_denominator", `the denominator is 0 but the numerator is ${yNum}`, { y: yNum });
        }
      }
    }
    // labels
    if (facet) {
      const fv = row.facet;
      if (typeof fv !== "string") issues.add(at(i, "facet"), "invalid_type", fv === undefined ? "missing, but other rows have a facet" : `must be a string, not ${describeValue(fv)}`, { expected: "facet", got: fv === undefined ? null : describeValue(fv) });
      facet[i] = fv as string | undefined;
    }
    if (note) {
      const nv = row.note;
      if (nv !== undefined && nv !== null && typeof nv !== "string") issues.add(at(i, "note"), "invalid_type", `must be a string or null, not ${describeValue(nv)}`, { expected: "string_or_null", got: describeValue(nv) });
      note[i] = typeof nv === "string" ? nv : null;
    }
    if (part) {
      const pv = row.part;
      if (typeof pv !== "string") issues.add(at(i, "part"), "invalid_type", pv === undefined ? "missing, but other rows have a part label" : `must be a string, not ${describeValue(pv)}`, { expected: "part", got: pv === undefined ? null : describeValue(pv) });
      part[i] = pv as string | undefined;
    }
    if (target) {
      // A row without a target (undefined or null) falls back to the spec's single target.
      if (row.target !== undefined) target[i] = numberOrNull(row.target, i, "target", issues);
    }
    for (const key in row) if (!isRowField(key)) unknownRowFields.add(key);
  }
  return { length, x, withoutX, y, n, facet, note, part, target, unknownFields: [...unknownRowFields] };
}

/**
 * A `Date` as x: the ISO date it falls on, when it is midnight UTC (what `new Date("2024-01-31")`
 * and `Date.UTC(2024, 0, 31)` make). Any other time of day is an issue, not a silent rounding:
 * `new Date(2024, 0, 31)` is midnight in the machine's time zone, which in Norway is 23:00 UTC
 * the day before, and rounding either way would move points between days on some machines.
 */
function dateX(value: Date, row: number, issues: IssueList): string | undefined {
  const time = value.getTime();
  if (time % 86_400_000 === 0) return value.toISOString().slice(0, -14); // NaN % d is NaN: an invalid Date falls through
  if (Number.isNaN(time)) issues.add(at(row, "x"), "invalid_date", `"Invalid Date" is not a date (expected YYYY-MM-DD)`, { value: "Invalid Date", iso: null, timeOfDay: false });
  else issues.add(at(row, "x"), "date_time_of_day", `the Date ${value.toISOString()} is not at midnight UTC (use Date.UTC or "YYYY-MM-DD")`, { value: value.toISOString() });
  return undefined;
}
