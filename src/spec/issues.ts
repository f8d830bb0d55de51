import type * as z from "zod/mini";
import type { SpcIssue } from "../errors.js";

/** Stop collecting after this many issues: a broken 100,000-row file needs its first problems, not all. */
export const MAX_ISSUES = 50;

/** Collects issues up to MAX_ISSUES and notes how many more there were. */
export class IssueList {
  readonly items: SpcIssue[] = [];
  private dropped = 0;

  add(path: (string | number)[], code: string, message: string): void {
    if (this.items.length < MAX_ISSUES) this.items.push({ code, path, message });
    else this.dropped++;
  }

  get full(): boolean {
    return this.items.length >= MAX_ISSUES;
  }

  /** The issues, with a last one saying how many were not listed. */
  all(): SpcIssue[] {
    if (this.dropped === 0) return this.items;
    return [...this.items, { code: "too_many_issues", path: [], message: `and ${this.dropped} more problems of the same kind` }];
  }
}

/** Turns zod's issues into ours: same path, a message a measurement lead can act on. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], into: IssueList): void {
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    let message = issue.message;
    if (issue.code === "invalid_value" && "values" in issue) {
      message = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    } else if (issue.code === "invalid_type") {
      message = `must be ${article(issue.expected)}`;
    } else if (issue.code === "unrecognized_keys") {
      continue; // reported as warnings by the caller
    }
    into.add(path, issue.code, message);
  }
}

function article(expected: string): string {
  if (expected === "array") return "a list";
  if (expected === "object") return "an object";
  if (expected === "int") return "a whole number";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
