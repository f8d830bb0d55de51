/**
 * What validating a chart spec (and computing it) says, in bokmål and English. The codes are the
 * issues' stable codes; a code used for several shapes (`invalid_type`) says which by a parameter.
 * Recipe for a new message: the top of src/locale/message.ts.
 *
 * @module
 */
import { defineMessages } from "../locale/message.js";

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
  number_or_string: "must be a finite number or a string",
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

const EXPECTED_NB: Record<ExpectedKind, string> = {
  number: "må være et tall",
  number_x: 'må være et tall (xType "number")',
  string: "må være en tekst",
  boolean: "må være true eller false",
  list: "må være en liste",
  spec_object: "en diagramspesifikasjon må være et objekt",
  row_object: "må være et objekt med minst y",
  number_or_string: "må være et endelig tall eller en tekst",
  number_or_null: "må være et tall eller null",
  string_or_null: "må være en tekst eller null",
  facet: "må være en tekst",
  part: "må være en tekst",
  rule_set_or_list: "må være navnet på et regelsett eller en liste med regler",
  rule: 'må være en regel-id eller et objekt som { "rule": "shift", "n": 7 }',
  int: "må være et helt tall",
  text: "må være en tekst",
  object_fields: "må være et objekt (med felt under seg)",
};

/** A value as describeValue wrote it, in bokmål: the kinds of value are words, literals stay. */
function valueNb(got: string): string {
  const words: Record<string, string> = { "a list": "en liste", object: "et objekt", "an object": "et objekt", boolean: "en sannhetsverdi", undefined: "ingenting", "null (empty)": "null (tom)" };
  return words[got] ?? got.replace(/^the text /, "teksten ");
}

/**
 * A chart kind's English label ("P chart", "run chart") in bokmål.
 *
 * @example
 * ```ts
 * chartLabelNb("P chart");   // "P-diagram"
 * chartLabelNb("run chart"); // "seriediagram"
 * ```
 */
export function chartLabelNb(label: string): string {
  if (label === "run chart") return "seriediagram";
  return label.replace(/ chart$/, "-diagram");
}

/** The spec's messages. */
export const SPEC_MESSAGES = defineMessages(
  {
    too_many_issues: {
      en: (p: { count: number }) => `and ${p.count} more problems of the same kind`,
      nb: (p) => `og ${p.count} flere problemer av samme slag`,
    },
    parts_twice: {
      en: () => "give parts either as breaks or as row part labels, not both",
      nb: () => "oppgi faser enten som breaks eller som fasenavn på radene, ikke begge",
    },
    period_needs_dates: {
      en: (p: { xType: string | null }) => (p.xType === null ? "needs date x, but the rows have no x" : `needs date x, but x is read as ${p.xType}`),
      nb: (p) => (p.xType === null ? "krever datoer som x, men radene har ingen x" : `krever datoer som x, men x leses som ${p.xType}`),
    },
    invalid_type: {
      en: (p: { expected: ExpectedKind; got: string | null }) =>
        p.got === null ? (p.expected === "facet" ? "missing, but other rows have a facet" : "missing, but other rows have a part label") : `${EXPECTED_EN[p.expected]}, not ${p.got}`,
      nb: (p) =>
        p.got === null
          ? p.expected === "facet"
            ? "mangler, men andre rader har en fasett"
            : "mangler, men andre rader har et fasenavn"
          : `${EXPECTED_NB[p.expected]}, ikke ${valueNb(p.got)}`,
    },
    invalid_date: {
      en: (p: { value: string; iso: string | null; timeOfDay: boolean }) =>
        `${JSON.stringify(p.value)} is not a date (expected YYYY-MM-DD${p.timeOfDay ? "; a time of day other than midnight UTC is not read" : p.iso !== null ? `, so ${p.iso}; the CSV adapters read dd.mm.yyyy, a spec does not` : ""})`,
      nb: (p) =>
        `«${p.value}» er ikke en dato (ventet ÅÅÅÅ-MM-DD${p.timeOfDay ? "; et klokkeslett annet enn midnatt UTC leses ikke" : p.iso !== null ? `, altså ${p.iso}; CSV-leserne leser dd.mm.åååå, en spesifikasjon gjør det ikke` : ""})`,
    },
    unknown_level: { en: (p: { value: string }) => `${JSON.stringify(p.value)} is not one of xLevels`, nb: (p) => `«${p.value}» er ikke en av xLevels` },
    invalid_value: {
      en: (p: { values: readonly string[]; got: string | null }) => `must be one of ${p.values.map((v) => JSON.stringify(v)).join(", ")}${p.got === null ? "" : `, not ${p.got}`}`,
      nb: (p) => `må være en av ${p.values.map((v) => JSON.stringify(v)).join(", ")}${p.got === null ? "" : `, ikke ${valueNb(p.got)}`}`,
    },
    not_finite: {
      en: (p: { got: string | null }) => (p.got === null ? "must be a finite number" : `must be a finite number, not ${p.got}`),
      nb: (p) => (p.got === null ? "må være et endelig tall" : `må være et endelig tall, ikke ${p.got}`),
    },
    not_integer: { en: () => "must be a whole number", nb: () => "må være et helt tall" },
    too_big: { en: () => "is too large to be a position in the series", nb: () => "er for stort til å være en posisjon i serien" },
    zero: { en: () => "must not be zero", nb: () => "kan ikke være null" },
    missing_denominator: {
      en: (p: { chart: string }) => `a ${p.chart} needs a denominator n on every row`,
      nb: (p) => `et ${chartLabelNb(p.chart)} krever en nevner n på hver rad`,
    },
    missing_x: {
      en: () => "missing, but other rows have x (give every row an x, or none; null leaves the row out)",
      nb: () => "mangler, men andre rader har x (gi hver rad en x, eller ingen; null utelater raden)",
    },
    missing_y: { en: () => "required (use null for a missing value)", nb: () => "må oppgis (bruk null for en manglende verdi)" },
    missing_n: {
      en: () => "missing, but other rows have n (use null for a missing value)",
      nb: () => "mangler, men andre rader har n (bruk null for en manglende verdi)",
    },
    negative_denominator: {
      en: (p: { value: number }) => `a denominator cannot be negative (${p.value})`,
      nb: (p) => `en nevner kan ikke være negativ (${p.value})`,
    },
    negative_count: {
      en: (p: { chart: string }) => `a count cannot be negative (${p.chart})`,
      nb: (p) => `et antall kan ikke være negativt (${chartLabelNb(p.chart)})`,
    },
    time_not_positive: {
      en: (p: { chart: string; value: number; subgroup: boolean }) =>
        p.subgroup ? `time between events must be greater than zero (${p.chart}), but the subgroup's value is ${p.value}` : `time between events must be greater than zero (${p.chart}), not ${p.value}`,
      nb: (p) =>
        p.subgroup
          ? `tid mellom hendelser må være større enn null (${chartLabelNb(p.chart)}), men undergruppens verdi er ${p.value}`
          : `tid mellom hendelser må være større enn null (${chartLabelNb(p.chart)}), ikke ${p.value}`,
    },
    numerator_above_denominator: {
      en: (p: { y: number; n: number; chart: string }) => `the numerator ${p.y} is larger than its denominator ${p.n} (${p.chart})`,
      nb: (p) => `telleren ${p.y} er større enn nevneren ${p.n} (${chartLabelNb(p.chart)})`,
    },
    zero_denominator: {
      en: (p: { y: number }) => `the denominator is 0 but the numerator is ${p.y}`,
      nb: (p) => `nevneren er 0, men telleren er ${p.y}`,
    },
    position_out_of_range: {
      en: (p: { value: number; longest: number; kind: "break" | "outside" }) =>
        `${p.value} ${p.kind === "break" ? "is not a position after which a new part can start" : "is outside the series"} (the longest series has ${p.longest} subgroup${p.longest === 1 ? "" : "s"})`,
      nb: (p) =>
        `${p.value} ${p.kind === "break" ? "er ikke en posisjon der en ny fase kan starte etter" : "er utenfor serien"} (den lengste serien har ${p.longest} ${p.longest === 1 ? "undergruppe" : "undergrupper"})`,
    },
  },
  "spec",
);
