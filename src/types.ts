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
  value: number;
  /** Words for the legend and the value label, or `null` (then "Referanselinje" / "Reference line"). */
  label: string | null;
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
  facet: string | null;
  /** 1-based part number. */
  part: number;
  /** Part label when the spec gave labels (row `.part`), else `null`. */
  label: string | null;
  /** 1-based subgroup positions within the facet. */
  first: number;
  last: number;
  /** Included subgroups (missing values counted). */
  nObs: number;
  /** Included subgroups that are not missing and not on the centre line. */
  nUseful: number;
  /** Longest run on one side of the centre line, and the longest expected by chance. */
  longestRun: number | null;
  longestRunMax: number | null;
  /** Number of centre-line crossings, and the fewest expected by chance. */
  crossings: number | null;
  crossingsMin: number | null;
  /** Unusually long run or unusually few crossings (always false for MR charts and categorical x). */
  runsSignal: boolean;
  /** The runs rule actually applied (best-box and cut-box fall back to `anhoej` outside n = 10..100). */
  method: RunsMethod;
  /** Number of points outside the 3-sigma limits. */
  sigmaSignals: number;
  /** Centre line of the part (after `multiply`), `null` when undefined; the mean of its values where it varies by point (NP chart with varying n). */
  cl: number | null;
  /** Mean of the part's non-null limits, as qicharts2's summary (`aLCL`, `aUCL`). */
  meanLcl: number | null;
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
  code: WarningCode;
  /** What to know, in English. */
  message: string;
  /** The message's parameters (plain JSON): `formatIssue` and `issueMessage` write it in bokmål with them. */
  params?: MessageParams;
  /** Where it applies: a facet and part, and/or 1-based subgroup positions. */
  where: { facet?: string | null; part?: number; points?: number[]; rows?: number[] };
  // points: 1-based subgroup positions within the facet; rows: 0-based indices into spec.data
}

export type { WarningCode } from "./vocabulary.js";

/** Runs analysis rule: Anhøj's, or the experimental best-box and cut-box rules. */
export type RunsMethod = "anhoej" | "bestbox" | "cutbox";

/** What `compute()` returns: plain JSON, safe to `JSON.stringify`. */
export interface ChartResult {
  chart: ChartType;
  /** How x was read. */
  xType: "number" | "date" | "category";
  /** Facet values in order; `[null]` when not faceted. */
  facets: (string | null)[];
  points: Point[];
  parts: Part[];
  warnings: Warning[];
  /** The multiplier applied to y, centre line and limits. */
  multiply: number;
  /** The normalised spec's presentation fields, passed through for renderers. */
  title: string | null;
  yLabel: string | null;
  xLabel: string | null;
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
   * Funnel plot only: its 95 % and 99.8 % limits as curves over the denominator, one per facet,
   * for drawing (the points carry the limits at their own n).
   */
  funnel?: FunnelCurve[];
}

/** A funnel plot's limits at denominators from the smallest unit's to the largest's (after `multiply`). */
export interface FunnelCurve {
  facet: string | null;
  /** The denominators, ascending. */
  n: number[];
  lcl95: (number | null)[];
  ucl95: (number | null)[];
  lcl: (number | null)[];
  ucl: (number | null)[];
}

export type { ChartSpec, ChartType };
