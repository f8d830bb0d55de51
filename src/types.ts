import type { REFERENCE_LINE_STYLES } from "./chart-spec/chart-types.js";
import type { MessageParams, WarningCode } from "./vocabulary.js";
import type { ChartSpec, ChartType } from "./chart-spec/schema.js";
import type { Convention, Direction, Finding, Icon, RuleConfig, RuleSetName, Signal, Variation } from "./rules/types.js";

/** A subgroup key as returned: a number, an ISO date `"YYYY-MM-DD"`, or a category label. */
export type XValue = number | string;

/** How a reference line is drawn: one of {@link REFERENCE_LINE_STYLES}, `dashed` by default. */
export type ReferenceLineStyle = (typeof REFERENCE_LINE_STYLES)[number];

/**
 * A horizontal reference line beside the centre line, limits and target: a second target, a
 * specification or an action limit (spec `lines`). Like `target`, on the plotted scale, as given.
 *
 * @example
 * ```ts
 * const line: ReferenceLine = { value: 95, label: "Krav", style: "dashed" };
 * ```
 */
export interface ReferenceLine {
  /** Where the line is, on the plotted scale, as the spec gave it (like `target`, not multiplied). */
  value: number;
  /** Words for the legend and the value label, or `null` (then "Referanselinje" / "Reference line"). */
  label: string | null;
  /** How it is drawn: `dashed` (the default), `dotted` or `solid`. */
  style: ReferenceLineStyle;
}

/** One plotted subgroup of a chart. Numbers that are undefined are `null`. */
export interface Point {
  /** Facet value, or `null` when the chart is not faceted. */
  facet: string | null;
  /** The subgroup key as given (dates as `"YYYY-MM-DD"`). */
  x: XValue;
  /** 1-based position of the subgroup within its facet (across parts). */
  index: number;
  /** 1-based part number. */
  part: number;
  /** Plotted value after `multiply`, or `null` when missing. */
  y: number | null;
  /** Summed denominator, or `null` where the chart has none. */
  n: number | null;
  /** Number of input rows in the subgroup (every row of the spec is in exactly one point). */
  rows: number;
  /** Number of those rows with a value (y not missing). */
  count: number;
  /** Centre line after `multiply`. */
  cl: number | null;
  /** Lower 3-sigma limit after `multiply`. */
  lcl: number | null;
  /** Upper 3-sigma limit after `multiply`. */
  ucl: number | null;
  /** Lower 2-sigma limit after `multiply`. */
  lcl95: number | null;
  /** Upper 2-sigma limit after `multiply`. */
  ucl95: number | null;
  /** Target as given (not multiplied), or `null`. */
  target: number | null;
  /** The point is inside the frozen baseline (all points when nothing is frozen). */
  baseline: boolean;
  /** The point was excluded from the calculations. */
  excluded: boolean;
  /** `y` strictly outside the 3-sigma limits. */
  sigmaSignal: boolean;
  /** The point's part has a runs signal. */
  runsSignal: boolean;
  /** Annotation, or `null`. Several notes in one subgroup are joined with `" | "`. */
  note: string | null;
  /**
   * The findings that flag the point, the one that takes precedence first (rules in the order of
   * the rule set; within a rule, the later finding first). Each names its `rule`, `side` and the
   * index of the finding in `result.findings`. Points that no finding flags all share one frozen
   * empty array, so do not push to it.
   */
  signals: readonly Signal[];
  /**
   * `common`, or the special cause the first signal with a side shows, read with the spec's
   * `direction`: `improvement-high`, `improvement-low`, `concern-high`, `concern-low`,
   * `neutral-high`, `neutral-low` (neutral also when only rules without a side flag the point).
   */
  variation: Variation;
  /** Pareto chart only: per cent of the facet's total in this category and the larger ones. */
  cumulativePercent?: number | null;
}

/** One part (a stretch between rebaselines) of one facet, with its runs analysis. */
export interface Part {
  /** Facet value, or `null` when the chart is not faceted. */
  facet: string | null;
  /** 1-based part number. */
  part: number;
  /** Part label when the spec gave labels (row `.part`), else `null`. */
  label: string | null;
  /** 1-based position (within the facet) of the part's first subgroup. */
  first: number;
  /** 1-based position (within the facet) of the part's last subgroup. */
  last: number;
  /** Included subgroups (missing values counted). */
  nObs: number;
  /** Included subgroups that are not missing and not on the centre line. */
  nUseful: number;
  /** Longest run of points on one side of the centre line; `null` where runs are not analysed. */
  longestRun: number | null;
  /** The longest run expected by chance for `nUseful` points (Anhøj: `round(log2(nUseful)) + 3`); longer is a signal. */
  longestRunMax: number | null;
  /** Number of times the line crosses the centre line; `null` where runs are not analysed. */
  crossings: number | null;
  /** The fewest crossings expected by chance for `nUseful` points (Anhøj: `qbinom(0.05, nUseful − 1, 0.5)`); fewer is a signal. */
  crossingsMin: number | null;
  /** Unusually long run or unusually few crossings (always false for MR charts and categorical x). */
  runsSignal: boolean;
  /** The runs rule actually applied (best-box and cut-box fall back to `anhoej` outside n = 10..100). */
  method: RunsMethod;
  /** Number of points outside the 3-sigma limits. */
  sigmaSignals: number;
  /** Centre line of the part (after `multiply`), `null` when undefined; the mean of its values where it varies by point (NP chart with varying n). */
  cl: number | null;
  /** Mean of the part's non-null lower limits, as qicharts2's summary (`aLCL`); `null` when there are none. */
  meanLcl: number | null;
  /** Mean of the part's non-null upper limits, as qicharts2's summary (`aUCL`); `null` when there are none. */
  meanUcl: number | null;
  /**
   * The exact probability that `nUseful` random points (no change at all) give a runs signal
   * under the part's `method`: how often the runs analysis cries wolf (about 7 % for 24 points,
   * 10 % for 1,000). 0 for fewer than two useful points.
   */
  runsFalseAlarm: number;
}

/** Something a measurement lead should know about a result; the numbers are still computed. */
export interface Warning {
  /** What kind of thing it is, e.g. `too-few-points` (docs/chart-spec.md, "The result", lists each). */
  code: WarningCode;
  /** What to know, in English. */
  message: string;
  /** The message's parameters (plain JSON): `formatIssue` and `issueMessage` write it in bokmål with them. */
  params?: MessageParams;
  /** Where it applies: a facet and part, and/or subgroup positions or rows. */
  where: {
    /** The facet, or `null` on a chart without facets. */
    facet?: string | null;
    /** The 1-based part. */
    part?: number;
    /** 1-based subgroup positions within the facet (a point's `index`). */
    points?: number[];
    /** 0-based indices into the spec's `data`. */
    rows?: number[];
  };
}

export type { WarningCode } from "./vocabulary.js";

/** Runs analysis rule: Anhøj's, or the experimental best-box and cut-box rules. */
export type RunsMethod = "anhoej" | "bestbox" | "cutbox";

/** What `compute()` returns: plain JSON, safe to `JSON.stringify`. */
export interface ChartResult {
  /** The chart type, as the spec gave it. */
  chart: ChartType;
  /** How x was read. */
  xType: "number" | "date" | "category";
  /** Facet values in order; `[null]` when not faceted. */
  facets: (string | null)[];
  /** One per subgroup, ordered by facet, then x. */
  points: Point[];
  /** One per facet and part (a stretch between rebaselines), with its runs analysis. */
  parts: Part[];
  /** Things a measurement lead should know; they never change the numbers. Empty when there are none. */
  warnings: Warning[];
  /** The multiplier applied to y, centre line and limits. */
  multiply: number;
  /** The spec's `title`, passed through for renderers; `null` without. */
  title: string | null;
  /** The spec's `yLabel`, passed through for renderers; `null` without. */
  yLabel: string | null;
  /** The spec's `xLabel`, passed through for renderers; `null` without. */
  xLabel: string | null;
  /** The spec's `target`, as given (on the plotted scale); `null` without. Rows' own targets are on the points. */
  target: number | null;
  /** The spec's reference lines (`lines`), in order; empty without. */
  lines: ReferenceLine[];
  /** The convention whose defaults applied. */
  convention: Convention;
  /** Which way is better (`neutral` unless the spec says). */
  direction: Direction;
  /** The rule set used, or `null` for a custom list of rules. */
  ruleSet: RuleSetName | null;
  /** The rules run, in order of precedence, with every parameter. */
  rules: RuleConfig[];
  /**
   * Every finding of every rule, ordered by facet, part, first position, then precedence. Data
   * only: `describeFinding(finding, { lang, result })` writes one in words, `explain()` all.
   */
  findings: Finding[];
  /** Per facet: the variation of its last point and the assurance against the target (Making Data Count's icons). */
  icons: Icon[];
  /**
   * Present (true) only on a standardised chart (`standardise: true`): y, centre line and limits
   * are z-scores without a unit, so a renderer must not show them as per cent.
   */
  standardised?: true;
  /**
   * Present (`"median"`) only on an I chart whose centre line is the median of its baseline
   * (`centre: "median"` without a given `cl`), so that a legend or a sentence names the line it
   * draws ("Median") rather than a mean's "centre line".
   */
  centre?: "median";
  /**
   * Funnel plot only: its 95 % and 99.8 % limits as curves over the denominator, one per facet,
   * for drawing (the points carry the limits at their own n).
   */
  funnel?: FunnelCurve[];
}

/** A funnel plot's limits at denominators from the smallest unit's to the largest's (after `multiply`). */
export interface FunnelCurve {
  /** Facet value, or `null` when the chart is not faceted. */
  facet: string | null;
  /** The denominators, ascending. */
  n: number[];
  /** Lower 95 % limit at each `n` (`null` where undefined). */
  lcl95: (number | null)[];
  /** Upper 95 % limit at each `n`. */
  ucl95: (number | null)[];
  /** Lower 99.8 % limit at each `n`. */
  lcl: (number | null)[];
  /** Upper 99.8 % limit at each `n`. */
  ucl: (number | null)[];
}

export type { ChartSpec, ChartType };
