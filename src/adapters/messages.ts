/**
 * What the adapters say when a column cannot be found, in bokmål and English. More of the
 * adapters' messages (rejected lines, notices) are to move here the same way: see the recipe at
 * the top of src/locale/message.ts.
 *
 * @module
 */
import { defineMessages } from "../locale/message.js";
import { forPeople, quoted, quotedList } from "../text/for-people.js";

/** A header or cell as messages show it: quoted, safe to print, and shortened when long. */
const shortEn = (value: string) => quoted(value);
const shortNb = (value: string) => `«${forPeople(value)}»`;
const listNb = (values: readonly string[]) =>
  `${values.slice(0, 20).map(shortNb).join(", ")}${values.length > 20 ? ` og ${values.length - 20} til` : ""}`;

const separatorEn = (s: string) => (s === "," ? "a decimal comma" : "a decimal point");
const separatorNb = (s: string) => (s === "," ? "desimalkomma" : "desimalpunktum");

/** Why a column reference failed, for `unknown_column`. */
export type UnknownColumnKind = "no_such" | "out_of_range" | "bad_ref";

/** The adapters' messages. */
export const ADAPTER_MESSAGES = /* @__PURE__ */ defineMessages(
  {
    unknown_column: {
      en: (p: { kind: UnknownColumnKind; ref: string; role: string; columns: readonly string[] }) =>
        p.kind === "out_of_range"
          ? `column index ${p.ref} (${p.role}) is out of range: the file has ${p.columns.length} column(s), numbered from 0`
          : p.kind === "bad_ref"
            ? `the ${p.role} column must be a header name or a 0-based index`
            : `no column is named ${shortEn(p.ref)} (${p.role}); the columns are ${p.columns.length === 0 ? "none" : quotedList(p.columns)}`,
      nb: (p) =>
        p.kind === "out_of_range"
          ? `kolonnenummer ${p.ref} (${p.role}) finnes ikke: filen har ${p.columns.length} ${p.columns.length === 1 ? "kolonne" : "kolonner"}, nummerert fra 0`
          : p.kind === "bad_ref"
            ? `kolonnen for ${p.role} må være et kolonnenavn eller et nummer fra 0`
            : `ingen kolonne heter ${shortNb(p.ref)} (${p.role}); kolonnene er ${p.columns.length === 0 ? "ingen" : listNb(p.columns)}`,
    },
    ambiguous_column: {
      en: (p: { ref: string; role: string; matches: readonly number[] }) =>
        `${p.matches.length} columns match ${shortEn(p.ref)} (${p.role}): use a 0-based index (${p.matches.join(", ")})`,
      nb: (p) => `${p.matches.length} kolonner passer med ${shortNb(p.ref)} (${p.role}): bruk et kolonnenummer fra 0 (${p.matches.join(", ")})`,
    },
    period_needs_year: {
      en: (p: { column: string; kind: "weeks" | "months"; value: string; line: number | null }) =>
        `column ${shortEn(p.column)} holds ${p.kind} without a year (${shortEn(p.value)} on line ${p.line ?? "?"}), and no year was found in the file: give the year of the first one (--year 2024 on the command line, year: 2024 in a plan), or add a column "År"`,
      nb: (p) =>
        `kolonnen ${shortNb(p.column)} har ${p.kind === "weeks" ? "uker" : "måneder"} uten år (${shortNb(p.value)} på linje ${p.line ?? "?"}), og filen sier ikke hvilket år: oppgi året for den første (--year 2024 på kommandolinjen, year: 2024 i en plan), eller legg til en kolonne «År»`,
    },
    time_not_dates: {
      en: (p: { column: string; byName: boolean; unread: readonly string[]; lines: readonly number[]; count: number; present: number }) =>
        `column ${shortEn(p.column)} looks like time (${p.byName ? "its name" : "its values"}), but ${p.count} of its ${p.present} values cannot be read as dates (${p.unread.map((v, i) => `${shortEn(v)} on line ${p.lines[i]}`).join(", ")}${p.count > 3 ? ", …" : ""}): write them as dates (01.03.2024, mars 2024, uke 5 2024, 2024 K1)${p.byName ? ", or, if they are labels and not time, give the column another name" : ""}`,
      nb: (p) =>
        `kolonnen ${shortNb(p.column)} ser ut som tid (${p.byName ? "navnet" : "verdiene"}), men ${p.count} av de ${p.present} verdiene kan ikke leses som datoer (${p.unread.map((v, i) => `${shortNb(v)} på linje ${p.lines[i]}`).join(", ")}${p.count > 3 ? ", …" : ""}): skriv dem som datoer (01.03.2024, mars 2024, uke 5 2024, 2024 K1)${p.byName ? ", eller gi kolonnen et annet navn hvis verdiene er etiketter og ikke tid" : ""}`,
    },
    not_a_number: { en: (p: { value: string }) => `${shortEn(p.value)} is not a number`, nb: (p) => `${shortNb(p.value)} er ikke et tall` },
    wrong_decimal: {
      en: (p: { value: string; kind: string; used: string; expected: string }) =>
        p.kind === "two"
          ? `${shortEn(p.value)} has more than one ${p.used === "," ? "decimal comma" : "decimal point"}`
          : p.kind === "written_with"
            ? `${shortEn(p.value)} is written with ${separatorEn(p.used)}, but this column uses ${separatorEn(p.expected)}`
            : `${shortEn(p.value)} has more than one decimal separator`,
      nb: (p) =>
        p.kind === "two"
          ? `${shortNb(p.value)} har mer enn ett ${p.used === "," ? "desimalkomma" : "desimalpunktum"}`
          : p.kind === "written_with"
            ? `${shortNb(p.value)} er skrevet med ${separatorNb(p.used)}, men denne kolonnen bruker ${separatorNb(p.expected)}`
            : `${shortNb(p.value)} har mer enn ett desimaltegn`,
    },
    bad_grouping: {
      en: (p: { value: string }) => `${shortEn(p.value)} has misplaced thousands separators`,
      nb: (p) => `${shortNb(p.value)} har tusenskilletegn på feil plass`,
    },
    too_large: { en: (p: { value: string }) => `${shortEn(p.value)} is too large to be a number`, nb: (p) => `${shortNb(p.value)} er for stort til å være et tall` },
    empty_x: { en: () => "the cell is empty; every row needs an x value", nb: () => "cellen er tom; hver rad trenger en x-verdi" },
    empty_date: { en: () => "the date is empty", nb: () => "datoen mangler" },
    no_value_column: {
      // A header and nothing under it (blank lines only) is the usual cause: say that first.
      en: (p: { columns: readonly string[]; rows: number }) =>
        `${p.rows === 0 ? "the file has no data lines under its header, so there is " : ""}no column of numbers to chart; the columns are ${p.columns.map(shortEn).join(", ")}`,
      nb: (p) => `${p.rows === 0 ? "filen har ingen datalinjer under overskriftene, så det er " : ""}ingen kolonne med tall å lage diagram av; kolonnene er ${listNb(p.columns)}`,
    },
  },
  "adapters",
);
