/**
 * The words every part of the library shares: chart types, rule ids, directions, languages, the
 * shape of an issue and the list that collects them. A leaf: it imports nothing, so the spec,
 * the rules, the charts, the locale and the report can all import it without an import circle
 * (test/import-cycles.test.ts checks that there is none in src/).
 *
 * The modules that used to hold these words (`spec/chart-types.ts`, `rules/types.ts`,
 * `plan/schema.ts`, `locale/message.ts`, `errors.ts`, `spec/issues.ts`) re-export them, so every
 * public import path still works.
 *
 * @module
 */

/**
 * Every chart type, by qicharts2's short name (`pp` = P′, `up` = U′, `ip` = I′), then qcc's `np` and `r` (range).
 *
 * @example
 * ```ts
 * CHART_TYPES.includes("xbar"); // true
 * ```
 */
export const CHART_TYPES = ["run", "i", "mr", "xbar", "s", "t", "p", "pp", "c", "u", "up", "g", "ip", "np", "r", "ewma", "bcusum", "funnel", "pareto"] as const;
/** A chart type: one of {@link CHART_TYPES}. */
export type ChartType = (typeof CHART_TYPES)[number];

/**
 * The chart types whose rows need a denominator `n` (proportions and rates, and the NP chart's
 * subgroup size). `ip` takes `n` too, but as an optional weight.
 *
 * @example
 * ```ts
 * CHARTS_NEEDING_N.includes("p"); // true
 * ```
 */
export const CHARTS_NEEDING_N = ["p", "pp", "u", "up", "np", "funnel"] as const;
/** A chart type whose rows need `n`: one of {@link CHARTS_NEEDING_N}. */
export type ChartNeedingN = (typeof CHARTS_NEEDING_N)[number];

/** A language the library writes in: Norwegian bokmål or English. */
export type Lang = "nb" | "en";

/**
 * The languages, bokmål first.
 *
 * @example
 * ```ts
 * LANGUAGES; // ["nb", "en"]
 * ```
 */
export const LANGUAGES = ["nb", "en"] as const;

/** Which way is better: higher values, lower values, or neither. */
export type Direction = "increase" | "decrease" | "neutral";

/**
 * Every direction, as the spec's `direction` field takes it.
 *
 * @example
 * ```ts
 * DIRECTIONS.includes("decrease"); // true
 * ```
 */
export const DIRECTIONS = ["increase", "decrease", "neutral"] as const;

/**
 * A school's bundle of defaults: `qicharts2` (Anhøj's runs analysis, qicharts2's limits) or
 * `mdc` (NHS England's Making Data Count, as NHSRplotthedots 0.2.2 computes it).
 */
export type Convention = "qicharts2" | "mdc";

/**
 * Every convention, as the spec's `convention` field takes it.
 *
 * @example
 * ```ts
 * CONVENTION_NAMES[0]; // "qicharts2", the default
 * ```
 */
export const CONVENTION_NAMES = ["qicharts2", "mdc"] as const;

/**
 * Every rule id, in the registry's order.
 *
 * @example
 * ```ts
 * RULE_IDS.includes("two-of-three"); // true
 * ```
 */
export const RULE_IDS = [
  "outside-limits",
  "shift",
  "trend",
  "two-of-three",
  "four-of-five",
  "alternating",
  "stratification",
  "mixture",
  "longest-run",
  "crossings",
  "astronomical",
  "number-of-runs",
] as const;

/** A rule's id: one of {@link RULE_IDS}. */
export type RuleId = (typeof RULE_IDS)[number];

/**
 * Every named rule set.
 *
 * @example
 * ```ts
 * RULE_SET_NAMES.includes("nelson"); // true
 * ```
 */
export const RULE_SET_NAMES = ["anhoej", "western-electric", "nelson", "mdc", "ihi"] as const;

/** A rule set's name: one of {@link RULE_SET_NAMES}. */
export type RuleSetName = (typeof RULE_SET_NAMES)[number];

/** A parameter value: plain JSON, so that an issue can be stored and written later. */
export type ParamValue = string | number | boolean | null | readonly ParamValue[] | { readonly [name: string]: ParamValue };

/** The parameters of one message. */
export type MessageParams = { readonly [name: string]: ParamValue };

/**
 * Every code the library's own issues carry (`SpcIssue["code"]`): the chart spec's checks
 * (src/chart-spec), the plan's (src/plan), the file adapters' (src/adapters) and a few others'. A type
 * test (test/types/issue-codes.test-d.ts) checks that every catalog's codes are in it.
 */
export type IssueCode = SpecIssueCode | PlanIssueCode | AdapterIssueCode | OtherIssueCode | SchemaIssueCode | WarningCode | "too_many_issues";

/**
 * zod's issue codes, which flow through unchanged where a plan is checked against its zod schema
 * (src/plan/load.ts): the codes are zod's, the messages ours.
 */
export type SchemaIssueCode =
  | "invalid_type"
  | "too_big"
  | "too_small"
  | "invalid_format"
  | "not_multiple_of"
  | "unrecognized_keys"
  | "invalid_union"
  | "invalid_key"
  | "invalid_element"
  | "invalid_value"
  | "custom";

/** What a warning of a result is about (`ChartResult.warnings[i].code`); a plan reports them as issues too. See docs/chart-spec.md for each code. */
export type WarningCode =
  | "too-few-points"
  | "zero-denominator"
  | "missing-values"
  | "runs-method-fallback"
  | "all-equal"
  | "no-limits"
  | "freeze-ignored"
  | "unknown-field"
  | "rows-without-x"
  | "short-part"
  | "part-label-returns"
  | "value-out-of-range";

/** Codes of the chart spec's checks (src/chart-spec, src/compute/compute.ts): their texts are in src/chart-spec/messages.ts. */
export type SpecIssueCode =
  | "unknown_facet"
  | "out_of_range"
  | "freeze_twice"
  | "not_binary"
  | "bcusum_baseline_risk"
  | "date_time_of_day"
  | "not_positive"
  | "missing_limits"
  | "missing_line_value"
  | "limits_out_of_order"
  | "not_for_chart"
  | "sigma_twice"
  | "unknown_rule_set"
  | "duplicate_rule"
  | "missing_rule"
  | "unknown_rule"
  | "invalid_parameter"
  | "unknown_parameter"
  | "parts_twice"
  | "period_needs_dates"
  | "invalid_type"
  | "invalid_date"
  | "unknown_level"
  | "invalid_value"
  | "not_finite"
  | "not_integer"
  | "too_big"
  | "zero"
  | "missing_denominator"
  | "missing_x"
  | "missing_y"
  | "missing_n"
  | "negative_denominator"
  | "negative_count"
  | "time_not_positive"
  | "numerator_above_denominator"
  | "zero_denominator"
  | "position_out_of_range";

/** Codes of the measurement plan's checks (src/plan): their texts are in src/plan/messages.ts. */
export type PlanIssueCode =
  | "unknown_alias"
  | "too_many_aliases"
  | "unknown_field"
  | "required"
  | "too_small"
  | "invalid_input"
  | "syntax"
  | "empty"
  | "missing_source"
  | "two_sources"
  | "two_names"
  | "wide_with_y"
  | "wide_with_facet"
  | "chart_for_events"
  | "event_column"
  | "denominators_with_cases"
  | "direction_needed"
  | "duplicate_id"
  | "missing_file"
  | "date_needs_dates"
  | "date_outside_data"
  | "annotation_facet"
  | "automatic_multiply"
  | "rejected_row"
  | "include_matches_nothing"
  | "total_column"
  | "missing_column";

/** Codes of the file adapters' issues and notices (src/adapters): texts in src/adapters/messages.ts and notice-messages.ts. */
export type AdapterIssueCode =
  | "invalid_mapping"
  | "invalid_style"
  | "invalid_delimiter"
  | "invalid_denominator"
  | "denominator_facet"
  | "too_many_periods"
  | "invalid_decimals"
  | "no_value_column"
  | "no_date_column"
  | "unknown_zip"
  | "adapter_warning"
  | "ignored_line"
  | "unknown_column"
  | "ambiguous_column"
  | "period_needs_year"
  | "time_not_dates"
  | "not_a_number"
  | "wrong_decimal"
  | "bad_grouping"
  | "too_large"
  | "empty_x"
  | "empty_date"
  | "ambiguous"
  | "invalid_time"
  | "invalid_workbook"
  | "mixed_format"
  | "no_events"
  | "not_a_time"
  | "one_column_per_unit"
  | "reserved_name"
  | "unknown_sheet"
  | "too_deep"
  | "total_row"
  | "mixed_encoding"
  | "neither_yes_nor_no"
  | "nothing_to_chart"
  | "slash_day_first"
  | "slash_month_first"
  | "field_count"
  | "unclosed_quote"
  | "column_note"
  | "decimal_mixed"
  | "decimal_assumed"
  | "percent_mixed"
  | "parts_filled"
  | "missing_markers"
  | "year_from_column"
  | "year_from_hint"
  | "dates_mixed_accepted"
  | "date_ambiguous"
  | "date_mixed_format"
  | "sheet_read"
  | "formula_without_value"
  | "not_a_workbook"
  | "workbook_on_stdin_text"
  | "xls_not_supported"
  | "ods_not_supported"
  | "skipped_lines"
  | "t_chart_summary"
  | "same_day_in_order"
  | "same_day_timed"
  | "same_day_rejected"
  | "empty_values"
  | "shared_x"
  | "date_bad_year"
  | "date_bad_month"
  | "date_bad_day"
  | "date_bad_time"
  | "date_bad_month_name"
  | "date_no_year"
  | "date_not_a_date"
  | "date_bad_week"
  | "same_day_merged"
  | "times_partial"
  | "empty_range"
  | "missing_denominators";

/** Codes of checks on options and results outside a spec (CLI options, interactive views, chart-specific limits). */
export type OtherIssueCode =
  | "invalid_option"
  | "invalid_finding"
  | "invalid_result"
  | "outside_plan_folder"
  | "np_cl_needs_constant_n"
  | "subgroup_too_large_for_range";

/**
 * One problem found in a chart spec or an input file.
 *
 * Shaped like a zod issue so that callers can treat both alike: `path` points at the
 * offending field (`["data", 2, "y"]`), `message` says what is wrong in plain words.
 */
export interface SpcIssue {
  /** A short machine-readable kind, e.g. `negative_count`, `invalid_type`: one of {@link IssueCode}. */
  code: IssueCode;
  /** Where the problem is, e.g. `["data", 2, "y"]`. */
  path: (string | number)[];
  /** What is wrong, for a person, in English (kept for callers that read it directly). */
  message: string;
  /**
   * The message's parameters (plain JSON), when it comes from a message catalog: with them,
   * `formatIssue(issue, { lang: "nb" })` writes the message in bokmål.
   */
  params?: MessageParams;
}

/** Stop collecting after this many issues: a broken 100,000-row file needs its first problems, not all. */
export const MAX_ISSUES = 50;

/**
 * Collects issues up to {@link MAX_ISSUES} and notes how many more there were.
 *
 * @example
 * ```ts
 * const issues = new IssueList();
 * issues.add(["data", 0, "y"], "negative_count", "a count cannot be negative (C chart)", { chart: "C" });
 * issues.all().length; // 1
 * ```
 */
export class IssueList {
  readonly items: SpcIssue[] = [];
  private dropped = 0;

  /**
   * Adds an issue: its English message, and the parameters that let src/chart-spec/messages.ts write
   * it in another language (the texts live there, outside the core's bundle; test/locale checks
   * that they write the same English).
   */
  add(path: (string | number)[], code: IssueCode, message: string, params?: MessageParams): void {
    if (this.items.length < MAX_ISSUES) this.items.push(params ? { code, path, message, params } : { code, path, message });
    else this.dropped++;
  }

  /** Adds an issue made with a message catalog (src/plan does). */
  push(issue: SpcIssue): void {
    this.add(issue.path, issue.code, issue.message, issue.params);
  }

  /** Whether the list holds {@link MAX_ISSUES} issues (later ones are only counted). */
  get full(): boolean {
    return this.items.length >= MAX_ISSUES;
  }

  /** The issues, with a last one saying how many were not listed. */
  all(): SpcIssue[] {
    if (this.dropped === 0) return this.items;
    return [...this.items, { code: "too_many_issues", path: [], message: `and ${this.dropped} more problems of the same kind`, params: { count: this.dropped } }];
  }
}
