import { issueMessage, type MessageLang } from "./locale/message.js";
import { loadSpecNb } from "./chart-spec/messages-nb.js";
import { loadWarningsNb } from "./compute/warning-messages-nb.js";
import { forPeople, safeMessage } from "./text/for-people.js";

export type { IssueCode, SpcIssue } from "./vocabulary.js";
import type { SpcIssue } from "./vocabulary.js";

/** How {@link formatIssue} writes: the language of the message (default English). */
export interface FormatIssueOptions {
  lang?: MessageLang;
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
    // English, as `message` is: formatIssue would bring the bokmål texts into every bundle.
    super(issues.map((issue) => withPath(issue.path, issue.message)).join("\n"));
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
 * One issue as a line of text: its path, then its message, in English or (`lang: "nb"`) in
 * bokmål. The message is looked up by the issue's code and parameters in the loaded catalogs; an
 * issue with an unknown code, or without parameters, keeps its own `message`.
 *
 * @example
 * ```ts
 * formatIssue({ code: "negative_count", path: ["data", 2, "y"], message: "a count cannot be negative (C chart)" });
 * // "data[2].y: a count cannot be negative (C chart)"
 * formatIssue(issue, { lang: "nb" }); // "data[2].y: et antall kan ikke være negativt (C-diagram)"
 * ```
 */
export function formatIssue(issue: SpcIssue, options: FormatIssueOptions | number = {}): string {
  // A number is `map`'s index (`issues.map(formatIssue)`): English, as before.
  const lang = typeof options === "number" ? "en" : (options.lang ?? "en");
  if (lang === "nb") loadCoreNb();
  return withPath(issue.path, issueMessage(issue, lang));
}

/**
 * Adds the bokmål of the core's messages (the spec's and the warnings'), which `import { compute }`
 * does not carry; formatIssue does this itself.
 *
 * @example
 * ```ts
 * loadCoreNb();
 * issueMessage(result.warnings[0], "nb");
 * ```
 */
export function loadCoreNb(): void {
  loadSpecNb();
  loadWarningsNb();
}

/** The path, then the message, made safe to print (no control characters, not too long). */
function withPath(path: readonly (string | number)[], text: string): string {
  const where = formatPath(path);
  const message = safeMessage(text);
  return where === "" ? message : `${where}: ${message}`;
}
