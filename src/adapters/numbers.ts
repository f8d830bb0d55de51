/**
 * Numbers as Norwegian spreadsheets write them: `1 234,5`, `−3`, `12,5 %`.
 *
 * `parseFloat("1,5")` is 1 and `Number("1 234")` is `NaN`, so numbers from a Norwegian Excel
 * export need their own parser. It never guesses: a value it cannot read exactly is a failure
 * with a reason a person can act on.
 *
 * @module
 */
import { quote, usageError } from "./report.js";

/** The character that separates whole units from decimals. */
export type DecimalSeparator = "," | ".";

/** Options of {@link parseNorwegianNumber}. */
export interface NumberOptions {
  /**
   * The decimal separator, or `"auto"` (default) to decide from the value alone: when both
   * `,` and `.` occur the last one is the decimal separator; a single `,` or a single `.` is a
   * decimal separator; repeated ones are thousands separators. `"auto"` cannot tell whether
   * `1.234` is 1234 or 1.234 (it reads 1.234) — decide per column with
   * {@link detectDecimalSeparator} and pass the result here.
   */
  decimal?: DecimalSeparator | "auto";
  /** Cell texts (compared trimmed, case-insensitively) that mean "missing", besides the empty cell. */
  missing?: readonly string[];
}

/** Why a text is not a number. */
export type NumberFailureCode = "not_a_number" | "wrong_decimal" | "bad_grouping" | "too_large";

/**
 * The outcome of reading one number: the value (`null` for an empty or missing cell) and
 * whether it was written as a percent, or a reason for failure.
 */
export type NumberParse =
  | { ok: true; value: number | null; percent: boolean }
  | { ok: false; code: NumberFailureCode; reason: string; params: NumberFailureParams };

/** What a number's failure says, as parameters of its message (src/adapters/messages.ts). */
export interface NumberFailureParams {
  [name: string]: string;
  value: string;
  /** For `wrong_decimal`: two of the column's separator, or one of the other, or two of any. */
  kind: "two" | "written_with" | "two_any" | "";
  used: "," | "." | "";
  expected: "," | "." | "";
}

// Spaces that Norwegian software puts between thousands: space, NBSP (Excel, Intl), narrow
// NBSP (Intl in some locales, typeset reports) and thin space (Word).
const GROUP_SPACES = " \u00A0\u202F\u2009";
const SPACE_RE = /[ \u00A0\u202F\u2009]/g;
const BODY_RE = /^[0-9 \u00A0\u202F\u2009.,]+$/;

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

function fail(code: NumberFailureCode, reason: string, params: NumberFailureParams): NumberParse {
  return { ok: false, code, reason, params };
}

/** The parameters of a failure about `value` (and, for a decimal separator, which one). */
function about(value: string, kind: NumberFailureParams["kind"] = "", used: NumberFailureParams["used"] = "", expected: NumberFailureParams["expected"] = ""): NumberFailureParams {
  return { value, kind, used, expected };
}

function otherSeparator(decimal: DecimalSeparator): DecimalSeparator {
  return decimal === "," ? "." : ",";
}

function separatorName(decimal: DecimalSeparator): string {
  return decimal === "," ? "a decimal comma" : "a decimal point";
}

/**
 * Reads a number written the Norwegian (or English) way.
 *
 * Accepts a decimal comma or point; thousands separated by space, NBSP (U+00A0), narrow NBSP
 * (U+202F) or thin space, or by `.` when the decimal separator is `,` (and by `,` when it is
 * `.`); a leading `-`, `+` or `−` (U+2212, what `Intl` writes for nb-NO); a trailing `%`
 * (the value is kept as written, `12,5 %` → 12.5, and `percent` is set); surrounding spaces.
 * An empty cell is `null`. Exponents, `NaN`, `Infinity`, hexadecimal and Excel error codes are
 * not numbers. Failures are returned, not thrown, so a caller can report every bad cell.
 *
 * @throws {SpcError} only when `text` is not a string at all.
 * @example
 * ```ts
 * parseNorwegianNumber("1 234,5");        // { ok: true, value: 1234.5, percent: false }
 * parseNorwegianNumber("12,5 %");         // { ok: true, value: 12.5, percent: true }
 * parseNorwegianNumber("\u22123");        // { ok: true, value: -3, percent: false }
 * parseNorwegianNumber("");               // { ok: true, value: null, percent: false }
 * parseNorwegianNumber("1.234", { decimal: "," }); // { ok: true, value: 1234, percent: false }
 * parseNorwegianNumber("abc");            // { ok: false, code: "not_a_number", reason: '"abc" is not a number', params: { value: "abc", … } }
 * ```
 */
export function parseNorwegianNumber(text: string, options: NumberOptions = {}): NumberParse {
  if (typeof text !== "string") throw usageError("invalid_input", "the number to read must be a string");
  if (options.missing !== undefined && !Array.isArray(options.missing)) {
    throw usageError("invalid_option", "missing must be an array of texts", ["missing"]);
  }
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null, percent: false };
  if (options.missing !== undefined) {
    const lower = trimmed.toLowerCase();
    if (options.missing.some((m) => m.trim().toLowerCase() === lower)) return { ok: true, value: null, percent: false };
  }
  const notANumber = (): NumberParse => fail("not_a_number", `${quote(trimmed)} is not a number`, about(trimmed));

  let body = trimmed;
  let percent = false;
  if (body.endsWith("%")) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  let negative = false;
  const first = body.charAt(0);
  if (first === "-" || first === "\u2212") {
    negative = true;
    body = body.slice(1);
  } else if (first === "+") {
    body = body.slice(1);
  }
  // Digits and separators only, starting and ending with a digit or a leading separator
  // (",5" is written by some systems); a space right after the sign is not a number.
  if (!BODY_RE.test(body) || !/[0-9]$/.test(body) || GROUP_SPACES.includes(body.charAt(0))) return notANumber();

  const mode = options.decimal ?? "auto";
  const commas = count(body, ",");
  const dots = count(body, ".");
  let decimal: DecimalSeparator | null;
  let group: DecimalSeparator;
  if (mode === "auto") {
    if (commas > 0 && dots > 0) decimal = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    else if (commas === 1) decimal = ",";
    else if (dots === 1) decimal = ".";
    else decimal = null; // only repeated separators (thousands) or none
    group = decimal === null ? (commas > 0 ? "," : ".") : otherSeparator(decimal);
  } else {
    group = otherSeparator(mode);
    const decimals = mode === "," ? commas : dots;
    if (decimals > 1) return fail("wrong_decimal", `${quote(trimmed)} has more than one ${mode === "," ? "decimal comma" : "decimal point"}`, about(trimmed, "two", mode, mode));
    decimal = decimals === 1 ? mode : null;
    // "1,234.5" in a comma column: the group separator after the decimal one means the value
    // was written with the other convention.
    if (decimal !== null && body.lastIndexOf(group) > body.indexOf(decimal)) {
      return fail("wrong_decimal", `${quote(trimmed)} is written with ${separatorName(group)}, but this column uses ${separatorName(mode)}`, about(trimmed, "written_with", group, mode));
    }
  }

  let whole = body;
  let fraction = "";
  if (decimal !== null) {
    const at = body.lastIndexOf(decimal);
    if (body.indexOf(decimal) !== at) return fail("wrong_decimal", `${quote(trimmed)} has more than one decimal separator`, about(trimmed, "two_any"));
    whole = body.slice(0, at);
    fraction = body.slice(at + 1);
    if (!/^[0-9]+$/.test(fraction)) return notANumber();
  }
  if (whole === "" && decimal === null) return notANumber();

  const usesGroupChar = whole.includes(group);
  const usesSpaces = /[ \u00A0\u202F\u2009]/.test(whole);
  if (usesGroupChar || usesSpaces) {
    const groups = whole.split(/[ \u00A0\u202F\u2009.,]/);
    const wellFormed =
      !(usesGroupChar && usesSpaces) &&
      groups.every((g, i) => (i === 0 ? /^[0-9]{1,3}$/.test(g) : /^[0-9]{3}$/.test(g)));
    if (!wellFormed) {
      // A lone "1.5" in a comma column is far more likely a decimal point than a broken
      // thousands group: say so, because that is what the user has to fix.
      const afterGroup = whole.slice(whole.lastIndexOf(group) + 1);
      if (usesGroupChar && count(whole, group) === 1 && decimal === null && !/^[0-9]{3}$/.test(afterGroup)) {
        return fail("wrong_decimal", `${quote(trimmed)} is written with ${separatorName(group)}, but this column uses ${separatorName(otherSeparator(group))}`, about(trimmed, "written_with", group, otherSeparator(group)));
      }
      return fail("bad_grouping", `${quote(trimmed)} has misplaced thousands separators`, about(trimmed));
    }
  }
  const digits = whole.replace(/[^0-9]/g, "");
  const value = Number(`${digits === "" ? "0" : digits}.${fraction === "" ? "0" : fraction}`);
  if (!Number.isFinite(value)) return fail("too_large", `${quote(trimmed)} is too large to be a number`, about(trimmed));
  // -0 only surprises people (Object.is, 1 / x); a written "-0" means zero.
  const signed = negative && value !== 0 ? -value : value;
  return { ok: true, value: signed, percent };
}

/** Options of {@link formatNorwegianNumber}. */
export interface FormatNumberOptions {
  /** Thousands separator; default NBSP (U+00A0), as `Intl.NumberFormat("nb-NO")` writes. Use `""` for none. */
  group?: string;
  /** Minus sign; default `−` (U+2212), as `Intl` writes for nb-NO. Use `"-"` for files Excel must read. */
  minus?: string;
}

/** Writes the digits of a non-negative finite number without exponent notation. */
function plainDigits(text: string): string {
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (m === null) return text;
  const intPart = m[1] ?? "";
  const fracPart = m[2] ?? "";
  const exponent = Number(m[3]);
  const digits = intPart + fracPart;
  const point = intPart.length + exponent; // position of the decimal point in `digits`
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Writes a number the Norwegian way: decimal comma, thousands grouped by NBSP from four digits
 * on, `−` (U+2212) for minus — the same text `Intl.NumberFormat("nb-NO")` gives, but built by
 * hand so that output never depends on the machine's ICU data. Without `decimals` it writes the
 * shortest text that reads back to the same number (never exponent notation).
 *
 * @param decimals - fixed number of decimals (0–100), rounded as `toFixed` does.
 * @throws {SpcError} for `NaN`, `±Infinity` or a bad `decimals`.
 * @example
 * ```ts
 * formatNorwegianNumber(-1234.5);       // "−1 234,5" (with U+00A0 and U+2212)
 * formatNorwegianNumber(0.125, 2);      // "0,13"
 * formatNorwegianNumber(1e21, 0, { group: " ", minus: "-" }); // "1 000 000 000 000 000 000 000"
 * ```
 */
export function formatNorwegianNumber(value: number, decimals?: number, options: FormatNumberOptions = {}): string {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw usageError("not_finite", `${String(value)} cannot be written as a number`);
  }
  if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > 100)) {
    throw usageError("invalid_decimals", `decimals must be a whole number from 0 to 100, not ${String(decimals)}`);
  }
  const magnitude = Math.abs(value);
  let text: string;
  if (decimals === undefined) {
    text = plainDigits(String(magnitude));
  } else {
    // toFixed falls back to exponent notation from 1e21 on, where there are no decimals left.
    text = plainDigits(magnitude.toFixed(decimals));
    if (decimals > 0 && !text.includes(".")) text += `.${"0".repeat(decimals)}`;
  }
  const [whole = "0", fraction] = text.split(".");
  const group = options.group ?? "\u00A0";
  const grouped = whole.length >= 4 ? whole.replace(/\B(?=(\d{3})+$)/g, group) : whole;
  const isZero = /^[0.]*$/.test(text);
  const sign = value < 0 && !isZero ? (options.minus ?? "\u2212") : "";
  return fraction === undefined ? sign + grouped : `${sign}${grouped},${fraction}`;
}

/** Options of {@link detectDecimalSeparator}. */
export interface DetectDecimalOptions {
  /** Used when the values themselves do not tell; default `","` (Norwegian). */
  fallback?: DecimalSeparator;
}

/** What {@link detectDecimalSeparator} decided and on what grounds. */
export interface DecimalDetection {
  /** The separator to read the column with. */
  decimal: DecimalSeparator;
  /** `"values"` when the column's values decided it, `"fallback"` when they could not. */
  basis: "values" | "fallback";
  /** Values that can only be read with a decimal comma (`1,5`, `1.234,5`, `1.234.567`). */
  comma: number;
  /** Values that can only be read with a decimal point (`1.5`, `1,234.5`, `0.123`). */
  point: number;
  /** Values that read differently under the two (`1.234`, `1,234`), e.g. `["1.234"]`. */
  ambiguous: string[];
}

/** Which decimal separator a single value proves, if any. */
function decimalEvidence(text: string): DecimalSeparator | "ambiguous" | null {
  let s = text.trim();
  if (s.endsWith("%")) s = s.slice(0, -1).trim();
  s = s.replace(/^[-+\u2212]/, "").replace(SPACE_RE, "");
  if (!/^[0-9.,]+$/.test(s)) return null;
  const commas = count(s, ",");
  const dots = count(s, ".");
  if (commas > 0 && dots > 0) return s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
  // One separator followed by exactly three digits after a non-zero 1–3 digit start reads as
  // a thousands group under one convention and as decimals under the other.
  if (commas === 1) return /^[1-9][0-9]{0,2},[0-9]{3}$/.test(s) ? "ambiguous" : ",";
  if (dots === 1) return /^[1-9][0-9]{0,2}\.[0-9]{3}$/.test(s) ? "ambiguous" : ".";
  if (commas > 1) return ".";
  if (dots > 1) return ",";
  return null;
}

/**
 * Decides a column's decimal separator from all its values, so that `1.234` is 1234 in a
 * comma-decimal column and 1.234 in a point-decimal one.
 *
 * A value proves a separator when only one reading is valid (`1,5` → comma; `1.5`, `0.123` →
 * point; `1.234,5` → comma). The separator with more proving values wins; values that prove
 * the other one will then fail to parse and be rejected, never silently misread. When no value
 * proves anything (whole numbers, or only `1.234`-like values), or as many prove one as the
other, `fallback` decides and
 * `basis` is `"fallback"` — callers should say so to the user when `ambiguous` is not empty.
 *
 * @example
 * ```ts
 * detectDecimalSeparator(["1.234", "2,5"]).decimal;   // ","  (so "1.234" is 1234)
 * detectDecimalSeparator(["1.234", "0.5"]).decimal;   // "."  (so "1.234" is 1.234)
 * detectDecimalSeparator(["1.234", "17"], { fallback: "." });
 * // { decimal: ".", basis: "fallback", comma: 0, point: 0, ambiguous: ["1.234"] }
 * ```
 */
export function detectDecimalSeparator(values: Iterable<string>, options: DetectDecimalOptions = {}): DecimalDetection {
  let comma = 0;
  let point = 0;
  const ambiguous: string[] = [];
  for (const value of values) {
    if (typeof value !== "string") continue;
    const evidence = decimalEvidence(value);
    if (evidence === ",") comma++;
    else if (evidence === ".") point++;
    else if (evidence === "ambiguous") ambiguous.push(value.trim());
  }
  const fallback = options.fallback ?? ",";
  // A tie (including no evidence at all) is not a decision the values can make.
  if (comma === point) return { decimal: fallback, basis: "fallback", comma, point, ambiguous };
  return { decimal: comma > point ? "," : ".", basis: "values", comma, point, ambiguous };
}

/**
 * Cell texts that mean "no value" in a spreadsheet export: Excel's error values in Norwegian and
 * English (`#N/A`, `#I/T`, `#DIV/0!`, `#VERDI!`, `#REF!`, …) and the usual `NA`, `N/A`, `I/T`.
 * The table adapters read them as missing values (and say how many), not as unreadable cells:
 * a formula that found nothing is a gap in the series, not a typing error.
 */
export const MISSING_MARKERS: readonly string[] = [
  "#N/A", "#I/T", "#DIV/0!", "#VERDI!", "#VALUE!", "#REF!", "#NAME?", "#NAVN?", "#NUM!", "#TALL!",
  "#NULL!", "#SPILL!", "#CALC!", "#BEREGN!", "#FIELD!", "#FELT!", "#GETTING_DATA", "NA", "N/A", "I/T",
];

const MISSING_SET = new Set(MISSING_MARKERS.map((m) => m.toLowerCase()));

/**
 * Whether a cell is one of the {@link MISSING_MARKERS} (trimmed, any case).
 *
 * @example
 * ```ts
 * isMissingMarker(" #N/A "); // true
 * isMissingMarker("#verdi!"); // true
 * isMissingMarker("0");      // false
 * ```
 */
export function isMissingMarker(text: string): boolean {
  return typeof text === "string" && MISSING_SET.has(text.trim().toLowerCase());
}
