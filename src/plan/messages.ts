/**
 * What reading a measurement plan and its data says, in bokmål and English. Type checks that a
 * plan shares with a chart spec (`invalid_type`, `invalid_value`) use the spec's catalog.
 * Recipe for a new message: the top of src/locale/message.ts.
 *
 * @module
 */
import { defineMessages, issueMessage, type MessageLang, type MessageParams } from "../locale/message.js";
import { quoted as q } from "../text/for-people.js";

/** Which field `required` is about, and so what it says. */
export type RequiredKind =
  | "plain"
  | "one_of"
  | "wide_x"
  | "y"
  | "n"
  | "events_date_p"
  | "events_date"
  | "event_column"
  | "u_denominators";

/** What a `date_outside_data` warning says. */
export type DateOutsideKind = "freeze_before" | "break_after" | "break_before" | "annotation_after";

/** Why a multiplier was chosen. */
export type MultiplyKind = "care_days" | "percent" | "scale";

/** A rejected line's reason in a language: the adapter's catalog when the reason has a code there, else its English. */
function reasonIn(p: { reason: string; reasonCode: string | null; reasonParams: MessageParams | null }, lang: MessageLang): string {
  return p.reasonCode === null || p.reasonParams === null ? p.reason : issueMessage({ code: p.reasonCode, message: p.reason, params: p.reasonParams }, lang);
}

const quoted = (values: readonly (string | number)[]) => values.map((v) => JSON.stringify(v)).join(", ");

/** The plan's messages. */
export const PLAN_MESSAGES = /* @__PURE__ */ defineMessages(
  {
    unknown_field: {
      en: (p: { hint: string | null }) => `unknown field${p.hint === null ? "" : ` (did you mean ${JSON.stringify(p.hint)}?)`}`,
      nb: (p) => `ukjent felt${p.hint === null ? "" : ` (mente du «${p.hint}»?)`}`,
    },
    required: {
      en: (p: { need: RequiredKind; chart: string; values: readonly string[] }) =>
        ({
          plain: "required",
          one_of: `required: one of ${quoted(p.values)}`,
          wide_x: "required for a wide sheet (the column every unit shares, e.g. the month)",
          y: "required: the column of the value",
          n: `required for a ${p.chart.toUpperCase()} chart: the column of the denominator`,
          events_date_p: "required for a P chart: the column of the case's date, to count per period",
          events_date: "required: the column of the event's date",
          event_column: `required for a ${p.chart.toUpperCase()} chart from a log: the yes/no column that says which cases had the event`,
          u_denominators: "required for a U chart: the denominators per period",
        })[p.need],
      nb: (p) =>
        ({
          plain: "må oppgis",
          one_of: `må oppgis: en av ${quoted(p.values)}`,
          wide_x: "må oppgis for et bredt ark (kolonnen alle enhetene deler, f.eks. måneden)",
          y: "må oppgis: kolonnen med verdien",
          n: `må oppgis for et ${p.chart.toUpperCase()}-diagram: kolonnen med nevneren`,
          events_date_p: "må oppgis for et P-diagram: kolonnen med datoen for tilfellet, for å telle per periode",
          events_date: "må oppgis: kolonnen med datoen for hendelsen",
          event_column: `må oppgis for et ${p.chart.toUpperCase()}-diagram fra en logg: ja/nei-kolonnen som sier hvilke tilfeller som hadde hendelsen`,
          u_denominators: "må oppgis for et U-diagram: nevnerne per periode",
        })[p.need],
    },
    too_small: {
      en: (p: { minimum: number | null }) => (p.minimum === null ? "must not be empty" : `must be at least ${p.minimum}`),
      nb: (p) => (p.minimum === null ? "kan ikke være tom" : `må være minst ${p.minimum}`),
    },
    invalid_input: { en: () => "the plan must be text (YAML or JSON)", nb: () => "planen må være tekst (YAML eller JSON)" },
    syntax: {
      en: (p: { detail: string }) => `not valid YAML or JSON: ${p.detail}`,
      nb: (p) => `ikke gyldig YAML eller JSON: ${p.detail}`,
    },
    empty: { en: () => "the plan is empty", nb: () => "planen er tom" },
    two_names: {
      en: (p: { en: string; nb: string }) => `${JSON.stringify(p.en)} and ${JSON.stringify(p.nb)} are the same field in English and bokmål: give only one of them`,
      nb: (p) => `«${p.en}» og «${p.nb}» er samme felt på engelsk og bokmål: oppgi bare ett av dem`,
    },
    missing_source: {
      en: () => "needs its data: give data (a table) or events (an event log)",
      nb: () => "mangler data: oppgi data (en tabell) eller events (en hendelseslogg)",
    },
    two_sources: {
      en: () => "give either data (a table) or events (an event log), not both",
      nb: () => "oppgi enten data (en tabell) eller events (en hendelseslogg), ikke begge",
    },
    wide_with_y: {
      en: () => "a wide sheet's values are in its unit columns: leave out y",
      nb: () => "i et bredt ark står verdiene i enhetenes kolonner: utelat y",
    },
    wide_with_facet: {
      en: () => "a wide sheet's units are its columns: leave out facet",
      nb: () => "i et bredt ark er enhetene kolonnene: utelat facet",
    },
    chart_for_events: {
      en: (p: { chart: string; denominators: boolean }) =>
        p.denominators ? `denominators make a U chart, not ${p.chart.toUpperCase()}` : `an event log makes run, C, U, T, G or P charts (or auto), not ${q(p.chart)}`,
      nb: (p) =>
        p.denominators
          ? `nevnere gir et U-diagram, ikke ${p.chart.toUpperCase()}`
          : `en hendelseslogg gir seriediagram eller C-, U-, T-, G- eller P-diagram (eller auto), ikke «${p.chart}»`,
    },
    event_column: {
      en: () => "a yes/no event column makes a G chart (cases between events) or a P chart (share per period): use chart g, p or auto",
      nb: () => "en ja/nei-kolonne for hendelser gir et G-diagram (tilfeller mellom hendelser) eller et P-diagram (andel per periode): bruk chart g, p eller auto",
    },
    denominators_with_cases: {
      en: () => "a case log (with an event column) has no denominators",
      nb: () => "en logg over tilfeller (med en hendelseskolonne) har ingen nevnere",
    },
    direction_needed: {
      en: () => 'needed with a target: "increase" or "decrease" (which way is better?)',
      nb: () => 'må oppgis sammen med et mål: "increase" eller "decrease" (hvilken retning er bedre?)',
    },
    duplicate_id: {
      en: (p: { id: string; index: number }) => `${q(p.id)} is already the id of measures[${p.index}]`,
      nb: (p) => `«${p.id}» er allerede id-en til measures[${p.index}]`,
    },
    missing_file: {
      en: (p: { file: string }) => `the text of ${q(p.file)} was not given`,
      nb: (p) => `innholdet i «${p.file}» ble ikke gitt`,
    },
    date_needs_dates: {
      en: () => "a date needs dates in x; give a position (1, 2, …) instead",
      nb: () => "en dato krever datoer i x; oppgi en posisjon (1, 2, …) i stedet",
    },
    date_outside_data: {
      en: (p: { kind: DateOutsideKind; date: string; key: string }) =>
        ({
          freeze_before: `${p.date} is before the first subgroup (${p.key}): no baseline is frozen`,
          break_after: `${p.date} is after the last subgroup (${p.key}): no new part yet`,
          break_before: `${p.date} is at or before the first subgroup (${p.key}): no part before it, so no break`,
          annotation_after: `${p.date} is after the last subgroup (${p.key}): shown in the report, not on the chart`,
        })[p.kind],
      nb: (p) =>
        ({
          freeze_before: `${p.date} er før første undergruppe (${p.key}): ingen grunnlinje blir låst`,
          break_after: `${p.date} er etter siste undergruppe (${p.key}): ingen ny fase ennå`,
          break_before: `${p.date} er på eller før første undergruppe (${p.key}): ingen fase før den, så ingen faseskift`,
          annotation_after: `${p.date} er etter siste undergruppe (${p.key}): vises i rapporten, ikke i diagrammet`,
        })[p.kind],
    },
    annotation_facet: {
      en: (p: { facet: string; at: string }) => `no subgroup of facet ${q(p.facet)} at ${p.at}`,
      nb: (p) => `ingen undergruppe i fasetten «${p.facet}» ved ${p.at}`,
    },
    automatic_multiply: {
      en: (p: { kind: MultiplyKind; scale: string; denominator: string | null }) =>
        p.kind === "care_days"
          ? `the rate is shown per ${p.scale} ${q(String(p.denominator))}, because its name says days of care; give multiply (--multiply) for another scale`
          : `the values are multiplied by ${p.scale} (${p.kind === "percent" ? "a share is shown as per cent" : `a scale that makes the overall rate at least 0.5${p.denominator === null ? "" : ` per ${p.scale} ${q(String(p.denominator))}`}`}); give multiply (--multiply) for another scale`,
      nb: (p) =>
        p.kind === "care_days"
          ? `raten vises per ${p.scale} «${p.denominator}», fordi navnet sier døgn med pleie; oppgi multiply (--multiply) for en annen skala`
          : `verdiene er ganget med ${p.scale} (${p.kind === "percent" ? "en andel vises i prosent" : `en skala som gjør den samlede raten minst 0,5${p.denominator === null ? "" : ` per ${p.scale} «${p.denominator}»`}`}); oppgi multiply (--multiply) for en annen skala`,
    },
    rejected_row: {
      en: (p: { column: string | null; reason: string; strict: boolean; reasonCode: string | null; reasonParams: MessageParams | null }) =>
        `${p.column === null ? "" : `column "${p.column}": `}${reasonIn(p, "en")}${p.strict ? "" : " (line left out)"}`,
      nb: (p) => `${p.column === null ? "" : `kolonne «${p.column}»: `}${reasonIn(p, "nb")}${p.strict ? "" : " (linjen er utelatt)"}`,
    },
    include_matches_nothing: {
      en: (p: { values: readonly string[]; column: string; present: readonly string[]; more: boolean }) =>
        `no row has ${p.values.slice(0, 12).map((v) => q(v)).join(" or ")}${p.values.length > 12 ? " …" : ""} in column ${q(p.column)}; it has ${p.present.map((v) => q(v)).join(", ")}${p.more ? ", …" : ""}`,
      nb: (p) =>
        `ingen rad har ${p.values.slice(0, 12).map((v) => q(v)).join(" eller ")}${p.values.length > 12 ? " …" : ""} i kolonnen ${q(p.column)}; den har ${p.present.map((v) => q(v)).join(", ")}${p.more ? ", …" : ""}`,
    },
    total_column: {
      en: (p: { column: string }) => `column ${q(p.column)} is a total or summary of the units, not a unit: left out`,
      nb: (p) => `kolonnen «${p.column}» er en sum eller oppsummering av enhetene, ikke en enhet: utelatt`,
    },
  },
  "plan",
);
