/**
 * The account an adapter gives of its input: which lines became which data rows, and which
 * were rejected and why. Every adapter returns this so that a user can fix the file rather
 * than wonder where a month went.
 *
 * @module
 */
import type { IssueCode } from "../vocabulary.js";
import { SpcError, type SpcIssue } from "../errors.js";
import type { MessageParams } from "../locale/message.js";
import { quoted } from "../text/for-people.js";

/**
 * An input line that was used. `row` is the index in `spec.data` that the line became or was
 * counted into; `null` when the line was used without producing a row of its own (e.g. the first
 * event of a T chart, which only starts the first interval).
 */
export interface UsedLine {
  line: number;
  row: number | null;
}

/**
 * An input line (or one cell of it) that was left out, in plain English.
 *
 * `column` is the header of the offending column, or `null` when the whole line is at fault
 * (e.g. a wrong number of fields).
 */
export interface Rejection {
  line: number;
  column: string | null;
  value: string;
  /** Why, in English. */
  reason: string;
  /** A stable name for the reason, when it has one (`"unclosed_quote"`, `"not_a_number"`), for programs and translations. */
  code?: string;
  /** The values the reason names (`{ line: 6 }`), for translations (src/adapters/messages.ts). */
  params?: MessageParams;
}

/**
 * An input line that was deliberately not used — not an error, and not lost: a total row
 * (`Sum`, `Totalt`), a title or blank line, a line outside a range or filter. `reason` says why in
 * plain English; `code` (when given) is a stable name for the reason, for programs and
 * translations (`"total_row"`, `"total_column"`, …); `text` is the line (or the column) as written.
 *
 * Shared by every adapter, so that one row account lists used, rejected and ignored lines alike.
 */
export interface IgnoredLine {
  line: number;
  reason: string;
  code?: IssueCode;
  /** The parameters of the reason's text, for its translation. */
  params?: MessageParams;
  text?: string;
}

/** An {@link SpcIssue} that also says which line and column of the input file it is about. */
export interface LineIssue extends SpcIssue {
  line: number;
  column: string | null;
}

/**
 * Where a cell is, the way a person finds it in a spreadsheet.
 *
 * @example
 * ```ts
 * describeCell(7, "Fall"); // 'line 7, column "Fall"'
 * describeCell(7, null);   // "line 7"
 * ```
 */
export function describeCell(line: number, column: string | null): string {
  return column === null ? `line ${line}` : `line ${line}, column "${column}"`;
}

/**
 * The issue for one rejection; `path` is empty because the row never reached `data`, so
 * `line` and `column` say where it is instead.
 *
 * @example
 * ```ts
 * rejectionIssue({ line: 4, column: "Fall", value: "to", reason: '"to" is not a number' }).message;
 * // 'line 4, column "Fall": "to" is not a number'
 * ```
 */
export function rejectionIssue(rejection: Rejection): LineIssue {
  return {
    code: "rejected_row",
    path: [],
    message: `${describeCell(rejection.line, rejection.column)}: ${rejection.reason}`,
    line: rejection.line,
    column: rejection.column,
  };
}

/**
 * In strict mode any rejection is an error: throws one {@link SpcError} listing them all, so
 * the user sees every bad cell at once rather than one per run.
 *
 * @example
 * ```ts
 * throwIfStrict(true, [{ line: 4, column: "Fall", value: "to", reason: '"to" is not a number' }]);
 * // throws SpcError: line 4, column "Fall": "to" is not a number
 * ```
 */
export function throwIfStrict(strict: boolean | undefined, rejected: readonly Rejection[]): void {
  if (strict === true && rejected.length > 0) throw new SpcError(rejected.map(rejectionIssue));
}

/**
 * An {@link SpcError} with a single issue that is about the call, not about a line.
 *
 * @example
 * ```ts
 * throw usageError("invalid_option", "period must be one of day, week, month, quarter, year", ["period"]);
 * ```
 */
export function usageError(code: IssueCode, message: string, path: (string | number)[] = []): SpcError {
  return new SpcError([{ code, path, message }]);
}

/**
 * Quotes a cell for a message: line breaks and other control characters shown as escapes
 * (`\n`, `\u001b`) to keep messages on one line and the terminal safe, long texts cut after
 * 60 characters with "…" (see src/text/for-people.ts).
 *
 * @example
 * ```ts
 * quote("abc"); // '"abc"'
 * ```
 */
export function quote(value: string): string {
  return quoted(value);
}
