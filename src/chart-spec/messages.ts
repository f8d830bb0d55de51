/**
 * What validating a chart spec (and computing it) says, in English; the bokmål is in
 * messages-nb.ts (loaded only where a language is asked for, to keep `import { compute }` small).
 * The codes are the issues' stable codes; a code used for several shapes (`invalid_type`) says
 * which by a parameter.
 * Recipe for a new message: the top of src/locale/message.ts.
 *
 * @module
 */
import { defineMessages } from "../locale/message.js";
import { quoted } from "../text/for-people.js";

/** What a field must be, for `invalid_type`. */
export type ExpectedKind =
  | "number"
  | "number_x"
  | "string"
  | "boolean"
  | "list"
  | "spec_object"
  | "row_object"
  | "number_or_string"
  | "number_or_null"
  | "string_or_null"
  | "facet"
  | "part"
  | "rule_set_or_list"
  | "rule"
  | "int"
  | "text"
  | "object_fields";

const EXPECTED_EN: Record<ExpectedKind, string> = {
  number: "must be a number",
  number_x: 'must be a number (xType "number")',
  string: "must be a string",
  boolean: "must be true or false",
  list: "must be a list",
  spec_object: "a chart spec must be an object",
  row_object: "must be an object with at least y",
  number_or_string: "must be a finite number, a string or a Date",
  number_or_null: "must be a number or null",
  string_or_null: "must be a string or null",
  facet: "must be a string",
  part: "must be a string",
  rule_set_or_list: "must be a rule-set name or a list of rules",
  rule: 'must be a rule id or an object such as { "rule": "shift", "n": 7 }',
  int: "must be a whole number",
  text: "must be a text",
  object_fields: "must be an object (fields under it)",
};

/** The spec's messages. */
export const SPEC_MESSAGES = /* @__PURE__ */ defineMessages(
  {
    too_many_issues: {
      en: (p: { count: number }) => `and ${p.count} more problems of the same kind`,
    },
    parts_twice: {
      en: () => "give parts either as breaks or as row part labels, not both",
    },
    period_needs_dates: {
      en: (p: { xType: string | null }) => (p.xType === null ? "needs date x, but the rows have no x" : `needs date x, but x is read as ${p.xType}`),
    },
    invalid_type: {
      en: (p: { expected: ExpectedKind; got: string | null }) =>
        p.got === null ? (p.expected === "facet" ? "missing, but other rows have a facet" : "missing, but other rows have a part label") : `${EXPECTED_EN[p.expected]}, not ${p.got}`,
    },
    invalid_date: {
      en: (p: { value: string; iso: string | null; timeOfDay: boolean }) =>
        `${quoted(p.value)} is not a date (expected YYYY-MM-DD${p.timeOfDay ? "; a time of day other than midnight UTC is not read" : p.iso !== null ? `, so ${p.iso}; the CSV adapters read dd.mm.yyyy, a spec does not` : ""})`,
    },
    date_time_of_day: {
      en: (p: { value: string }) => `the Date ${p.value} is not at midnight UTC (use Date.UTC or "YYYY-MM-DD")`,
    },
    unknown_level: { en: (p: { value: string }) => `${quoted(p.value)} is not one of xLevels` },
    invalid_value: {
      en: (p: { values: readonly string[]; got: string | null }) => `must be one of ${p.values.map((v) => JSON.stringify(v)).join(", ")}${p.got === null ? "" : `, not ${p.got}`}`,
    },
    not_finite: {
      en: (p: { got: string | null }) => (p.got === null ? "must be a finite number" : `must be a finite number, not ${p.got}`),
    },
    not_integer: { en: () => "must be a whole number" },
    too_big: { en: () => "is too large to be a position in the series" },
    zero: { en: () => "must not be zero" },
    missing_denominator: {
      en: (p: { chart: string }) => `a ${p.chart} needs a denominator n on every row`,
    },
    missing_x: {
      en: () => "missing, but other rows have x (give every row an x, or none; null leaves the row out)",
    },
    missing_y: { en: () => "required (use null for a missing value)" },
    missing_line_value: { en: () => "required: the value where the line is drawn" },
    missing_n: {
      en: () => "missing, but other rows have n (use null for a missing value)",
    },
    negative_denominator: {
      en: (p: { value: number }) => `a denominator cannot be negative (${p.value})`,
    },
    negative_count: {
      en: (p: { chart: string }) => `a count cannot be negative (${p.chart})`,
    },
    time_not_positive: {
      en: (p: { chart: string; value: number; subgroup: boolean }) =>
        p.subgroup ? `time between events must be greater than zero (${p.chart}), but the subgroup's value is ${p.value}` : `time between events must be greater than zero (${p.chart}), not ${p.value}`,
    },
    numerator_above_denominator: {
      en: (p: { y: number; n: number; chart: string }) => `the numerator ${p.y} is larger than its denominator ${p.n} (${p.chart})`,
    },
    zero_denominator: {
      en: (p: { y: number }) => `the denominator is 0 but the numerator is ${p.y}`,
    },
    position_out_of_range: {
      en: (p: { value: number; longest: number; kind: "break" | "outside" }) =>
        `${p.value} ${p.kind === "break" ? "is not a position after which a new part can start" : "is outside the series"} (the longest series has ${p.longest} subgroup${p.longest === 1 ? "" : "s"})`,
    },
  },
  "spec",
);
