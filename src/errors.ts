import { forPeople, safeMessage } from "./text/for-people.js";

/**
 * One problem found in a chart spec or an input file.
 *
 * Shaped like a zod issue so that callers can treat both alike: `path` points at the
 * offending field (`["data", 2, "y"]`), `message` says what is wrong in plain words.
 */
export interface SpcIssue {
  /** A short machine-readable kind, e.g. `negative_count`, `invalid_type`. */
  code: string;
  /** Where the problem is, e.g. `["data", 2, "y"]`. */
  path: (string | number)[];
  /** What is wrong, for a person. */
  message: string;
}

/**
 * The library's own error: thrown for a spec that cannot be computed, never a bare
 * `TypeError` or a `ZodError`. Its `issues` name every problem found, each with its path.
 *
 * @example
 * ```ts
 * import { compute, SpcError } from "spc-charts";
 * try {
 *   compute({ chart: "c", data: [{ y: 3 }, { y: -1 }] });
 * } catch (e) {
 *   if (e instanceof SpcError) console.log(e.message); // data[1].y: a count cannot be negative (C chart)
 * }
 * ```
 */
export class SpcError extends Error {
  override readonly name = "SpcError";
  readonly issues: SpcIssue[];

  constructor(issues: SpcIssue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.issues = issues;
  }
}

/** Formats a path the way a JavaScript programmer would write it: `data[2].y`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    // Keys can be user text (an include filter's column): shown safe and short.
    else out += out === "" ? forPeople(key) : `.${forPeople(key)}`;
  }
  return out;
}

/**
 * One issue as a line of text: its path, then its message.
 *
 * @example
 * ```ts
 * formatIssue({ code: "negative_count", path: ["data", 2, "y"], message: "a count cannot be negative (C chart)" });
 * // "data[2].y: a count cannot be negative (C chart)"
 * ```
 */
export function formatIssue(issue: SpcIssue): string {
  const where = formatPath(issue.path);
  const message = safeMessage(issue.message);
  return where === "" ? message : `${where}: ${message}`;
}
