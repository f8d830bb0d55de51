/**
 * Problems with a place: `file:line:column: message`, the form editors and CI logs turn into
 * links. Pure text work — no file system.
 *
 * @module
 */
import { formatIssue, type FormatIssueOptions, type SpcIssue } from "../errors.js";
import { forPeople, quoted } from "../text/for-people.js";

/** An issue that knows which file, line and column it is about (all optional, 1-based). */
export interface LocatedIssue extends SpcIssue {
  /** The file, as the user named it. */
  file?: string;
  line?: number;
  column?: number;
  /**
   * The file's column (its header) the issue is about: written instead of the spec's path, so
   * that `data[2].y` reads `kolonne «Vurdert»` / `column "Vurdert"`, as in the file.
   */
  field?: string;
  /** `"warning"` for something the user should know that did not stop the work; default error. */
  severity?: "error" | "warning";
}

/**
 * One issue as one line: `file:line:column: path: message`, with `warning: ` before the message
 * for warnings; the parts that are not known are left out (`file: message`, `message`).
 *
 * @example
 * ```ts
 * formatLocated({ code: "rejected_row", path: [], message: '"to" is not a number', file: "avvik.csv", line: 4, column: 12 });
 * // 'avvik.csv:4:12: "to" is not a number'
 * formatLocated({ code: "x", path: ["measures", 2, "target", "value"], message: "must be a number", file: "plan.yaml", line: 31, column: 14 });
 * // "plan.yaml:31:14: measures[2].target.value: must be a number"
 * formatLocated(issue, { lang: "nb" }); // the message in bokmål, when its code is in a loaded catalog
 * ```
 */
export function formatLocated(issue: LocatedIssue, options: FormatIssueOptions | number = {}): string {
  // A number is `map`'s index (`issues.map(formatLocated)`): English, as before.
  if (typeof options === "number") options = {};
  let where = issue.file === undefined ? "" : forPeople(issue.file, 300);
  if (issue.line !== undefined) {
    where += `${where === "" ? "" : ":"}${issue.line}`;
    if (issue.column !== undefined) where += `:${issue.column}`;
  }
  const warning = issue.severity === "warning" ? (options.lang === "nb" ? "advarsel: " : "warning: ") : "";
  const field = issue.field === undefined ? "" : options.lang === "nb" ? `kolonne «${forPeople(issue.field)}»: ` : `column ${quoted(issue.field)}: `;
  const text = `${warning}${field}${formatIssue(issue.field === undefined ? issue : { ...issue, path: [] }, options)}`;
  return where === "" ? text : `${where}: ${text}`;
}

/**
 * The lines of a text, indexed once so that many cells can be located cheaply. Lines are
 * counted as `readDelimited` counts them: from 1, a byte-order mark ignored, LF, CRLF and CR
 * each ending a line.
 */
export class TextLines {
  private readonly text: string;
  private starts: number[] | null = null;

  /**
   * @example
   * ```ts
   * new TextLines("a;b\r\nc;d\n").lineText(2); // "c;d"
   * ```
   */
  constructor(text: string) {
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  private index(): number[] {
    if (this.starts !== null) return this.starts;
    const starts = [0];
    const s = this.text;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (s.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    return starts;
  }

  /** Offset of the first character of a 1-based line, or `null` beyond the text. */
  lineStart(line: number): number | null {
    const starts = this.index();
    return line >= 1 && line <= starts.length ? (starts[line - 1] ?? null) : null;
  }

  /**
   * The text of a 1-based line without its line end (`""` beyond the text).
   *
   * @example
   * ```ts
   * new TextLines("x\ny").lineText(2); // "y"
   * ```
   */
  lineText(line: number): string {
    const start = this.lineStart(line);
    if (start === null) return "";
    const next = this.lineStart(line + 1);
    return this.text.slice(start, next ?? this.text.length).replace(/\r?\n$|\r$/, "");
  }

  /**
   * Where a field of the delimited record that starts on `line` begins: 1-based line and column
   * (a quoted field before it may span lines). Quotes are read as in CSV: a field that starts
   * with `"` runs to the next lone `"`. `null` when the record has fewer fields.
   *
   * @example
   * ```ts
   * new TextLines('Dato;Fall\n2024-03-03;"to"\n').cellPosition(2, 1, ";"); // { line: 2, column: 12 }
   * ```
   */
  cellPosition(line: number, field: number, delimiter: string): { line: number; column: number } | null {
    let i = this.lineStart(line);
    if (i === null || field < 0) return null;
    const s = this.text;
    let current = line;
    let lineStart = i;
    let index = 0;
    let fieldStart = i;
    while (index < field) {
      if (i >= s.length) return null;
      if (i === fieldStart && s[i] === '"') {
        i++;
        for (; i < s.length; i++) {
          if (s[i] === '"') {
            if (s[i + 1] === '"') i++;
            else {
              i++;
              break;
            }
          } else if (s[i] === "\n" || s[i] === "\r") {
            if (s[i] === "\r" && s[i + 1] === "\n") i++;
            current++;
            lineStart = i + 1;
          }
        }
        continue;
      }
      const c = s[i];
      if (c === "\n" || c === "\r") return null;
      if (c === delimiter) {
        index++;
        fieldStart = i + 1;
      }
      i++;
    }
    return { line: current, column: fieldStart - lineStart + 1 };
  }
}
