import type { SpcIssue } from "../errors.js";
import type { MessageParams } from "../locale/message.js";
import { quoted } from "../text/for-people.js";

/** Stop collecting after this many issues: a broken 100,000-row file needs its first problems, not all. */
export const MAX_ISSUES = 50;

/** Collects issues up to MAX_ISSUES and notes how many more there were. */
export class IssueList {
  readonly items: SpcIssue[] = [];
  private dropped = 0;

  /**
   * Adds an issue: its English message, and the parameters that let src/spec/messages.ts write
   * it in another language (the texts live there, outside the core's bundle; test/locale checks
   * that they write the same English).
   */
  add(path: (string | number)[], code: string, message: string, params?: MessageParams): void {
    if (this.items.length < MAX_ISSUES) this.items.push(params ? { code, path, message, params } : { code, path, message });
    else this.dropped++;
  }

  /** Adds an issue made with a message catalog (src/plan does). */
  push(issue: SpcIssue): void {
    this.add(issue.path, issue.code, issue.message, issue.params);
  }

  get full(): boolean {
    return this.items.length >= MAX_ISSUES;
  }

  /** The issues, with a last one saying how many were not listed. */
  all(): SpcIssue[] {
    if (this.dropped === 0) return this.items;
    return [...this.items, { code: "too_many_issues", path: [], message: `and ${this.dropped} more problems of the same kind`, params: { count: this.dropped } }];
  }
}

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
