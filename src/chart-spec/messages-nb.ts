/**
 * The bokmål of the spec's messages (messages.ts), added to its catalog when a caller asks for a
 * language: `formatIssue` and the CLI call {@link loadSpecNb}. Kept apart so that
 * `import { compute }` does not carry it.
 *
 * @module
 */
import { defineTranslation } from "../locale/message.js";
import { SPEC_MESSAGES, type ExpectedKind } from "./messages.js";

const EXPECTED_NB: Record<ExpectedKind, string> = {
  number: "må være et tall",
  number_x: 'må være et tall (xType "number")',
  string: "må være en tekst",
  boolean: "må være true eller false",
  list: "må være en liste",
  spec_object: "en diagramspesifikasjon må være et objekt",
  row_object: "må være et objekt med minst y",
  number_or_string: "må være et endelig tall, en tekst eller en Date",
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
  if (label === "funnel plot") return "traktdiagram";
  if (label === "Pareto chart") return "paretodiagram";
  return label.replace(/ chart$/, "-diagram");
}

let loaded = false;

/**
 * Adds the bokmål of the spec's messages (once).
 *
 * @example
 * ```ts
 * loadSpecNb();
 * formatIssue(issue, { lang: "nb" });
 * ```
 */
export function loadSpecNb(): void {
  if (loaded) return;
  loaded = true;
  defineTranslation(SPEC_MESSAGES, "nb", {
    too_many_issues: (p) => `og ${p.count} flere problemer av samme slag`,
    parts_twice: () => "oppgi faser enten som breaks eller som fasenavn på radene, ikke begge",
    period_needs_dates: (p) => (p.xType === null ? "krever datoer som x, men radene har ingen x" : `krever datoer som x, men x leses som ${p.xType}`),
    invalid_type: (p) =>
          p.got === null
            ? p.expected === "facet"
              ? "mangler, men andre rader har en fasett"
              : "mangler, men andre rader har et fasenavn"
            : `${EXPECTED_NB[p.expected]}, ikke ${valueNb(p.got)}`,
    invalid_date: (p) =>
          `«${p.value}» er ikke en dato (ventet ÅÅÅÅ-MM-DD${p.timeOfDay ? "; et klokkeslett annet enn midnatt UTC leses ikke" : p.iso !== null ? `, altså ${p.iso}; CSV-leserne leser dd.mm.åååå, en spesifikasjon gjør det ikke` : ""})`,
    date_time_of_day: (p) => `datoen ${p.value} er ikke midnatt UTC (bruk Date.UTC eller «ÅÅÅÅ-MM-DD»)`,
    unknown_level: (p) => `«${p.value}» er ikke en av xLevels`,
    invalid_value: (p) => `må være en av ${p.values.map((v) => JSON.stringify(v)).join(", ")}${p.got === null ? "" : `, ikke ${valueNb(p.got)}`}`,
    not_finite: (p) => (p.got === null ? "må være et endelig tall" : `må være et endelig tall, ikke ${p.got}`),
    not_integer: () => "må være et helt tall",
    too_big: () => "er for stort til å være en posisjon i serien",
    zero: () => "kan ikke være 0",
    missing_denominator: (p) => `et ${chartLabelNb(p.chart)} krever en nevner n på hver rad`,
    missing_x: () => "mangler, men andre rader har x (gi hver rad en x, eller ingen; null utelater raden)",
    missing_y: () => "må oppgis (bruk null for en manglende verdi)",
    missing_line_value: () => "må oppgis: verdien der linjen tegnes",
    missing_n: () => "mangler, men andre rader har n (bruk null for en manglende verdi)",
    negative_denominator: (p) => `en nevner kan ikke være negativ (${p.value})`,
    negative_count: (p) => `et antall kan ikke være negativt (${chartLabelNb(p.chart)})`,
    time_not_positive: (p) =>
          p.subgroup
            ? `tid mellom hendelser må være større enn 0 (${chartLabelNb(p.chart)}), men undergruppens verdi er ${p.value}`
            : `tid mellom hendelser må være større enn 0 (${chartLabelNb(p.chart)}), ikke ${p.value}`,
    numerator_above_denominator: (p) => `telleren ${p.y} er større enn nevneren ${p.n} (${chartLabelNb(p.chart)})`,
    zero_denominator: (p) => `nevneren er 0, men telleren er ${p.y}`,
    position_out_of_range: (p) =>
          `${p.value} ${p.kind === "break" ? "er ikke en posisjon der en ny fase kan starte etter" : "er utenfor serien"} (den lengste serien har ${p.longest} ${p.longest === 1 ? "undergruppe" : "undergrupper"})`,
  });
}
