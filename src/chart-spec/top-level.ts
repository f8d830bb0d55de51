import { CENTRES, CHART_TYPES, REFERENCE_LINE_STYLES, SIGMA_SOURCES } from "./chart-types.js";
import { describeValue, type IssueList } from "./issues.js";
import { CONVENTION_NAMES, DIRECTIONS } from "../rules/types.js";

/**
 * The chart spec's top-level fields, checked by hand. Why not zod here: zod is 7 kB of a
 * browser bundle that must stay small, and these checks are a dozen lines; the zod schema in
 * schema.ts still describes the same spec for the JSON Schema and for `spc-charts/schema`, and
 * a property test holds the two to the same answers.
 */

type Check = (value: unknown, path: (string | number)[], issues: IssueList) => void;


const oneOf =
  (values: readonly string[]): Check =>
  (value, path, issues) => {
    if (typeof value !== "string" || !values.includes(value)) {
      issues.add(path, "invalid_value", `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}`, { values, got: null });
    }
  };

const finite: Check = (value, path, issues) => {
  if (typeof value !== "number") issues.add(path, "invalid_type", `must be a number, not ${describeValue(value)}`, { expected: "number", got: describeValue(value) });
  else if (!Number.isFinite(value)) issues.add(path, "not_finite", "must be a finite number", { got: null });
};

const position: Check = (value, path, issues) => {
  if (typeof value !== "number") issues.add(path, "invalid_type", `must be a number, not ${describeValue(value)}`, { expected: "number", got: describeValue(value) });
  else if (!Number.isInteger(value)) issues.add(path, "not_integer", "must be a whole number", {});
  // Beyond 2^53 integers are no longer exact (and zod's int() rejects them too).
  else if (!Number.isSafeInteger(value)) issues.add(path, "too_big", "is too large to be a position in the series", {});
};

const text: Check = (value, path, issues) => {
  if (typeof value !== "string") issues.add(path, "invalid_type", `must be a string, not ${describeValue(value)}`, { expected: "string", got: describeValue(value) });
};

const bool: Check = (value, path, issues) => {
  if (typeof value !== "boolean") issues.add(path, "invalid_type", `must be true or false, not ${describeValue(value)}`, { expected: "boolean", got: describeValue(value) });
};

const listOf =
  (item: Check): Check =>
  (value, path, issues) => {
    if (!Array.isArray(value)) issues.add(path, "invalid_type", `must be a list, not ${describeValue(value)}`, { expected: "list", got: describeValue(value) });
    else value.forEach((v, i) => item(v, [...path, i], issues));
  };

const nonZero: Check = (value, path, issues) => {
  finite(value, path, issues);
  if (value === 0) issues.add(path, "zero", "must not be zero", {});
};

const positive: Check = (value, path, issues) => {
  finite(value, path, issues);
  if (typeof value === "number" && Number.isFinite(value) && !(value > 0)) issues.add(path, "not_positive", "must be greater than zero");
};

/** `limits`: `{ lcl, ucl }` from an earlier period, at least one of them, lcl below ucl. */
const fixedLimits: Check = (value, path, issues) => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    issues.add(path, "invalid_type", `must be an object such as { "lcl": 2, "ucl": 9 }, not ${describeValue(value)}`);
    return;
  }
  const limits = value as Record<string, unknown>;
  for (const key of Object.keys(limits)) {
    if (key !== "lcl" && key !== "ucl") issues.add([...path, key], "unknown_field", "is not a limit (use lcl and ucl)");
  }
  if (limits.lcl === undefined && limits.ucl === undefined) issues.add(path, "missing_limits", "needs lcl, ucl or both");
  if (limits.lcl !== undefined) finite(limits.lcl, [...path, "lcl"], issues);
  if (limits.ucl !== undefined) finite(limits.ucl, [...path, "ucl"], issues);
  if (typeof limits.lcl === "number" && typeof limits.ucl === "number" && !(limits.lcl < limits.ucl)) {
    issues.add(path, "limits_out_of_order", `lcl (${limits.lcl}) must be below ucl (${limits.ucl})`);
  }
};

/** `breaks`: one list of positions for every facet, or a list per facet: `{ "Avd A": [12] }`. */
const breakPositions: Check = (value, path, issues) => {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const [facet, list] of Object.entries(value)) listOf(position)(list, [...path, facet], issues);
    return;
  }
  if (!Array.isArray(value)) {
    issues.add(path, "invalid_type", `must be a list of positions, or one list per facet, not ${describeValue(value)}`, { expected: "list", got: describeValue(value) });
    return;
  }
  listOf(position)(value, path, issues);
};

const positiveWhole: Check = (value, path, issues) => {
  position(value, path, issues);
  if (typeof value === "number" && Number.isSafeInteger(value) && value < 1) issues.add(path, "not_positive", "must be greater than zero");
};

/** An object of named fields, each with its own check; other fields are refused. */
const fields =
  (checks: Record<string, Check>, example: string): Check =>
  (value, path, issues) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      issues.add(path, "invalid_type", `must be an object such as ${example}, not ${describeValue(value)}`, { expected: "object_fields", got: describeValue(value) });
      return;
    }
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const check = checks[key];
      if (!check) issues.add([...path, key], "unknown_field", `is not one of ${Object.keys(checks).join(", ")}`);
      else if (v !== undefined) check(v, [...path, key], issues);
    }
  };

/** One entry of `lines`: a value, with an optional label and style. */
const referenceLine: Check = (value, path, issues) => {
  fields({ value: finite, label: text, style: oneOf(REFERENCE_LINE_STYLES) }, '{ "value": 95, "label": "Krav" }')(value, path, issues);
  if (typeof value === "object" && value !== null && !Array.isArray(value) && (value as Record<string, unknown>).value === undefined) {
    issues.add([...path, "value"], "missing_line_value", "required: the value where the line is drawn", {});
  }
};

/** A finite number in an interval; `open` ends exclude their bound. */
const between =
  (low: number, high: number, lowOpen: boolean, highOpen: boolean): Check =>
  (value, path, issues) => {
    finite(value, path, issues);
    if (typeof value !== "number" || !Number.isFinite(value)) return;
    const above = lowOpen ? value > low : value >= low;
    const below = highOpen ? value < high : value <= high;
    if (!above || !below) issues.add(path, "out_of_range", `must be ${lowOpen ? "above" : "at least"} ${low} and ${highOpen ? "below" : "at most"} ${high}, not ${value}`, { low, high });
  };

const oddsRatio: Check = (value, path, issues) => {
  positive(value, path, issues);
  if (value === 1) issues.add(path, "out_of_range", "must not be 1 (an odds ratio of 1 is no change to detect)", { low: 0, high: Infinity });
};

/** The optional fields and their checks; `chart` and `data` are required; `rules` is read by resolveRules(). */
const OPTIONAL: Record<string, Check> = {
  xType: oneOf(["number", "date", "category"]),
  xLevels: listOf(text),
  facetLevels: listOf(text),
  breaks: breakPositions,
  freeze: position,
  freezeEachPart: positiveWhole,
  exclude: listOf(position),
  multiply: nonZero,
  method: oneOf(["anhoej", "bestbox", "cutbox"]),
  aggregate: oneOf(["mean", "median", "sum", "sd"]),
  period: oneOf(["day", "week", "month", "quarter", "year"]),
  cl: finite,
  sigma: positive,
  limits: fixedLimits,
  centre: oneOf(CENTRES),
  sigmaFrom: oneOf(SIGMA_SOURCES),
  standardise: bool,
  ewma: fields({ lambda: between(0, 1, true, false), L: positive }, '{ "lambda": 0.2, "L": 3 }'),
  bcusum: fields(
    { p0: between(0, 1, true, true), oddsRatio, limit: positive, side: oneOf(["upper", "lower"]) },
    '{ "p0": 0.05, "oddsRatio": 2, "limit": 3.5 }',
  ),
  funnel: fields(
    { type: oneOf(["proportion", "rate"]), method: oneOf(["exact", "funnelplotr"]), overdispersion: oneOf(["none", "multiplicative", "additive"]), trim: between(0, 0.5, false, true) },
    '{ "type": "proportion", "overdispersion": "additive" }',
  ),
  target: finite,
  lines: listOf(referenceLine),
  yNeg: bool,
  screenMovingRanges: bool,
  convention: oneOf(CONVENTION_NAMES),
  direction: oneOf(DIRECTIONS),
  flagPoints: oneOf(["whole-pattern", "completing-point"]),
  title: text,
  yLabel: text,
  xLabel: text,
};

/** Every top-level field the spec knows; others are reported as likely typos. */
export const SPEC_FIELDS: ReadonlySet<string> = new Set(["chart", "data", "rules", ...Object.keys(OPTIONAL)]);

/**
 * Checks the top level of a spec (everything but the rows of `data` and the entries of `rules`)
 * and adds an issue per problem, each with its path.
 *
 * @example
 * ```ts
 * const issues = new IssueList();
 * checkTopLevel({ chart: "pie", data: [] }, issues); // chart: must be one of "run", "i", …
 * ```
 */
export function checkTopLevel(input: unknown, issues: IssueList): input is Record<string, unknown> & { data: unknown[] } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    issues.add([], "invalid_type", `a chart spec must be an object, not ${describeValue(input)}`, { expected: "spec_object", got: describeValue(input) });
    return false;
  }
  const spec = input as Record<string, unknown>;
  oneOf(CHART_TYPES)(spec.chart, ["chart"], issues);
  if (!Array.isArray(spec.data)) issues.add(["data"], "invalid_type", `must be a list, not ${describeValue(spec.data)}`, { expected: "list", got: describeValue(spec.data) });
  // for…in rather than Object.entries(): the same order, without a pair array per field on every compute().
  for (const field in OPTIONAL) {
    if (spec[field] !== undefined) OPTIONAL[field]!(spec[field], [field], issues);
  }
  return issues.items.length === 0;
}
