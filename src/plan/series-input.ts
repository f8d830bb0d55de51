/**
 * Where a one-measure plan's series comes from, from `spc chart`'s reading flags and the columns
 * it was given or found: the data source (a table, or a wide sheet) or the event log, with its
 * denominators. The command and the library path that charts a file the same way
 * (test/corpus) both build their measure here, so that a flag means the same in both.
 *
 * @module
 */
import type { Period } from "../calendar.js";
import type { MeasureInput } from "./schema.js";

/** The columns of a file: x (an event log's date column), y, n, facet; the yes/no column of a case log. */
export interface SeriesColumns {
  x?: string | undefined;
  y?: string | undefined;
  n?: string | undefined;
  facet?: string | undefined;
  /** A wide sheet: one column per unit. */
  wide?: boolean | undefined;
  /** A case log's yes/no column (a G chart). */
  event?: string | undefined;
}

/** `spc chart`'s flags about reading the series (the others are about the chart). */
export interface SeriesFlags {
  time?: string | undefined;
  sameDay?: "reject" | "merge" | undefined;
  period?: Period | undefined;
  include?: Record<string, string[]> | undefined;
  note?: string | undefined;
  part?: string | undefined;
  decimal?: "," | "." | undefined;
  delimiter?: ";" | "," | "tab" | undefined;
  year?: number | undefined;
  skipLines?: number | undefined;
  denominatorX?: string | undefined;
  denominatorN?: string | undefined;
}

/** What the series is read from: the file's name (the key of its text) and whether it is a workbook's sheet. */
export interface SeriesFile {
  file: string;
  /** A sheet of a workbook arrives as `;`-separated text with decimal commas, whatever the flags say. */
  workbook: boolean;
}

type EventsInput = NonNullable<MeasureInput["events"]>;
type DataInput = NonNullable<MeasureInput["data"]>;
type DenominatorsInput = NonNullable<EventsInput["denominators"]>;

/**
 * The denominators of an event log counted per period (a U chart): columns x and n (default the
 * first two), read as the flags say unless the file is a workbook.
 *
 * @example
 * ```ts
 * denominatorsInput({ file: "liggedogn.csv", workbook: false }, { decimal: "," }, "Avdeling");
 * // { file: "liggedogn.csv", x: 0, n: 1, facet: "Avdeling", decimal: "," }
 * ```
 */
export function denominatorsInput(source: SeriesFile, flags: SeriesFlags, facet: string | undefined): DenominatorsInput {
  return definedOnly({
    file: source.file,
    x: flags.denominatorX ?? 0,
    n: flags.denominatorN ?? 1,
    facet,
    decimal: source.workbook ? "," : flags.decimal,
    delimiter: source.workbook ? ";" : undefined,
  }) as DenominatorsInput;
}

/**
 * Sets the measure's series: `events` (an event log, with x as its date column) or `data` (a
 * table or wide sheet, with the flags' `period`).
 *
 * @example
 * ```ts
 * const measure: MeasureInput = { name: "Fall", type: "outcome", chart: "u" };
 * setSeries(measure, { file: "fall.csv", workbook: false }, { x: "Måned", y: "Fall", n: "Liggedøgn" }, {}, { events: false });
 * measure.data; // { file: "fall.csv", x: "Måned", y: "Fall", n: "Liggedøgn" }
 * ```
 */
export function setSeries(
  measure: MeasureInput,
  source: SeriesFile,
  columns: SeriesColumns,
  flags: SeriesFlags,
  options: { events: boolean; denominators?: DenominatorsInput | undefined },
): void {
  const delimiter = source.workbook ? ";" : flags.delimiter;
  if (options.events) {
    measure.events = definedOnly({
      file: source.file,
      date: columns.x,
      facet: columns.facet,
      event: columns.event,
      time: flags.time,
      sameDay: flags.sameDay,
      period: flags.period,
      denominators: options.denominators,
      include: flags.include,
      delimiter,
      skipLines: flags.skipLines,
    }) as EventsInput;
    return;
  }
  measure.data = definedOnly({
    file: source.file,
    x: columns.x,
    y: columns.y,
    n: columns.n,
    facet: columns.facet,
    note: flags.note,
    part: flags.part,
    wide: columns.wide,
    decimal: source.workbook ? "," : flags.decimal,
    delimiter,
    year: flags.year,
    skipLines: flags.skipLines,
  }) as DataInput;
  if (flags.period !== undefined) measure.period = flags.period;
}

/** The object without its undefined fields (for `exactOptionalPropertyTypes`). */
function definedOnly<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
