import { quoted } from "../text/for-people.js";

export { IssueList, MAX_ISSUES } from "../vocabulary.js";

/**
 * A value as a message shows it: numbers and (shortened) strings as written, otherwise its kind.
 *
 * @example
 * ```ts
 * describeValue("7"); // "\"7\""
 * describeValue([1]); // "a list"
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return quoted(value, 40);
  return Array.isArray(value) ? "a list" : typeof value;
}
