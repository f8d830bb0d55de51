/**
 * Times of day as incident logs write them: `14:30`, `14.30`, `kl. 14`, `kl 14.30`, `14:30:00`.
 * A bare number (`14`, `0930`) is not read as a time: it could be a count or a year. A time is
 * read into minutes after midnight so that events on one day can be put apart by hours.
 *
 * Nothing is guessed: `25:00` or `14:75` is an error with a reason, and a column is only taken as
 * times of day when its header says so *and* its values are times — "Tidspunkt" with
 * `Dag`/`Kveld`/`Natt` is a shift, a label, not a time.
 *
 * @module
 */
import { quote, usageError } from "./report.js";
import type { Table } from "./table.js";

/** The outcome of reading one time of day: minutes after midnight (seconds as a fraction) and `HH:MM[:SS]`. */
export type TimeParse =
  | { ok: true; minutes: number; text: string }
  | { ok: false; code: "empty" | "not_a_time" | "invalid_time"; reason: string };

// "kl." / "kl" / "klokka" / "klokken" before the hours; "t" / "h" after, as in "14t" or "14h30".
const TIME_OF_DAY = /^(?:kl(?:okka|okken)?\.? ?)?(\d{1,2})(?:(?:[:.]|h) ?(\d{2})(?:[:.](\d{2})(?:[.,]\d{1,9})?)?)?(?: ?(?:h|t))?$/;
// Without "kl." a lone number ("14") is not a time: it could be a count. With it, hours alone are.
const HAS_MINUTES_OR_KL = /^kl|[:.h]\s?\d{2}/;

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Reads one time of day: `14:30`, `14.30`, `kl. 14`, `kl 14.30`, `14:30:00`, `9:05`, `14h30`
 * (case-insensitive, spaces around ignored). `24:00` is not accepted (write `00:00` on the next
 * day), nor hours above 23, minutes or seconds above 59. A number without minutes and without
 * `kl.` (`14`) is not a time: it could be a count. Failures are returned, not thrown.
 *
 * @throws {SpcError} only when `text` is not a string.
 * @example
 * ```ts
 * parseTimeOfDay("14:30");   // { ok: true, minutes: 870, text: "14:30" }
 * parseTimeOfDay("kl. 14");  // { ok: true, minutes: 840, text: "14:00" }
 * parseTimeOfDay("25:00");   // { ok: false, code: "invalid_time", reason: '"25:00" is not a time of day (there is no hour 25)' }
 * ```
 */
export function parseTimeOfDay(text: string): TimeParse {
  if (typeof text !== "string") throw usageError("invalid_input", "the time to read must be a string");
  const what = text.trim();
  if (what === "") return { ok: false, code: "empty", reason: "the time of day is empty" };
  const s = what.toLowerCase().replace(/[\s\u00A0\u202F\u2009]+/g, " ");
  const m = TIME_OF_DAY.exec(s);
  if (m === null || !HAS_MINUTES_OR_KL.test(s)) {
    return { ok: false, code: "not_a_time", reason: `${quote(what)} is not a time of day (write it as 14:30, 14.30 or kl. 14)` };
  }
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  if (hour > 23) return { ok: false, code: "invalid_time", reason: `${quote(what)} is not a time of day (there is no hour ${hour})` };
  if (minute > 59) return { ok: false, code: "invalid_time", reason: `${quote(what)} is not a time of day (there is no minute ${minute})` };
  if (second > 59) return { ok: false, code: "invalid_time", reason: `${quote(what)} is not a time of day (there is no second ${second})` };
  const shown = `${pad2(hour)}:${pad2(minute)}${m[3] === undefined ? "" : `:${pad2(second)}`}`;
  return { ok: true, minutes: hour * 60 + minute + second / 60, text: shown };
}

/**
 * Minutes after midnight of a time already in `HH:MM[:SS]` form (as `parseDate` returns it in
 * `time`); `null` for anything else.
 *
 * @example
 * ```ts
 * minutesOfClock("06:00");    // 360
 * minutesOfClock("06:00:30"); // 360.5
 * ```
 */
export function minutesOfClock(clock: string): number | null {
  const parsed = parseTimeOfDay(clock);
  return parsed.ok ? parsed.minutes : null;
}

// Headers that say "time of day" (compared folded: lower case, no accents, no trailing dot).
// "Tidspunkt" is in: it often holds times, but also shifts (Dag/Kveld/Natt) — the values decide.
const TIME_HEADERS = /^(tid|tidspunkt|klokkeslett|klokkeslag|kl|klokka|time|time of day|hendelsestid|tid for hendelse|tidspunkt for hendelse|hendelsestidspunkt|event time)$/;

function foldHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\.$/, "")
    .replace(/\s+/g, " ");
}

/**
 * Whether a header names a time of day: Tid, Tidspunkt, Klokkeslett, Kl., Time, Time of day, …
 * (any case). The values must still be times: see {@link findTimeColumn}.
 *
 * @example
 * ```ts
 * isTimeHeader("Klokkeslett"); // true
 * isTimeHeader("Kl.");         // true
 * isTimeHeader("Dato");        // false
 * ```
 */
export function isTimeHeader(name: string): boolean {
  return TIME_HEADERS.test(foldHeader(name));
}

/**
 * The column of a table that holds times of day, or `null`: its header must name a time (see
 * {@link isTimeHeader}) and at least four in five of its non-empty cells must be written as times
 * (`25:00` counts: it is then rejected by line, not taken for a label). So
 * "Tidspunkt" with `Dag`, `Kveld`, `Natt` (shifts) is not taken. Columns in `exclude` (the date
 * column) are skipped.
 *
 * @example
 * ```ts
 * const t = readDelimited("Dato;Klokkeslett\n03.01.2024;14:30\n04.01.2024;08:15\n");
 * findTimeColumn(t, [0]); // 1
 * ```
 */
export function findTimeColumn(table: Table, exclude: readonly number[] = []): number | null {
  for (let col = 0; col < table.header.length; col++) {
    if (exclude.includes(col) || !isTimeHeader(table.header[col] ?? "")) continue;
    let filled = 0;
    let times = 0;
    for (const row of table.rows) {
      if (row.problem !== undefined) continue;
      const cell = (row.cells[col] ?? "").trim();
      if (cell === "") continue;
      filled++;
      // An impossible time (25:00) is still written as a time: it is reported, not a reason to
      // read the column as labels.
      const parsed = parseTimeOfDay(cell);
      if (parsed.ok || parsed.code === "invalid_time") times++;
    }
    if (filled > 0 && times * 5 >= filled * 4) return col;
  }
  return null;
}
