/**
 * Option parsers shared by the commands: a bad value is a usage error (exit code 2) that
 * names the option.
 *
 * @module
 */
import { InvalidArgumentError, type Command } from "commander";
import { isPlanDate } from "../../plan/schema.js";
import { say } from "../messages.js";

/**
 * A finite number, with a decimal point or comma.
 *
 * @example
 * ```ts
 * parseNumberOption("0,6"); // 0.6
 * ```
 */
export function parseNumberOption(value: string): number {
  const n = Number(value.trim().replace(",", "."));
  if (value.trim() === "" || !Number.isFinite(n)) throw new InvalidArgumentError(say("option_not_a_number", { value }));
  return n;
}

/**
 * A number greater than 0 (a size or a scale factor).
 *
 * @example
 * ```ts
 * parsePositiveNumber("1,5"); // 1.5
 * ```
 */
export function parsePositiveNumber(value: string): number {
  const n = parseNumberOption(value);
  if (!(n > 0)) throw new InvalidArgumentError(say("not_positive_number", { value }));
  return n;
}

/**
 * A whole number of at least 1.
 *
 * @example
 * ```ts
 * parsePositiveInt("800"); // 800
 * ```
 */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1) throw new InvalidArgumentError(say("not_positive_int", { value }));
  return n;
}

/**
 * A year of four digits, for weeks and months written without one.
 *
 * @example
 * ```ts
 * parseYear("2024"); // 2024
 * ```
 */
export function parseYear(value: string): number {
  const v = value.trim();
  if (!/^\d{4}$/.test(v)) throw new InvalidArgumentError(say("not_a_year", { value }));
  return Number(v);
}

/**
 * A 1-based position or a date (`12`, `2024-06-01`, `01.06.2024`).
 *
 * @example
 * ```ts
 * parsePositionOrDate("12");         // 12
 * parsePositionOrDate("01.06.2024"); // "01.06.2024"
 * ```
 */
export function parsePositionOrDate(value: string): number | string {
  const v = value.trim();
  if (/^\d+$/.test(v) && Number(v) >= 1) return Number(v);
  if (isPlanDate(v)) return v;
  throw new InvalidArgumentError(say("not_position_or_date", { value }));
}

/**
 * A comma-separated list of positions or dates (dates with dots or dashes: `12,2024-06-01`).
 *
 * @example
 * ```ts
 * parsePositionList("12,24"); // [12, 24]
 * ```
 */
export function parsePositionList(value: string, previous: (number | string)[] = []): (number | string)[] {
  return [...previous, ...value.split(",").filter((v) => v.trim() !== "").map(parsePositionOrDate)];
}

/**
 * `Column=value|value`, repeatable: keep only rows whose column has one of the values.
 *
 * @example
 * ```ts
 * parseInclude("Alvorlighetsgrad=Lett skade|Moderat skade", {});
 * // { Alvorlighetsgrad: ["Lett skade", "Moderat skade"] }
 * ```
 */
export function parseInclude(value: string, previous: Record<string, string[]> = {}): Record<string, string[]> {
  const i = value.indexOf("=");
  if (i <= 0) throw new InvalidArgumentError(say("include_format", { value }));
  const column = value.slice(0, i).trim();
  const values = value.slice(i + 1).split("|").map((v) => v.trim());
  // The column is user text: "constructor" or "toString" must not find Object's methods, and
  // "__proto__" must become an own key (a computed key in a literal does), not the prototype.
  const before = Object.hasOwn(previous, column) ? previous[column]! : [];
  return { ...previous, [column]: before.concat(values) };
}

/**
 * Quotes a word for a shell command line when it needs it.
 *
 * @example
 * ```ts
 * shellQuote("Antall avvik"); // "'Antall avvik'"
 * shellQuote("Fall");         // "Fall"
 * ```
 */
export function shellQuote(word: string): string {
  return /^[\p{L}\p{N}_./:=,+-]+$/u.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * A number of bytes for `--max-bytes`: whole bytes, or with a unit (`500MB`, `2GB`, `800kB`;
 * decimal units, as disks count).
 *
 * @example
 * ```ts
 * parseByteCount("500MB"); // 500000000
 * parseByteCount("2e9");   // throws: not a number of bytes
 * ```
 */
export function parseByteCount(value: string): number {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value);
  const unit = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9 }[(m?.[2] ?? "b").toLowerCase() as "b"];
  const n = m === null ? Number.NaN : Math.floor(Number(m[1]!.replace(",", ".")) * unit);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(say("not_byte_count", { value }));
  return n;
}

/**
 * Adds `--max-bytes` to a command that reads files: the largest file it reads.
 *
 * @example
 * ```ts
 * withMaxBytes(program.command("chart"));
 * ```
 */
export function withMaxBytes(command: Command): Command {
  return command.option("--max-bytes <bytes>", "largest file read, in bytes or with a unit (default 100MB; e.g. 500MB, 2GB)", parseByteCount);
}
