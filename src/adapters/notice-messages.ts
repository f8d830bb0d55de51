/**
 * What the adapters tell the user about a file they could read — lines left out, decisions they
 * took, the sheet they chose — in bokmål and English. Each notice keeps a stable code and its
 * parameters (see {@link Notice}), so that the CLI, plans and reports write it in the user's
 * language; `warnings` (English text) stay for callers that only print.
 *
 * @module
 */
import { MONTHS } from "../locale/date.js";
import type { Lang } from "../vocabulary.js";
import type { IssueCode } from "../vocabulary.js";
import { defineMessages, issueMessage, type MessageParams, type ParamsOf } from "../locale/message.js";
import { forPeople, quoted } from "../text/for-people.js";

const q = (value: string) => quoted(value);
const qNb = (value: string) => `«${forPeople(value)}»`;
const listLines = (lines: readonly number[]) => `${lines.slice(0, 10).join(", ")}${lines.length > 10 ? ", …" : ""}`;
const separatorEn = (s: string) => (s === "," ? "a decimal comma" : "a decimal point");
/** The thousands separator a value was read with (`"."` in `1.488` read with a decimal comma), or null. */
const thousandsIn = (p: { example: string; decimal: string }): string | null => {
  const other = p.decimal === "," ? "." : ",";
  return p.example.includes(other) ? other : null;
};
const separatorNb = (s: string) => (s === "," ? "desimalkomma" : "desimalpunktum");
const dayMonthYear = (d: readonly number[], lang: Lang) =>
  lang === "en" ? `${d[0]} ${MONTHS.en[(d[1] ?? 1) - 1]} ${d[2]}` : `${d[0]}. ${MONTHS.nb[(d[1] ?? 1) - 1]} ${d[2]}`;

/** `"…" is written dd.mm.yyyy` / `"…" is an ISO week`, and the column's format in words. */
const writtenEn = (kind: string) => (kind === "iso-week" ? "an ISO week" : kind === "quarter" ? "a quarter" : `written ${kind}`);
const writtenNb = (kind: string) => (kind === "iso-week" ? "en ISO-uke" : kind === "quarter" ? "et kvartal" : `skrevet ${kind}`);
const formatEn = (kind: string) => (kind === "iso-week" ? "ISO weeks" : kind === "quarter" ? "quarters" : kind);
const formatNb = (kind: string) => (kind === "iso-week" ? "ISO-uker" : kind === "quarter" ? "kvartaler" : kind);

const periodNb = (period: string) => ({ day: "en dag", week: "en uke", month: "en måned", quarter: "et kvartal", year: "et år" })[period] ?? period;

/** Why a decimal separator was assumed for a column. */
export type DecimalReason = "other_columns" | "delimiter_comma" | "delimiter_semicolon" | "norwegian";

const decimalWhyEn = (why: DecimalReason, other: string) =>
  ({
    other_columns: `other number columns in the file use ${separatorEn(other)}`,
    delimiter_comma: 'the file is separated by ",", as where the decimal separator is a point',
    delimiter_semicolon: 'the file is separated by ";", as where the decimal separator is a comma',
    norwegian: "that is the Norwegian convention",
  })[why];
const decimalWhyNb = (why: DecimalReason, other: string) =>
  ({
    other_columns: `andre tallkolonner i filen bruker ${separatorNb(other)}`,
    delimiter_comma: "filen er delt med «,», slik det gjøres der desimaltegnet er punktum",
    delimiter_semicolon: "filen er delt med «;», slik det gjøres der desimaltegnet er komma",
    norwegian: "det er norsk skrivemåte",
  })[why];

/** The adapters' notices. */
export const NOTICE_MESSAGES = /* @__PURE__ */ defineMessages(
  {
    total_row: {
      en: (p: { label: string }) => `${q(p.label)} is a total or summary row, not a subgroup (line left out)`,
      nb: (p) => `${qNb(p.label)} er en sum- eller oppsummeringsrad, ikke en undergruppe (linjen er utelatt)`,
    },
    field_count: {
      en: (p: { fields: number; header: number; delimiter: string }) =>
        `the line has ${p.fields} field(s) but the header has ${p.header}${p.fields > p.header ? ` — is there a ${p.delimiter === "tab" ? "tab" : q(p.delimiter)} inside a value that is not in quotes?` : ""}`,
      nb: (p) =>
        `linjen har ${p.fields} felt, men overskriftsraden har ${p.header}${p.fields > p.header ? ` — står det ${p.delimiter === "tab" ? "en tabulator" : qNb(p.delimiter)} inne i en verdi som ikke er i anførselstegn?` : ""}`,
    },
    unclosed_quote: {
      en: (p: { line: number }) => `a quote opened on line ${p.line} is never closed — put a second " at the end of the text, or remove the first`,
      nb: (p) => `et anførselstegn åpnet på linje ${p.line} lukkes aldri — sett et " til på slutten av teksten, eller fjern det første`,
    },
    mixed_encoding: {
      en: (p: { lines: readonly number[] }) =>
        `the file mixes encodings: line${p.lines.length === 1 ? "" : "s"} ${listLines(p.lines)} ${p.lines.length === 1 ? "is" : "are"} not UTF-8 and ${p.lines.length === 1 ? "was" : "were"} read as Windows-1252 (the rest as UTF-8); check their æ, ø and å, and save the file again as "CSV UTF-8"`,
      nb: (p) =>
        `filen blander tegnsett: ${p.lines.length === 1 ? "linje" : "linjene"} ${listLines(p.lines)} er ikke UTF-8 og ble lest som Windows-1252 (resten som UTF-8); sjekk æ, ø og å der, og lagre filen på nytt som «CSV UTF-8»`,
    },
    column_note: {
      en: (p: { column: string; note: { code: string; message: string; params: MessageParams } }) => `column ${q(p.column)}: ${issueMessage(p.note, "en")}`,
      nb: (p) => `kolonne ${qNb(p.column)}: ${issueMessage(p.note, "nb")}`,
    },
    decimal_mixed: {
      en: (p: { comma: number; point: number; decimal: string }) =>
        `mixes decimal commas (${p.comma}) and points (${p.point}); it was read with ${separatorEn(p.decimal)} and values written the other way are rejected`,
      nb: (p) => `blander desimalkomma (${p.comma}) og desimalpunktum (${p.point}); den ble lest med ${separatorNb(p.decimal)}, og verdier skrevet på den andre måten avvises`,
    },
    decimal_assumed: {
      // "1.488" read where the decimal separator is a comma is 1488: what was decided is that the
      // point separates thousands, and that is what the sentence says.
      en: (p: { example: string; decimal: string; value: number | null; why: DecimalReason; other: string }) =>
        `values like ${q(p.example)} were read with ${thousandsIn(p) === null ? separatorEn(p.decimal) : `${q(thousandsIn(p) ?? "")} as the thousands separator`}${p.value === null ? "" : ` (${q(p.example)} = ${p.value})`}, because ${decimalWhyEn(p.why, p.other)}`,
      nb: (p) =>
        `verdier som ${qNb(p.example)} ble lest med ${thousandsIn(p) === null ? separatorNb(p.decimal) : `${thousandsIn(p) === "." ? "punktum" : "komma"} som tusenskille`}${p.value === null ? "" : ` (${qNb(p.example)} = ${p.value})`}, fordi ${decimalWhyNb(p.why, p.other)}`,
    },
    percent_mixed: {
      en: (p: { percent: number; plain: number }) => `has ${p.percent} value(s) written with % and ${p.plain} without; all were read as written (12,5 % = 12.5)`,
      nb: (p) => `har ${p.percent} verdi(er) skrevet med % og ${p.plain} uten; alle ble lest slik de står (12,5 % = 12,5)`,
    },
    parts_filled: {
      en: (p: { count: number }) => `${p.count} empty cell(s) took the part label above them`,
      nb: (p) => `${p.count} tomme celler fikk fasenavnet over seg`,
    },
    shared_x: {
      en: (p: { count: number; column: string | null; pairs: readonly { line: number; earlier: number; x: string }[] }) =>
        `${p.count} line${p.count > 1 ? "s have" : " has"} the same ${p.column === null ? "x" : q(p.column)} as an earlier line and ${p.count > 1 ? "are" : "is"} combined with it into one subgroup: ${p.pairs.map((s) => `line ${s.line} (as line ${s.earlier}: ${s.x})`).join(", ")}${p.count > p.pairs.length ? ", …" : ""}. If a line is a copy, delete it.`,
      nb: (p) =>
        `${p.count} ${p.count > 1 ? "linjer har" : "linje har"} samme ${p.column === null ? "x" : qNb(p.column)} som en linje før og slås sammen med den til én undergruppe: ${p.pairs.map((s) => `linje ${s.line} (som linje ${s.earlier}: ${s.x})`).join(", ")}${p.count > p.pairs.length ? ", …" : ""}. Er linjen en kopi, slett den.`,
    },
    empty_values: {
      en: (p: { count: number; lines: readonly number[] }) =>
        `${p.count} empty cell(s) (line ${p.lines.join(", ")}${p.count > p.lines.length ? ", …" : ""}) were read as missing: a gap in the chart`,
      nb: (p) => `${p.count} tom(me) celle(r) (linje ${p.lines.join(", ")}${p.count > p.lines.length ? ", …" : ""}) ble lest som manglende: et hull i diagrammet`,
    },
    missing_markers: {
      en: (p: { count: number; first: string; line: number }) =>
        `${p.count} value(s) written as an Excel error or "not available" (${q(p.first)} on line ${p.line}${p.count > 1 ? ", …" : ""}) were read as missing`,
      nb: (p) =>
        `${p.count} verdi(er) skrevet som en Excel-feil eller «ikke tilgjengelig» (${qNb(p.first)} på linje ${p.line}${p.count > 1 ? ", …" : ""}) ble lest som manglende`,
    },
    year_from_column: {
      en: (p: { kind: "weeks" | "months"; column: string }) => `${p.kind} without a year take their year from column ${q(p.column)}`,
      nb: (p) => `${p.kind === "weeks" ? "uker" : "måneder"} uten år får året fra kolonnen ${qNb(p.column)}`,
    },
    year_from_hint: {
      en: (p: { kind: "weeks" | "months"; year: number; last: number | null; hint: string | null }) =>
        `${p.kind} without a year were read as ${p.kind} of ${p.year}${p.last !== null && p.last > p.year ? `, moving on to ${p.last} after ${p.kind === "weeks" ? "week 52/53" : "December"}` : ""}, from ${p.hint === null ? "the year given (--year, year:)" : `the hint ${q(p.hint)}`}`,
      nb: (p) =>
        `${p.kind === "weeks" ? "uker" : "måneder"} uten år ble lest som ${p.kind === "weeks" ? "uker" : "måneder"} i ${p.year}${p.last !== null && p.last > p.year ? `, videre til ${p.last} etter ${p.kind === "weeks" ? "uke 52/53" : "desember"}` : ""}, ut fra ${p.hint === null ? "året som er oppgitt (--year, year:)" : qNb(p.hint)}`,
    },
    slash_month_first: {
      en: (p: { example: string }) => `dates like ${q(p.example)} were read month first (mm/dd/yyyy, US order), because that one cannot be day first`,
      nb: (p) => `datoer som ${qNb(p.example)} ble lest med måned først (mm/dd/åååå, amerikansk rekkefølge), fordi den ikke kan ha dag først`,
    },
    slash_day_first: {
      en: (p: { example: string }) => `dates like ${q(p.example)} were read day first (dd/mm/yyyy, Norwegian order); no date in the column proves the order`,
      nb: (p) => `datoer som ${qNb(p.example)} ble lest med dag først (dd/mm/åååå, norsk rekkefølge); ingen dato i kolonnen viser rekkefølgen sikkert`,
    },
    dates_mixed_accepted: {
      en: (p: { count: number; format: string }) => `${p.count} date(s) written in another format than the column's (${p.format}) were read because they cannot be misread`,
      nb: (p) => `${p.count} dato(er) skrevet i et annet format enn kolonnens (${p.format}) ble lest fordi de ikke kan misforstås`,
    },
    date_ambiguous: {
      en: (p: { value: string; kind: string; columnKind: string; read: readonly number[] }) =>
        `${q(p.value)} is ${writtenEn(p.kind)}, but this column's dates are ${formatEn(p.columnKind)}; it could mean ${dayMonthYear(p.read, "en")} or ${dayMonthYear([p.read[1] ?? 1, p.read[0] ?? 1, p.read[2] ?? 0], "en")}`,
      nb: (p) =>
        `${qNb(p.value)} er ${writtenNb(p.kind)}, men datoene i denne kolonnen er ${formatNb(p.columnKind)}; den kan bety ${dayMonthYear(p.read, "nb")} eller ${dayMonthYear([p.read[1] ?? 1, p.read[0] ?? 1, p.read[2] ?? 0], "nb")}`,
    },
    date_mixed_format: {
      en: (p: { value: string; kind: string; columnKind: string; period: string | null; columnPeriod: string | null }) =>
        `${q(p.value)} is ${writtenEn(p.kind)}, but this column's dates are ${formatEn(p.columnKind)}${p.period === null ? "" : ` (it stands for a ${p.period}, the others for a ${p.columnPeriod ?? ""})`}`,
      nb: (p) => `${qNb(p.value)} er ${writtenNb(p.kind)}, men datoene i denne kolonnen er ${formatNb(p.columnKind)}${p.period === null ? "" : ` (den gjelder ${periodNb(p.period)}, de andre ${periodNb(p.columnPeriod ?? "")})`}`,
    },
    sheet_read: {
      en: (p: { file: string; sheet: string; basis: "numbers" | "first" | "given"; others: readonly string[] }) =>
        `${p.file}: read sheet ${q(p.sheet)} (${{ numbers: "the first with a table of numbers", first: "no sheet holds a table of numbers", given: "as asked" }[p.basis]}${p.others.length === 0 ? "" : `; also: ${p.others.map(q).join(", ")}`})`,
      nb: (p) =>
        `${p.file}: leste arket ${qNb(p.sheet)} (${{ numbers: "det første med en tabell med tall", first: "ingen ark har en tabell med tall", given: "som valgt" }[p.basis]}${p.others.length === 0 ? "" : `; også: ${p.others.map(qNb).join(", ")}`})`,
    },
    formula_without_value: {
      en: (p: { file: string; row: number; column: string }) => `${p.file}: row ${p.row}, column ${p.column}: a formula saved without its value is read as empty (open the file in Excel and save it)`,
      nb: (p) => `${p.file}: rad ${p.row}, kolonne ${p.column}: en formel lagret uten verdi leses som tom (åpne filen i Excel og lagre den)`,
    },
    not_a_workbook: {
      en: (p: { file: string; sheet: string }) => `${p.file}: warning: not a workbook; the sheet (${p.sheet}) is ignored`,
      nb: (p) => `${p.file}: advarsel: ikke en arbeidsbok; arket (${p.sheet}) blir ikke brukt`,
    },
    workbook_on_stdin_text: {
      en: (p: { file: string }) => `${p.file}: standard input holds a workbook as text; give its file name instead of -`,
      nb: (p) => `${p.file}: standard input inneholder en arbeidsbok som tekst; oppgi filnavnet i stedet for -`,
    },
    xls_not_supported: {
      en: () => 'an old Excel workbook (.xls, Excel 97–2003) cannot be read: open it in Excel and save it as "Excel-arbeidsbok (.xlsx)" or "CSV UTF-8 (kommadelt) (.csv)"',
      nb: () => "en gammel Excel-arbeidsbok (.xls, Excel 97–2003) kan ikke leses: åpne den i Excel og lagre den som «Excel-arbeidsbok (.xlsx)» eller «CSV UTF-8 (kommadelt) (.csv)»",
    },
    ods_not_supported: {
      en: () => 'an OpenDocument spreadsheet (.ods) cannot be read: open it in Excel and save it as "Excel-arbeidsbok (.xlsx)" or "CSV UTF-8 (kommadelt) (.csv)"',
      nb: () => "et OpenDocument-regneark (.ods) kan ikke leses: åpne det i Excel og lagre det som «Excel-arbeidsbok (.xlsx)» eller «CSV UTF-8 (kommadelt) (.csv)»",
    },
    nothing_to_chart: {
      en: (p: { column: string; rows: number; markers: number; marker: string | null; markerLine: number | null; unread: number; unreadLine: number | null; unreadReason: string | null }) => {
        const parts = [
          ...(p.markers > 0 ? [`${p.markers} written as ${q(p.marker ?? "#N/A")} or another missing-value mark${p.markerLine === null ? "" : ` (first on line ${p.markerLine})`}`] : []),
          ...(p.unread > 0 ? [`${p.unread} line(s) could not be read (first: line ${p.unreadLine ?? "?"}: ${p.unreadReason ?? ""})`] : []),
        ];
        const why = p.rows === 0 ? "the table has no data rows" : `none of its ${p.rows} data line(s) has a value${parts.length > 0 ? `: ${parts.join("; ")}` : " (every cell is empty)"}`;
        return `nothing to chart: column ${q(p.column)} has no values — ${why}`;
      },
      nb: (p) => {
        const parts = [
          ...(p.markers > 0 ? [`${p.markers} skrevet som ${qNb(p.marker ?? "#N/A")} eller et annet tegn for manglende verdi${p.markerLine === null ? "" : ` (første på linje ${p.markerLine})`}`] : []),
          ...(p.unread > 0 ? [`${p.unread} linje(r) kunne ikke leses (første: linje ${p.unreadLine ?? "?"}: ${p.unreadReason ?? ""})`] : []),
        ];
        const why = p.rows === 0 ? "tabellen har ingen datarader" : `ingen av de ${p.rows} datalinjene har en verdi${parts.length > 0 ? `: ${parts.join("; ")}` : " (alle cellene er tomme)"}`;
        return `ingenting å tegne: kolonnen ${qNb(p.column)} har ingen verdier — ${why}`;
      },
    },
    skipped_lines: {
      en: (p: { lines: readonly { line: number; kind: string; text: string }[] }) =>
        `skipped ${p.lines
          .map((l) => {
            const what = l.kind === "blank" ? "blank" : l.kind === "sep" ? "delimiter line" : l.kind === "skip-lines" ? (l.text === "" ? "--skip-lines" : `--skip-lines ${q(l.text)}`) : `${l.kind} ${q(l.text)}`;
            return `line ${l.line} (${what})`;
          })
          .join(", ")}`,
      nb: (p) =>
        `hoppet over ${p.lines
          .map((l) => {
            const kind = ({ title: "tittel", note: "merknad", header: "overskrift" } as Record<string, string>)[l.kind] ?? l.kind;
            const what = l.kind === "blank" ? "tom" : l.kind === "sep" ? "skilletegnlinje" : l.kind === "skip-lines" ? (l.text === "" ? "--skip-lines" : `--skip-lines ${qNb(l.text)}`) : `${kind} ${qNb(l.text)}`;
            return `linje ${l.line} (${what})`;
          })
          .join(", ")}`,
    },
    t_chart_summary: {
      en: (p: { events: number; column: string | null; inDates: boolean; used: boolean; apart: number; withoutTime: number; rejected: number; merged: number }) =>
        [
          p.used && p.column !== null
            ? `T chart: ${p.events} events, times of day from ${p.inDates ? "the date column " : ""}${q(p.column)}`
            : p.column !== null
              ? `T chart: ${p.events} events, whole days: ${p.withoutTime} of them have no time of day in ${q(p.column)}`
              : `T chart: ${p.events} events, whole days (no times of day in the log)`,
          ...(p.used && p.apart > 0 ? [`${p.apart} event(s) on the same day kept apart by hours`] : []),
          ...(p.rejected > 0 ? [`${p.rejected} event(s) on the same ${p.used ? "minute" : "day"} as the one before left out (the merge policy counts them in)`] : []),
          ...(p.merged > 0 ? [`${p.merged} event(s) on the same ${p.used ? "minute" : "day"} as the one before merged into its interval`] : []),
        ].join("; "),
      nb: (p) =>
        [
          p.used && p.column !== null
            ? `T-diagram: ${p.events} hendelser, klokkeslett fra ${p.inDates ? "datokolonnen " : ""}${qNb(p.column)}`
            : p.column !== null
              ? `T-diagram: ${p.events} hendelser, hele døgn: ${p.withoutTime} av dem mangler klokkeslett i ${qNb(p.column)}`
              : `T-diagram: ${p.events} hendelser, hele døgn (loggen har ikke klokkeslett)`,
          ...(p.used && p.apart > 0 ? [`${p.apart} hendelse(r) samme dag holdt fra hverandre med timer`] : []),
          ...(p.rejected > 0 ? [`${p.rejected} hendelse(r) ${p.used ? "samme minutt" : "samme dag"} som den før er utelatt (--same-day merge tar dem med)`] : []),
          ...(p.merged > 0 ? [`${p.merged} hendelse(r) ${p.used ? "samme minutt" : "samme dag"} som den før er slått sammen med den`] : []),
        ].join("; "),
    },
    neither_yes_nor_no: {
      en: (p: { value: string }) => `${q(p.value)} is neither yes nor no (ja/nei, 1/0, x/empty)`,
      nb: (p) => `${qNb(p.value)} er verken ja eller nei (ja/nei, 1/0, x/tom)`,
    },
    same_day_in_order: {
      en: () => "some events are on the same day, so rows have no x (date) and are plotted in order of time",
      nb: () => "noen hendelser er på samme dag, så radene har ingen x (dato) og tegnes i tidsrekkefølge",
    },
    date_bad_year: {
      en: (p: { value: string; year: number }) => `${q(p.value)} has year ${p.year}, outside 1000–9999`,
      nb: (p) => `${qNb(p.value)} har året ${p.year}, utenfor 1000–9999`,
    },
    date_bad_month: {
      en: (p: { value: string; month: number }) => `${q(p.value)} is not a real date (there is no month ${p.month})`,
      nb: (p) => `${qNb(p.value)} er ikke en virkelig dato (det finnes ingen måned ${p.month})`,
    },
    date_bad_day: {
      en: (p: { value: string; month: number; year: number; days: number }) => `${q(p.value)} is not a real date (${MONTHS.en[p.month - 1] ?? ""} ${p.year} has ${p.days} days)`,
      nb: (p) => `${qNb(p.value)} er ikke en virkelig dato (${MONTHS.nb[p.month - 1] ?? ""} ${p.year} har ${p.days} dager)`,
    },
    date_bad_time: {
      en: (p: { value: string }) => `${q(p.value)} has an impossible time of day`,
      nb: (p) => `${qNb(p.value)} har et klokkeslett som ikke finnes`,
    },
    date_bad_month_name: {
      en: (p: { value: string; name: string }) => `${q(p.value)} is not a date (${q(p.name)} is not a month name)`,
      nb: (p) => `${qNb(p.value)} er ikke en dato (${qNb(p.name)} er ikke et månedsnavn)`,
    },
    date_no_year: {
      en: (p: { value: string }) => `${q(p.value)} has no year`,
      nb: (p) => `${qNb(p.value)} mangler år`,
    },
    date_not_a_date: {
      en: (p: { value: string }) => `${q(p.value)} is not a date`,
      nb: (p) => `${qNb(p.value)} er ikke en dato`,
    },
    date_bad_week: {
      en: (p: { value: string; year: number; weeks: number }) => `${q(p.value)} is not a real week (${p.year} has ${p.weeks} ISO weeks)`,
      nb: (p) => `${qNb(p.value)} er ikke en virkelig uke (${p.year} har ${p.weeks} ISO-uker)`,
    },
    same_day_rejected: {
      en: (p: { line: number; times: boolean }) =>
        `${p.times ? "at the same time as" : "on the same day as"} the event on line ${p.line}: 0 days between them, and a T chart needs times above 0`,
      nb: (p) => `${p.times ? "på samme tidspunkt som" : "på samme dag som"} hendelsen på linje ${p.line}: 0 dager mellom dem, og et T-diagram trenger tider over 0`,
    },
    same_day_timed: {
      en: () => "some events are on the same day: each interval is its own point at its date, in order of time of day",
      nb: () => "noen hendelser er på samme dag: hvert intervall er sitt eget punkt på sin dato, i rekkefølge etter klokkeslett",
    },
    same_day_merged: {
      en: (p: { count: number; times: boolean }) => `${p.count} event(s) ${p.times ? "at the same time as" : "on the same day as"} the event before them were merged into its interval`,
      nb: (p) => `${p.count} hendelse(r) ${p.times ? "på samme tidspunkt som" : "på samme dag som"} hendelsen før ble slått sammen med den`,
    },
    times_partial: {
      en: (p: { count: number; lines: readonly number[] }) =>
        `times of day are used only when every event has one: ${p.count} event(s) have none (line ${p.lines.join(", ")}${p.count > p.lines.length ? ", …" : ""}), so intervals are whole days`,
      nb: (p) =>
        `klokkeslett brukes bare når hver hendelse har ett: ${p.count} hendelse(r) mangler det (linje ${p.lines.join(", ")}${p.count > p.lines.length ? ", …" : ""}), så intervallene er hele døgn`,
    },
    empty_range: {
      en: (p: { first: string; last: string }) => `the range ${p.first} to ${p.last} is empty`,
      nb: (p) => `perioden ${p.first} til ${p.last} er tom`,
    },
    missing_denominators: {
      en: (p: { count: number; periods: readonly string[] }) => `no denominator for ${p.count} period(s), so n is null there: ${p.periods.join(", ")}${p.count > p.periods.length ? ", …" : ""}`,
      nb: (p) => `ingen nevner for ${p.count} periode(r), så n mangler der: ${p.periods.join(", ")}${p.count > p.periods.length ? ", …" : ""}`,
    },
  },
  "adapter notices",
);

/** A notice: what an adapter tells the user, with a stable code and the parameters of its text. */
export interface Notice {
  code: IssueCode;
  /** The English text. */
  message: string;
  params: MessageParams;
}

/**
 * A notice of the catalog: its code, English text and parameters.
 *
 * @example
 * ```ts
 * notice("total_row", { label: "Sum" }).message; // '"Sum" is a total or summary row, not a subgroup (line left out)'
 * ```
 */
export function notice<K extends keyof typeof NOTICE_MESSAGES.entries & string>(code: K, params: ParamsOf<typeof NOTICE_MESSAGES, K>): Notice {
  const { message } = NOTICE_MESSAGES.issue(code, [], params);
  return { code, message, params: params as MessageParams };
}
