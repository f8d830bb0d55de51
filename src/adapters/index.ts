/**
 * Adapters: from the text people have (a CSV from Excel, an incident log) to a chart spec.
 * They take strings and return plain objects — no file system, so they run in browsers too —
 * and throw nothing but `SpcError`.
 *
 * @example
 * ```ts
 * import { readDelimited, tableToSpec } from "spc-charts/adapters";
 * const table = readDelimited(csvText);
 * const { spec, rejected } = tableToSpec(table, { x: "Måned", y: "Fall", n: "Liggedøgn" }, { chart: "u" });
 * ```
 *
 * @module
 */
export { SpcError, formatIssue, type SpcIssue } from "../errors.js";
export type { Notice } from "./notice-messages.js";
export type { MessageLang, MessageParams, ParamValue } from "../locale/message.js";
export {
  parseNorwegianNumber,
  formatNorwegianNumber,
  detectDecimalSeparator,
  type DecimalSeparator,
  type NumberOptions,
  type NumberParse,
  type NumberFailureCode,
  type NumberFailureParams,
  type FormatNumberOptions,
  type DetectDecimalOptions,
  type DecimalDetection,
  MISSING_MARKERS,
  isMissingMarker,
} from "./numbers.js";
export { isTotalLabel } from "./totals.js";
export { parseTimeOfDay, isTimeHeader, findTimeColumn, minutesOfClock, type TimeParse } from "./times.js";
export { parseYearless, yearFromHints, assignYears, withYear, type YearlessPeriod, type YearSource } from "./yearless.js";
export { isCareDays, valueUnit, formatScale, CARE_DAYS_SCALE, type UnitFacts } from "./units.js";
export {
  parseDate,
  parseDateColumn,
  formatNorwegianDate,
  TWO_DIGIT_YEAR_PIVOT,
  DATE_KIND_PERIOD,
  type DateKind,
  type DateParse,
  type DateFailureCode,
  type DateOptions,
  type DateCell,
  type DateColumn,
  type DateColumnOptions,
  type NorwegianDateStyle,
} from "./dates.js";
export { periodStart, type Period } from "../calendar.js";
export { decodeText, encodingIssue, type DecodedText, type EncodingIssue, type TextEncodingName } from "./encoding.js";
export { readDelimited, detectDelimiter, splitDelimited, type DelimitedRecord, type Delimiter, type DelimitedOptions, type DelimitedTable } from "./delimited.js";
export { findTableStart, titleHints, describeSkipped, type SkippedLine, type SkippedKind, type TableBounds } from "./table-start.js";
export { normaliseHeader, type Table, type TableRow, type ColumnRef } from "./table.js";
export {
  tableToSpec,
  wideToLong,
  type ColumnMapping,
  type TableToSpecOptions,
  type TableSpecResult,
  type AdapterSpec,
  type WideToLongOptions,
  type WideTable,
} from "./columns.js";
export {
  countEvents,
  daysBetweenEvents,
  casesBetweenEvents,
  type EventMapping,
  type EventOptions,
  type EventSpecResult,
  type IgnoredLine,
  type CountEventsOptions,
  type CountEventsResult,
  type DaysBetweenOptions,
  type DaysBetweenResult,
  type EventTimes,
  type CaseMapping,
  type CasesBetweenOptions,
  type CasesBetweenResult,
} from "./events.js";
export type { UsedLine, Rejection, LineIssue } from "./report.js";
export { suggestChart, suggestFromData, suggestForEvents, chartName, type ChartSuggestion, type SuggestOptions, type LocalText, type DataNames, type EventShape } from "./suggest.js";
export { readDataFile, sniffDataFile, type DataFile, type TextDataFile, type WorkbookDataFile, type WorkbookOutline, type DataFileOptions, type UnsupportedFileCode } from "./data-file.js";
export { chooseSheet, sheetNotice, sheetRows, sheetToText, sheetToTable, uncachedNotices, columnLetters, type SheetRef, type SheetChoice, type SheetTextOptions } from "./workbook.js";
export type { Workbook, OpenWorkbook, Sheet, SheetRow, MergedRange, ErrorCell, Inflate } from "./xlsx.js";
