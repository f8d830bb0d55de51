import * as z from "zod/mini";
import { CHARTS_NEEDING_N, CONVENTION_NAMES, DIRECTIONS, RULE_IDS, RULE_SET_NAMES, type ChartNeedingN } from "../vocabulary.js";
import { CENTRES, CHART_TYPES, REFERENCE_LINE_STYLES, SIGMA_SOURCES } from "./chart-types.js";

// The chart spec as a zod/mini schema: the JSON Schema for editors (spc schema) and for
// spc-charts/schema users. compute() checks the same rules by hand (top-level.ts, validate.ts)
// to keep zod out of the root bundle; test/compute/schema-agreement.test.ts keeps them in step.

export { CENTRES, CHART_TYPES, SIGMA_SOURCES, type Centre, type ChartType, type SigmaSource } from "./chart-types.js";

const finiteNumber = z.number().check(z.refine(Number.isFinite, { message: "must be a finite number" }));
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;
const optional = <T extends z.ZodMiniType>(schema: T, description: string) => z.optional(described(schema, description));

/**
 * A `Date` as x, from JavaScript callers: midnight UTC is that day; any other time of day is the
 * issue `date_time_of_day` (compute() checks it; see src/chart-spec/validate.ts). JSON has no dates, so
 * the JSON Schema leaves this branch out (json-schema.ts): files write `"YYYY-MM-DD"`.
 */
export const dateXSchema = z.date().check(
  z.refine((d: Date) => d.getTime() % 86_400_000 === 0, { message: "a Date x must be at midnight UTC (new Date(Date.UTC(year, monthIndex, day)))" }),
);

/** One observation. */
export const rowSchema = z.object({
  x: optional(z.union([finiteNumber, z.string(), z.null(), dateXSchema]), "subgroup key: number, ISO date or category label; null leaves the row out (with a warning)"),
  y: described(z.nullable(finiteNumber), "value (numerator for p/u/…, raw observation for xbar/s); null = missing"),
  n: optional(z.nullable(finiteNumber), "denominator (p, pp, u, up, ip); null = missing"),
  facet: optional(z.string(), "one chart per facet value"),
  note: optional(z.nullable(z.string()), "annotation for the subgroup"),
  part: optional(z.string(), "part label: a new part starts where it changes"),
  target: optional(z.nullable(finiteNumber), "the target for this subgroup (a trajectory, drawn as a step line); null or absent: the spec's target"),
});

const position = z.int().check(z.describe("1-based subgroup position"));

const ruleEntry = z.union([
  described(z.enum(RULE_IDS), "a rule id, with its default parameters"),
  described(
    z.object({
      rule: described(z.enum(RULE_IDS), "the rule's id"),
      n: optional(z.int().check(z.minimum(1), z.maximum(1000)), "shift, trend, alternating, stratification, mixture: points in a row (shift: from 1, trend: from 2, as PowerBI-SPC; the others from 2)"),
      onLine: optional(z.enum(["break", "skip"]), "shift: a point on the centre line breaks the run or is skipped"),
      ties: optional(z.enum(["break", "skip"]), "trend: equal neighbours break the trend or are skipped"),
      sides: optional(z.enum(["both", "any"]), "stratification: the run needs points on both sides of the centre line (default) or, as qcc's Nelson 7, any side"),
      variant: optional(z.enum(["standard", "mdc"]), "two-of-three, trend: Western Electric/Nelson or Making Data Count"),
    }),
    "a rule with parameters, e.g. { \"rule\": \"shift\", \"n\": 7 }",
  ),
]);

/**
 * The zod schema of a chart spec (contract v1, `shared/design/chart-spec.md`).
 * Fields beyond the contract (`title`, `yLabel`, `xLabel`) are presentation only.
 */
export const chartSpecSchema = z
  .object({
  chart: described(z.enum(CHART_TYPES), "chart type"),
  data: described(z.array(rowSchema), "one row per observation"),
  xType: optional(z.enum(["number", "date", "category"]), "how to read x (inferred when absent)"),
  xLevels: optional(z.array(z.string()), "order of category x"),
  facetLevels: optional(z.array(z.string()), "order of the facets (e.g. the units in sheet order); facets not listed follow, sorted"),
  breaks: optional(
    z.union([z.array(position), z.record(z.string(), z.array(position))]),
    "a new part starts after each of these 1-based subgroup positions; or one list per facet, e.g. { \"Avd A\": [12] }",
  ),
  freeze: optional(position, "centre line and limits from the first `freeze` subgroups only"),
  freezeEachPart: optional(
    z.int().check(z.minimum(1)),
    "centre line and limits of each part from its first n subgroups (an opt-in; qicharts2 ignores freeze when there are parts)",
  ),
  exclude: optional(z.array(position), "1-based subgroup positions left out of the calculations"),
  multiply: optional(finiteNumber.check(z.refine((m: number) => m !== 0, { message: "must not be zero" })), "scale y, centre line and limits"),
  method: optional(z.enum(["anhoej", "bestbox", "cutbox"]), "runs analysis rule"),
  aggregate: optional(z.enum(["mean", "median", "sum", "sd"]), "how several y of one subgroup are combined"),
  period: optional(z.enum(["day", "week", "month", "quarter", "year"]), "floor date x to this period before grouping"),
  cl: optional(finiteNumber, "a known centre line, on the unmultiplied scale"),
  sigma: optional(
    finiteNumber.check(z.refine((v: number) => v > 0, { message: "must be greater than zero" })),
    "a known process sigma (qcc std.dev), on the unmultiplied scale: i, xbar, r and s charts",
  ),
  limits: optional(
    z
      .strictObject({
        lcl: optional(finiteNumber, "lower control limit"),
        ucl: optional(finiteNumber, "upper control limit"),
      })
      .check(
        z.refine((l: { lcl?: number | undefined; ucl?: number | undefined }) => l.lcl !== undefined || l.ucl !== undefined, { message: "needs lcl, ucl or both" }),
        z.refine((l: { lcl?: number | undefined; ucl?: number | undefined }) => l.lcl === undefined || l.ucl === undefined || l.lcl < l.ucl, { message: "lcl must be below ucl" }),
      ),
    "fixed control limits from an earlier period, on the unmultiplied scale; the 2- and 1-sigma lines are spaced evenly between them and the centre line",
  ),
  centre: optional(z.enum(CENTRES), "I chart: centre line at the mean (default) or the median"),
  sigmaFrom: optional(
    z.enum(SIGMA_SOURCES),
    "xbar: sd (default) or range; i: moving-range (default), median-moving-range (Wheeler, 3.145 x median MR) or median-moving-range-d2 (PowerBI-SPC i_mm, median MR / 1.128)",
  ),
  ewma: optional(
    z.strictObject({
      lambda: optional(finiteNumber.check(z.refine((v: number) => v > 0 && v <= 1, { message: "must be above 0 and at most 1" })), "weight of the newest subgroup, 0 < λ ≤ 1 (default 0.2)"),
      L: optional(finiteNumber.check(z.refine((v: number) => v > 0, { message: "must be greater than zero" })), "width of the limits in sigmas of the EWMA (default 3)"),
    }),
    "EWMA chart (qcc): λ and L",
  ),
  bcusum: optional(
    z.strictObject({
      p0: optional(finiteNumber.check(z.refine((v: number) => v > 0 && v < 1, { message: "must be above 0 and below 1" })), "expected risk; default: the event rate of the baseline cases"),
      oddsRatio: optional(
        finiteNumber.check(z.refine((v: number) => v > 0 && v !== 1, { message: "must be greater than zero and not 1" })),
        "odds ratio of the smallest change worth detecting (qicharts2 `or`, default 2)",
      ),
      limit: optional(finiteNumber.check(z.refine((v: number) => v > 0, { message: "must be greater than zero" })), "decision limit h (default 3.5)"),
      side: optional(z.enum(["upper", "lower"]), "upper: look for a rise in the event rate (default); lower: for a fall"),
    }),
    "Bernoulli CUSUM (qicharts2 bchart): p0, oddsRatio, limit, side",
  ),
  funnel: optional(
    z.strictObject({
      type: optional(z.enum(["proportion", "rate"]), "proportion: y events among n cases (binomial, default); rate: y events over n exposure or expected (Poisson)"),
      method: optional(z.enum(["exact", "funnelplotr"]), "exact: Spiegelhalter's interpolated exact quantiles (default); funnelplotr: FunnelPlotR's chi-square / arcsine limits"),
      overdispersion: optional(z.enum(["none", "multiplicative", "additive"]), "none (default); multiplicative: variance x phi; additive: between-unit tau2 (random effects, as FunnelPlotR)"),
      trim: optional(finiteNumber.check(z.refine((v: number) => v >= 0 && v < 0.5, { message: "must be at least 0 and below 0.5" })), "share of z-scores winsorised at each end before estimating overdispersion (default 0.1)"),
    }),
    "funnel plot (Spiegelhalter 2005, FunnelPlotR): type, method, overdispersion, trim",
  ),
  standardise: optional(z.boolean(), "p, pp, u, up, c: plot z-scores (y - cl) / sigma with centre 0 and limits -3 and 3"),
  target: optional(finiteNumber, "target line, returned as given"),
  lines: optional(
    z.array(
      z.strictObject({
        value: described(finiteNumber, "where the line is, on the plotted scale (as target)"),
        label: optional(z.string(), "words for the legend and the value label, e.g. \"Krav\""),
        style: optional(z.enum(REFERENCE_LINE_STYLES), "dashed (default), dotted or solid"),
      }),
    ),
    "reference lines: a second target, a specification or action limits, e.g. [{ \"value\": 95, \"label\": \"Krav\" }]",
  ),
  yNeg: optional(z.boolean(), "false: clamp lower limits at 0 when all y >= 0"),
  screenMovingRanges: optional(z.boolean(), "drop moving ranges >= 3.267 x their mean once before estimating sigma"),
  convention: optional(z.enum(CONVENTION_NAMES), "a school's bundle of defaults: qicharts2 (Anhøj, default) or mdc (NHS Making Data Count)"),
  rules: optional(
    z.union([z.enum(RULE_SET_NAMES), z.array(ruleEntry)]),
    "which signal rules to run: a rule-set name, or a list of rules in order of precedence (default: the convention's set)",
  ),
  flagPoints: optional(
    z.enum(["whole-pattern", "completing-point"]),
    "which points of a pattern carry its signal: all of them (default) or, as qcc, those at which it is complete (from the n-th point of a run on)",
  ),
  direction: optional(z.enum(DIRECTIONS), "which way is better (default neutral): decides improvement or concern"),
  title: optional(z.string(), "chart title"),
  yLabel: optional(z.string(), "y axis label"),
  xLabel: optional(z.string(), "x axis label"),
  })
  .check(
    // As compute() does (missing_denominator, missing_n): p, pp, u, up and np need n on every
    // row (null for a missing value). The TypeScript type says the same: see ChartSpec.
    z.refine((spec: { chart: string; data: { n?: unknown }[] }) => !needsN(spec.chart) || spec.data.every((row) => row.n !== undefined), {
      message: "a P, P′, U, U′ or NP chart or a funnel plot needs a denominator n on every row (null for a missing value)",
      path: ["data"],
    }),
  );

function needsN(chart: string): chart is ChartNeedingN {
  return (CHARTS_NEEDING_N as readonly string[]).includes(chart);
}

/** Makes every array and object in `T` readonly, so that input written `as const` is accepted (a `Date` stays a `Date`). */
export type DeepReadonly<T> = T extends Date
  ? T
  : T extends readonly (infer E)[]
    ? readonly DeepReadonly<E>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * A chart spec being built field by field (the adapters, the plan, tests): mutable, and `chart`
 * not yet tied to its rows. Hand it on as a {@link ChartSpec} once built (`draft as ChartSpec`):
 * compute() checks every spec at run time, whatever its type said.
 */
export type ChartSpecDraft = z.input<typeof chartSpecSchema>;
/** One observation of a {@link ChartSpecDraft}: mutable. */
export type ChartRowDraft = z.input<typeof rowSchema>;

// The public types a spec is written with are written out, documented field by field for the API
// reference; test/types/chart-spec-fields.test-d.ts keeps them in step with the schema above.
export type { ChartRow, ChartRowWithN, ChartSpec, ChartSpecFor, ChartSpecOptions, ReferenceLineSpec, RuleWithParameters } from "./spec-types.js";
