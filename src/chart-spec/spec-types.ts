import type { ChartNeedingN, ChartType, Convention, Direction, RuleId, RuleSetName } from "../vocabulary.js";

// The chart spec as TypeScript types, written out field by field so that the API reference
// (typedoc) shows every field with its meaning, default and charts. The zod schema in schema.ts
// stays the runtime truth; test/types/chart-spec-fields.test-d.ts checks, field by field and
// in both directions, that these interfaces and the schema's input type agree, so adding an
// option to one and not the other fails `tsc`. Every field is readonly (a spec written
// `as const` fits) and optional ones take `undefined` as zod's input type does. Object type
// aliases rather than interfaces: a spec stays assignable to `Record<string, unknown>` (an
// interface has no implicit index signature), as it was when these types came from zod.

/**
 * One observation of a chart spec (a row of `data`). Rows sharing an `x` (within a facet) form
 * one subgroup. Readonly, so rows written `as const` fit. See docs/chart-spec.md, "Fields".
 *
 * @example
 * ```ts
 * const row: ChartRow = { x: "2024-01-01", y: 9, n: 12, note: "Ny sjekkliste" };
 * ```
 *
 * @interface
 */
export type ChartRow = {
  /**
   * The subgroup key: a number, an ISO date `"YYYY-MM-DD"`, another string (a category label),
   * or, from JavaScript, a `Date` at midnight UTC (it comes back as `"YYYY-MM-DD"`; any other
   * time of day is the issue `date_time_of_day`, never rounded). `null` leaves the row out, with
   * the warning `rows-without-x`. Absent: the row's position 1..N. How x is read: the spec's
   * {@link ChartSpecOptions.xType | xType}.
   */
  readonly x?: number | string | null | Date | undefined;
  /**
   * The value: a count or numerator on P, P′, U, U′, NP and C charts, a raw observation on Xbar,
   * S and R charts (the subgroup's rows are combined), a measurement on run and I charts, days
   * or cases between events on T and G charts. `null` marks a missing value (kept as a gap,
   * with the warning `missing-values`). Finite numbers only.
   */
  readonly y: number | null;
  /**
   * The denominator: required on every row of P, P′, U, U′ and NP charts and funnel plots
   * (the NP chart's subgroup size), where `null` marks a missing value ({@link ChartRowWithN});
   * an optional weight on I′ charts; not read elsewhere.
   */
  readonly n?: number | null | undefined;
  /**
   * The facet (unit, ward, team) the row belongs to: one chart per facet value, each with its
   * own centre line, limits and runs analysis. Order: the spec's
   * {@link ChartSpecOptions.facetLevels | facetLevels}, else sorted.
   */
  readonly facet?: string | undefined;
  /**
   * An annotation for the row's subgroup (e.g. a PDSA change), drawn on the chart; several
   * notes in one subgroup are joined with `" | "`. `null` or absent: no note.
   */
  readonly note?: string | null | undefined;
  /**
   * A part label (e.g. `"Før"`, `"Etter"`): a new part, with its own centre line, limits and
   * runs analysis, starts where the label first changes within a facet; an alternative to the
   * spec's {@link ChartSpecOptions.breaks | breaks}. See docs/baselines.md.
   */
  readonly part?: string | undefined;
  /**
   * The target for this subgroup, on the plotted scale (not multiplied): a trajectory, drawn as
   * a step line (NHSRplotthedots' target column, qicharts2's target vector). A subgroup of
   * several rows takes the first of its rows that has one; `null` or absent falls back to the
   * spec's {@link ChartSpecOptions.target | target}. See docs/targets.md.
   */
  readonly target?: number | null | undefined;
};

/**
 * One observation of a P, P′, U, U′ or NP chart or a funnel plot: `n` is required (the
 * denominator, or the NP chart's subgroup size); `null` marks it missing.
 *
 * @example
 * ```ts
 * const row: ChartRowWithN = { x: "2024-01-01", y: 9, n: 12 };
 * ```
 */
export type ChartRowWithN = ChartRow & {
  /** The denominator (the NP chart's subgroup size), on every row; `null` marks a missing value. */
  readonly n: number | null;
};

/**
 * Every field of a chart spec other than `chart` and `data`: the analysis choices, all optional.
 * Positions (`breaks`, `freeze`, `exclude`) are 1-based subgroup positions after sorting by x
 * and grouping, within a facet and across parts, as qicharts2 counts them. Options that only
 * some charts understand are refused on the others (issue `not_for_chart`), never silently
 * ignored. docs/chart-spec.md ("Fields") has the same list as a table.
 *
 * @example
 * ```ts
 * const options: ChartSpecOptions = { title: "Fall per 1000 liggedøgn", multiply: 1000, freeze: 12, direction: "decrease" };
 * ```
 *
 * @interface
 */
export type ChartSpecOptions = {
  /**
   * How to read x. Default: inferred; dates when at least half the x look like dates (ISO
   * `YYYY-MM-DD`, or a `Date` at midnight UTC), and then any other x is an error naming its row;
   * numbers when every x is a number; otherwise categories. All charts.
   */
  readonly xType?: "number" | "date" | "category" | undefined;
  /** The order of category x. Default: first appearance. Charts with `xType: "category"`. */
  readonly xLevels?: readonly string[] | undefined;
  /**
   * The order of the facets: those listed first, in that order (e.g. a wide sheet's units as the
   * sheet has them), then any others sorted. Default: sorted. Faceted charts (row `facet`).
   */
  readonly facetLevels?: readonly string[] | undefined;
  /**
   * Rebaselines: a new part starts after each of these 1-based subgroup positions; or, on a
   * faceted chart, one list per facet (facets without an entry are one part). Default: one part.
   * All charts. See docs/baselines.md, "Rebaseline when the process has changed".
   *
   * @example
   * ```ts
   * const options: ChartSpecOptions = { breaks: { "Avd A": [12] } };
   * ```
   */
  readonly breaks?: readonly number[] | { readonly [facet: string]: readonly number[] } | undefined;
  /**
   * Centre line and limits from the first `freeze` subgroups only (a frozen baseline), extended
   * over the rest. Ignored, with the warning `freeze-ignored`, when there are parts; under
   * `convention: "mdc"` it freezes the first `freeze` subgroups of each part. Default: every
   * subgroup. See docs/baselines.md, "Freeze the baseline".
   */
  readonly freeze?: number | undefined;
  /**
   * An opt-in: each part's centre line and limits from its own first n subgroups (n ≥ 1; not
   * with `freeze`; qicharts2 ignores `freeze` when there are parts). See docs/baselines.md,
   * "Freeze inside each part".
   */
  readonly freezeEachPart?: number | undefined;
  /** 1-based subgroup positions left out of the calculations but still shown. Default: none. All charts. */
  readonly exclude?: readonly number[] | undefined;
  /**
   * Scales y, centre line and limits: 100 for per cent, 1000 for per 1000. Not zero; a negative
   * factor turns the chart upside down, and rules, sides, `direction` and icons read it as
   * drawn. Default: 1. Not with `standardise`.
   */
  readonly multiply?: number | undefined;
  /**
   * The runs-analysis rule: Anhøj's (default), or the experimental best-box and cut-box rules
   * (which fall back to Anhøj's outside 10..100 useful points, with the warning
   * `runs-method-fallback`). See docs/rules.md.
   */
  readonly method?: "anhoej" | "bestbox" | "cutbox" | undefined;
  /** How several y of one subgroup are combined: run, I, MR, Xbar, G and T charts. Default: `mean`. */
  readonly aggregate?: "mean" | "median" | "sum" | "sd" | undefined;
  /** Floor date x to this period before grouping (ISO weeks start on Monday). Default: none. Charts with date x. */
  readonly period?: "day" | "week" | "month" | "quarter" | "year" | undefined;
  /**
   * A known centre line, on the unmultiplied scale (e.g. from an earlier period). Default:
   * computed from the data (or the baseline). See docs/charts-more.md, "Known sigma and fixed limits".
   */
  readonly cl?: number | undefined;
  /**
   * A known process sigma (qcc's `std.dev`), on the unmultiplied scale, greater than 0: I
   * (cl ± 3σ), Xbar (cl ± 3σ/√n), R and S charts; refused on others. Default: estimated from
   * the data. See docs/charts-more.md, "Known sigma and fixed limits".
   */
  readonly sigma?: number | undefined;
  /**
   * Fixed control limits from an earlier period, on the unmultiplied scale; either side may be
   * left out, and `lcl` must be below `ucl`. The 2- and 1-sigma lines lie 2/3 and 1/3 of the way
   * from the centre line; give {@link ChartSpecOptions.cl | cl} too if it is from that period.
   * Not on run charts. Default: computed.
   *
   * @example
   * ```ts
   * const options: ChartSpecOptions = { cl: 12, limits: { lcl: 4.5, ucl: 19.5 } };
   * ```
   */
  readonly limits?:
    | {
        /** Lower control limit, unmultiplied. */
        readonly lcl?: number | undefined;
        /** Upper control limit, unmultiplied. */
        readonly ucl?: number | undefined;
      }
    | undefined;
  /**
   * I chart only: the centre line at the mean (default, qicharts2) or the median (Wheeler;
   * PowerBI-SPC `i_m`), which a few wild values do not pull. See docs/charts-more.md.
   */
  readonly centre?: "mean" | "median" | undefined;
  /**
   * Where sigma comes from. Xbar: `sd` (pooled subgroup SD, qicharts2, default) or `range`
   * (Xbar-R, mean range / d2). I chart: `moving-range` (mean moving range / 1.128, default),
   * `median-moving-range` (Wheeler: median ± 3.145 × median moving range) or
   * `median-moving-range-d2` (PowerBI-SPC `i_mm`: median moving range / 1.128). Refused on other charts.
   */
  readonly sigmaFrom?: "sd" | "range" | "moving-range" | "median-moving-range" | "median-moving-range-d2" | undefined;
  /**
   * EWMA chart only (qcc's `lambda`, `nsigmas`). See docs/charts-more.md, "EWMA chart".
   *
   * @example
   * ```ts
   * const options: ChartSpecOptions = { ewma: { lambda: 0.1, L: 2.7 } };
   * ```
   */
  readonly ewma?:
    | {
        /** Weight of the newest subgroup, 0 < λ ≤ 1. Default: 0.2. */
        readonly lambda?: number | undefined;
        /** Width of the limits in sigmas of the EWMA, greater than 0. Default: 3. */
        readonly L?: number | undefined;
      }
    | undefined;
  /**
   * Bernoulli CUSUM only (qicharts2's `bchart`: `target`, `or`, `limit`). See
   * docs/charts-more.md, "Bernoulli CUSUM".
   */
  readonly bcusum?:
    | {
        /** Expected risk, 0 < p0 < 1. Default: the event rate of the baseline (`freeze`) cases. */
        readonly p0?: number | undefined;
        /** Odds ratio of the smallest change worth detecting (qicharts2 `or`), greater than 0 and not 1. Default: 2. */
        readonly oddsRatio?: number | undefined;
        /** Decision limit h, greater than 0. Default: 3.5. */
        readonly limit?: number | undefined;
        /** `upper`: look for a rise in the event rate (default); `lower`: for a fall. */
        readonly side?: "upper" | "lower" | undefined;
      }
    | undefined;
  /**
   * Funnel plot only (Spiegelhalter 2005, FunnelPlotR). See docs/charts-more.md, "Funnel plot".
   *
   * @example
   * ```ts
   * const options: ChartSpecOptions = { funnel: { type: "rate", overdispersion: "multiplicative" } };
   * ```
   */
  readonly funnel?:
    | {
        /** `proportion`: y events among n cases (binomial, default); `rate`: y events over n exposure or expected (Poisson). */
        readonly type?: "proportion" | "rate" | undefined;
        /** `exact`: Spiegelhalter's interpolated exact quantiles (default); `funnelplotr`: FunnelPlotR's chi-square / arcsine limits. */
        readonly method?: "exact" | "funnelplotr" | undefined;
        /** `none` (default); `multiplicative`: variance × φ; `additive`: between-unit τ² (random effects, as FunnelPlotR). */
        readonly overdispersion?: "none" | "multiplicative" | "additive" | undefined;
        /** Share of z-scores winsorised at each end before estimating overdispersion, 0 ≤ trim < 0.5. Default: 0.1. */
        readonly trim?: number | undefined;
      }
    | undefined;
  /**
   * P, P′, U, U′ and C charts: plot z-scores (y − cl) / σᵢ with centre 0 and limits −3 and 3, so
   * subgroups of very different size share straight limits. Not with `multiply` or `limits`.
   * Default: `false`. See docs/charts-more.md, "Standardised charts".
   */
  readonly standardise?: boolean | undefined;
  /**
   * The target line, on the plotted scale (after `multiply`: 95 for 95 % with `multiply: 100`),
   * returned as given. With a `direction`, the assurance icon judges the process against it.
   * Rows' own {@link ChartRow.target | target} make a trajectory. All charts. See docs/targets.md.
   */
  readonly target?: number | undefined;
  /**
   * Reference lines beside the target: a second target, a specification or action limits. Drawn
   * in every panel with one legend entry each, named by `explain()`; no rule reads them.
   * Default: none. All charts.
   *
   * @example
   * ```ts
   * const options: ChartSpecOptions = { lines: [{ value: 95, label: "Krav", style: "dotted" }] };
   * ```
   */
  readonly lines?: readonly ReferenceLineSpec[] | undefined;
  /** `false`: clamp lower limits at 0 when no y is negative. Default: `true` (limits may go below 0). */
  readonly yNeg?: boolean | undefined;
  /**
   * Drop moving ranges ≥ 3.267 × their mean once before estimating sigma (I, P′, U′, T and I′
   * charts), so one wild jump does not widen the limits. Default: `true`.
   */
  readonly screenMovingRanges?: boolean | undefined;
  /**
   * A school's bundle of defaults: `qicharts2` (Anhøj's rules, qicharts2's limits; default) or
   * `mdc` (NHS England's Making Data Count: I-chart limits from 2.66 × mean moving range,
   * `freeze` per part, its rules). See docs/rules.md, "Conventions".
   */
  readonly convention?: Convention | undefined;
  /**
   * Which signal rules to run: a rule set (`anhoej`, `western-electric`, `nelson`, `mdc`,
   * `ihi`), or a list of rules in order of precedence, each a rule id (default parameters) or an
   * object with its parameters. Default: the convention's set. See docs/rules.md, "The spec fields".
   *
   * @example
   * ```ts
   * const options: ChartSpecOptions = { rules: ["outside-limits", { rule: "shift", n: 7 }, { rule: "trend", n: 6, ties: "skip" }] };
   * ```
   */
  readonly rules?: RuleSetName | readonly (RuleId | RuleWithParameters)[] | undefined;
  /**
   * Which points of a pattern carry its signal: all of them (`whole-pattern`, default) or, as
   * qcc, those at which it is complete (`completing-point`: from the n-th point of a run on).
   */
  readonly flagPoints?: "whole-pattern" | "completing-point" | undefined;
  /**
   * Which way is better: makes a signal an improvement or a concern, and lets the assurance
   * icon judge the `target`. Default: `neutral`. See docs/rules.md, "Variation and icons".
   */
  readonly direction?: Direction | undefined;
  /** The chart title, passed through to the result for renderers. Default: none. */
  readonly title?: string | undefined;
  /** The y axis label, passed through to the result for renderers. Default: none. */
  readonly yLabel?: string | undefined;
  /** The x axis label, passed through to the result for renderers. Default: none. */
  readonly xLabel?: string | undefined;
};

/**
 * A reference line as a spec asks for it (spec `lines`): a second target, a specification or an
 * action limit, drawn beside the centre line, limits and target. The result returns it as a
 * `ReferenceLine`, with `label` and `style` filled in. See docs/chart-spec.md, "Fields".
 *
 * @example
 * ```ts
 * const line: ReferenceLineSpec = { value: 95, label: "Krav", style: "dotted" };
 * ```
 *
 * @interface
 */
export type ReferenceLineSpec = {
  /** Where the line is, on the plotted scale (after `multiply`, as `target`). */
  readonly value: number;
  /** Words for the legend and the value label (escaped). Default: "Referanselinje" / "Reference line". */
  readonly label?: string | undefined;
  /** `dashed` (default), `dotted` or `solid`: told apart from the solid limits and the dotted target. */
  readonly style?: "dashed" | "dotted" | "solid" | undefined;
};

/**
 * A rule with parameters, in a spec's `rules` list (a bare rule id takes the defaults). Each rule
 * reads only the parameters it has (`RULE_INFO[id].params`); the result's `rules` lists every
 * parameter as applied. See docs/rules.md, "The spec fields".
 *
 * @example
 * ```ts
 * const rule: RuleWithParameters = { rule: "shift", n: 7, onLine: "skip" };
 * ```
 *
 * @interface
 */
export type RuleWithParameters = {
  /** The rule's id. */
  readonly rule: RuleId;
  /**
   * Points in a row, 1..1000: shift (from 1), trend (from 2, as PowerBI-SPC), alternating,
   * stratification and mixture (from 2). Default: the rule's own (`RULE_INFO[id].params`).
   */
  readonly n?: number | undefined;
  /** Shift: a point on the centre line breaks the run (`break`) or is skipped (`skip`). */
  readonly onLine?: "break" | "skip" | undefined;
  /** Trend: equal neighbours break the trend (`break`) or are skipped (`skip`). */
  readonly ties?: "break" | "skip" | undefined;
  /** Stratification: the run needs points on both sides of the centre line (`both`, default) or, as qcc's Nelson 7, any side (`any`). */
  readonly sides?: "both" | "any" | undefined;
  /** Two-of-three, trend: Western Electric / Nelson (`standard`) or Making Data Count (`mdc`). */
  readonly variant?: "standard" | "mdc" | undefined;
};

/**
 * A chart spec for one chart type `C`: its rows need `n` when the chart does
 * ({@link CHARTS_NEEDING_N}). Every other field: {@link ChartSpecOptions}.
 *
 * @example
 * ```ts
 * const spec: ChartSpecFor<"p"> = { chart: "p", data: [{ x: "2024-01-01", y: 9, n: 12 }], multiply: 100 };
 * ```
 *
 * @interface
 */
export type ChartSpecFor<C extends ChartType> = ChartSpecOptions & {
  /**
   * The chart type, by qicharts2's short name: `pp` = P′, `up` = U′, `ip` = I′, `np` = number
   * with the event, `r` = subgroup ranges, plus `ewma`, `bcusum`, `funnel` and `pareto`. See
   * docs/choosing-a-chart.md and docs/charts-more.md.
   */
  readonly chart: C;
  /** One row per observation; on P, P′, U, U′ and NP charts and funnel plots each row needs `n`. */
  readonly data: readonly (C extends ChartNeedingN ? ChartRowWithN : ChartRow)[];
};

/**
 * A chart spec: the data and every analysis choice, as one object (JSON-serialisable, apart
 * from `Date` values of x). A union of {@link ChartSpecFor} by `chart`, so that a P, P′, U, U′
 * or NP spec without `n` on every row does not type-check, as it does not validate; readonly
 * throughout, so a spec written `as const` is accepted.
 *
 * **Every field, with its meaning, default and the charts it applies to: {@link ChartSpecFor}**
 * (the rows: {@link ChartRow}). The zod schema `chartSpecSchema` (`spc-charts/schema`) is the
 * runtime truth; a type test keeps these types and the schema's input type equal, field by field.
 *
 * @example
 * ```ts
 * const spec: ChartSpec = {
 *   chart: "p",
 *   title: "Risikovurdering ved innkomst",
 *   multiply: 100,
 *   freeze: 12,
 *   data: [
 *     { x: "2024-01-01", y: 9, n: 12 },
 *     { x: "2024-02-01", y: 7, n: 11, note: "Ny sjekkliste" },
 *   ],
 * };
 * ```
 */
export type ChartSpec = { [C in ChartType]: ChartSpecFor<C> }[ChartType];
