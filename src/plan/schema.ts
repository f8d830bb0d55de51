/**
 * The measurement plan ("måleplan"): a team's family of measures — outcome, process and
 * balancing — each with its operational definition, data source, chart, direction of
 * improvement, target and tests of change. Written by hand in YAML (or JSON), so every field has
 * a description for editors and every mistake a path (`measures[2].target.value`).
 *
 * @module
 */
import * as z from "zod/mini";
import { DATE_KIND_PERIOD, parseDate, type DateKind } from "../adapters/dates.js";
import { PERIODS, type Period } from "../calendar.js";
import { CHART_TYPES, DIRECTIONS, LANGUAGES, type Direction } from "../vocabulary.js";
import { a3Fields, type A3, type A3KeyName } from "./a3.js";

export { DIRECTIONS, LANGUAGES, type Direction, type Lang } from "../vocabulary.js";

// zod/mini, as the chart spec: the plan schema ships in the same bundles.

/**
 * The three kinds of measure in a family of measures.
 *
 * @example
 * ```ts
 * MEASURE_TYPES.includes("balancing"); // true
 * ```
 */
export const MEASURE_TYPES = ["outcome", "process", "balancing"] as const;
/** Outcome (what matters to patients), process (what we do) or balancing (what may get worse). */
export type MeasureType = (typeof MEASURE_TYPES)[number];



const DATE_KINDS = Object.keys(DATE_KIND_PERIOD) as [DateKind, ...DateKind[]];

/**
 * Whether a plan date is readable: ISO (`2025-12-31`), Norwegian (`31.12.2025`), or a period
 * (`mars 2025`, `uke 5 2025`, `2025 K1`).
 *
 * @example
 * ```ts
 * isPlanDate("31.12.2025"); // true
 * isPlanDate("snart");      // false
 * ```
 */
export function isPlanDate(text: string): boolean {
  return typeof text === "string" && parseDate(text).ok;
}

const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;
const optional = <T extends z.ZodMiniType>(schema: T, description: string) => z.optional(described(schema, description));

const text = z.string().check(z.minLength(1, { error: "must not be empty" }));
const finite = z.number().check(z.refine(Number.isFinite, { message: "must be a finite number" }));
const column = z.union([text, z.int().check(z.minimum(0))], {
  error: "must be a column name (as in the header) or a 0-based column number",
});
const date = z.string().check(
  z.refine(isPlanDate, { message: "must be a date, e.g. 2025-12-31 or 31.12.2025 (or a month such as mars 2025)" }),
);
const position = z.int().check(z.minimum(1));
const positionOrDate = z.union([position, date], {
  error: "must be a 1-based position (1, 2, …) or a date such as 2024-06-01",
});
const file = described(text, "data file, relative to the plan file: an Excel workbook (.xlsx), or CSV with ; , or tab (UTF-8, or Windows-1252 as Excel's plain CSV)");
const delimiter = optional(z.enum([";", ",", "tab"]), "field delimiter; detected when absent");
const skipLines = optional(z.int().check(z.minimum(0)), "lines to skip before the header (e.g. a title above the table)");
const dateFormat = optional(z.enum(DATE_KINDS), "format of the dates; detected when absent");
const sheet = optional(
  z.union([z.string().check(z.minLength(1)), z.int().check(z.minimum(1))], { error: "must be a sheet name or a 1-based position" }),
  "workbooks (.xlsx): the sheet to read, by name or 1-based position; default the first sheet that holds a table of numbers",
);

/** A table with one row per subgroup (month, week, …): which columns hold what. */
export const tableSourceSchema = z.strictObject({
  file,
  x: optional(column, "column of the subgroup key: dates (months, weeks, days), numbers or labels"),
  y: optional(column, "column of the value (the numerator for P and U charts); not for wide sheets"),
  n: optional(column, "column of the denominator (P and U charts)"),
  facet: optional(column, "column that splits the measure into one chart per unit (e.g. the ward)"),
  note: optional(column, "column of annotations shown on the chart"),
  part: optional(column, "column of part labels: a new part (phase) starts where the label changes"),
  wide: optional(
    z.union([z.boolean(), z.array(column)], { error: "must be true or a list of unit columns" }),
    "a wide sheet with one value column per unit: true for every column but x, or the list of unit columns",
  ),
  decimal: optional(z.enum([",", "."]), "decimal separator of the numbers; detected when absent"),
  delimiter,
  skipLines,
  sheet,
  dateFormat,
  missing: optional(z.array(z.string()), 'cell texts (besides empty) that mean a missing value, e.g. ["NA", "-"]'),
  year: optional(
    z.int().check(z.minimum(1000), z.maximum(9999)),
    "the year of the first week or month when x holds weeks or months without a year (Uke 3, januar); later ones move on at the wrap from week 52 to 1",
  ),
});

/** Denominators for events counted per period (a U chart), e.g. bed-days per month. */
export const denominatorSourceSchema = z.strictObject({
  file,
  x: described(column, "column of the dates (any form: days are summed into the counting period)"),
  n: described(column, "column of the denominator, e.g. bed-days"),
  facet: optional(column, "column of the unit, when events are counted per unit"),
  decimal: optional(z.enum([",", "."]), "decimal separator; detected when absent"),
  delimiter,
  skipLines,
  sheet,
});

/** An event log: one row per event (C, U, T charts) or per case with a yes/no column (G chart). */
export const eventSourceSchema = z.strictObject({
  file,
  date: optional(column, "column of the event's (or case's) date"),
  time: optional(
    z.union([column, z.literal(false)], { error: "must be a column name, a 0-based column number, or false" }),
    "T chart: column of the time of day (14:30, 14.30, kl. 14), so that events on one day are apart by hours; found from the header (Klokkeslett, Tid, Kl., …) or the date cells (03.01.2024 14:30) when absent; false for whole days only",
  ),
  facet: optional(column, "column of the unit: one chart per unit"),
  event: optional(column, "a case log's yes/no column (ja/nei, 1/0, x/empty): makes a G chart of cases between events"),
  eventValues: optional(z.array(z.string()), "texts of the event column that mean yes (default ja, yes, 1, x, …)"),
  period: optional(z.enum(PERIODS as readonly Period[] as [Period, ...Period[]]), "counting period for C and U charts (default month)"),
  from: optional(date, "first date of the counting range (default: the first event)"),
  to: optional(date, "last date of the counting range (default: the last event)"),
  include: optional(
    z.record(z.string(), z.array(z.string())),
    'keep only rows whose column has one of these values, e.g. { Alvorlighetsgrad: ["Moderat skade", "Alvorlig skade"] }',
  ),
  denominators: optional(denominatorSourceSchema, "denominators per period: counts become a U chart"),
  sameDay: optional(z.enum(["reject", "merge"]), "T chart without times of day: events on the same day as the one before (0 days) are rejected (default) or merged into its interval"),
  delimiter,
  skipLines,
  sheet,
  dateFormat,
});

/** A SMART target: the value to reach (on the chart's scale) and by when. */
export const targetSchema = z.strictObject({
  value: described(finite, "the value to reach, on the chart's scale (after multiply), e.g. 1.5 falls per 1000 bed-days"),
  date: optional(date, "by when"),
  text: optional(z.string(), "the target as the team writes it, e.g. «Halvere fall innen 31.12.2025»"),
});

/** A test of change (PDSA) or other event, shown on the chart where its date falls. */
export const annotationSchema = z.strictObject({
  date: described(date, "when the change was made"),
  text: described(text, "what was changed, e.g. «Innført sensorgulv»"),
  facet: optional(z.string(), "only on this unit's chart"),
});

/** Every value `chart` takes: a chart type, or `auto` to have it proposed from the data. */
export const PLAN_CHARTS = ["auto", ...CHART_TYPES] as const;

/** One measure of the family. */
export const measureSchema = z.strictObject({
  id: optional(
    z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, { error: "must be lower-case letters a–z, digits and -" })),
    "short unique id (a–z, 0–9, -), used for links; made from the name when absent",
  ),
  name: described(text, "name of the measure, e.g. «Fall per 1000 liggedøgn»"),
  type: described(z.enum(MEASURE_TYPES), "outcome, process or balancing measure"),
  definition: optional(z.string(), "operational definition: what is counted, how, from which source, by whom and how often"),
  unit: optional(z.string(), "what the value is, shown as the y axis label, e.g. «fall per 1000 liggedøgn»"),
  data: optional(tableSourceSchema, "the data as a table: one row per subgroup (give data or events)"),
  events: optional(eventSourceSchema, "the data as an event log: one row per event or case (give data or events)"),
  chart: optional(z.enum(PLAN_CHARTS), "chart type, or auto (default) to propose one from the data"),
  direction: optional(z.enum(DIRECTIONS), "which way is better; needed with a target"),
  target: optional(targetSchema, "SMART target"),
  annotations: optional(z.array(annotationSchema), "tests of change and other events, shown on the chart"),
  freeze: optional(positionOrDate, "baseline: centre line and limits from the subgroups up to this position or date"),
  breaks: optional(z.array(positionOrDate), "new parts (rebaselining): after a position, or starting at the subgroup that holds a date"),
  multiply: optional(
    finite.check(z.refine((m: number) => m !== 0, { message: "must not be zero" })),
    "scale y (100 for per cent, 1000 for per 1000 bed-days); event counts with denominators get a suggested one",
  ),
  period: optional(z.enum(PERIODS as readonly Period[] as [Period, ...Period[]]), "table data: floor date x to this period before grouping"),
  spec: optional(z.record(z.string(), z.unknown()), "further chart-spec fields passed to compute as they are (e.g. { yNeg: false })"),
});

/** A measurement plan. */
export const planSchema = z.strictObject({
  $schema: optional(z.string(), "JSON Schema of this file, for editors"),
  version: optional(z.literal(1), "plan format version"),
  title: described(text, "title of the plan, e.g. the improvement project"),
  team: optional(z.string(), "team or unit, e.g. «Solsiden sykehjem»"),
  description: optional(z.string(), "anything else the report should say first"),
  lang: optional(z.enum(LANGUAGES), "report language: nb (default) or en"),
  allowOutside: optional(
    z.boolean(),
    "let the plan read data files outside its own folder (absolute paths, .. and links out); default false: spc report refuses them (see docs/security.md)",
  ),
  measures: described(z.array(measureSchema).check(z.minLength(1, { error: "needs at least one measure" })), "the family of measures"),
  // The A3 form's fields (aim among them), under their English and bokmål names: src/plan/a3.ts.
  ...a3Fields(),
});

/** A plan as written (YAML or JSON), before defaults. */
export type PlanInput = z.input<typeof planSchema>;
/** A measure as written. */
export type MeasureInput = z.input<typeof measureSchema>;
/** Where a measure's table data comes from, and which columns hold what. */
export type TableSource = z.output<typeof tableSourceSchema>;
/** Where a measure's event log comes from, and how to count it. */
export type EventSource = z.output<typeof eventSourceSchema>;
/** Denominators of an event count. */
export type DenominatorSource = z.output<typeof denominatorSourceSchema>;
/** A SMART target. */
export type Target = z.output<typeof targetSchema>;
/** A test of change or other event. */
export type Annotation = z.output<typeof annotationSchema>;
/** A chart type or `auto`. */
export type PlanChart = (typeof PLAN_CHARTS)[number];

/** A measure after validation: `id`, `chart` and `direction` filled in, dates as ISO. */
export type Measure = Omit<z.output<typeof measureSchema>, "id" | "chart" | "direction"> & {
  /** Unique within the plan. */
  id: string;
  /** 0-based position in `plan.measures`, for messages (`measures[2]`). */
  index: number;
  chart: PlanChart;
  direction: Direction;
};

/** A plan after validation (see `parsePlan`): the A3 fields, under their English names, in `a3` (`aim` stays the plan's own). */
export type Plan = Omit<z.output<typeof planSchema>, "measures" | "$schema" | A3KeyName> & {
  /** Aim statement (`aim` or `mål`). */
  aim?: string;
  /** The A3 form's fields that the plan gives (empty when none). */
  a3: A3;
  measures: Measure[];
};
