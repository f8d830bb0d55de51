import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, runCli } from "../../src/cli/run.js";
import { SpcError } from "../../src/errors.js";
import { MAX_PLAN_ALIASES, MAX_PLAN_DEPTH, parsePlan } from "../../src/plan/load.js";
import type { LocatedIssue } from "../../src/plan/diagnostics.js";

// Issue 11: a YAML plan with more than 100 aliases threw an uncaught ReferenceError, with no
// file or line; a deeply nested one reported the parser's "Maximum call stack size exceeded".

const stars = (n: number) => `[${Array.from({ length: n }, () => "*a").join(", ")}]`;

// The line, or 0 for "a line of the file" (the parser stops deep inside a nested block).
const PLANS: [string, string, string, number][] = [
  ["many aliases", `measures: &a []\nx: ${stars(MAX_PLAN_ALIASES + 1)}\n`, "too_many_aliases", 2],
  [
    "a billion laughs",
    "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nmeasures: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
    "too_many_aliases",
    2,
  ],
  ["an alias without an anchor", "measures:\n  - *nowhere\n", "unknown_alias", 2],
  ["deep flow nesting", `measures: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`, "too_deep", 1],
  ["deep block nesting", `${Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} 1\n`, "too_deep", 0],
  ["nesting just over the limit", `measures: ${"[".repeat(MAX_PLAN_DEPTH + 1)}${"]".repeat(MAX_PLAN_DEPTH + 1)}\n`, "too_deep", 1],
];

function issuesOf(text: string): LocatedIssue[] {
  try {
    parsePlan(text);
  } catch (e) {
    expect(e).toBeInstanceOf(SpcError);
    return (e as SpcError).issues as LocatedIssue[];
  }
  throw new Error("expected an SpcError");
}

describe("YAML plan limits", () => {
  it.each(PLANS)("%s: an SpcError with a code and a line", (_name, text, code, line) => {
    const [issue, ...rest] = issuesOf(text);
    expect(rest).toEqual([]);
    expect(issue!.code).toBe(code);
    if (line > 0) expect(issue!.line).toBe(line);
    else expect(issue!.line).toBeGreaterThan(0);
    expect(issue!.message).not.toMatch(/stack|ReferenceError|resource exhaustion/i);
  });

  it("lets a few aliases and ordinary nesting through", () => {
    const plan = parsePlan(
      "title: Fall\nmeasures:\n  - { name: Fall, type: outcome, data: &f { file: f.csv, y: Fall } }\n  - { name: Fall 2, type: outcome, data: *f }\n",
    );
    expect(plan.measures).toHaveLength(2);
  });

  it.each(PLANS)("spc report with %s: file:line, exit 1, no stack trace", async (_name, text, code, line) => {
    const dir = mkdtempSync(join(tmpdir(), "spc-yaml-"));
    const file = join(dir, "plan.yaml");
    writeFileSync(file, text);
    let stdout = "";
    let stderr = "";
    const exit = await runCli(["report", file, "-o", join(dir, "out.html")], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    expect(exit).toBe(EXIT.invalidInput);
    expect(stderr.startsWith(line > 0 ? `${file}:${line}:` : `${file}:`)).toBe(true);
    expect(stderr).toMatch(/^[^\n]*:\d+:\d+: /);
    expect(stderr).toContain(code === "too_deep" ? "nested more than" : code === "unknown_alias" ? "has no anchor" : "aliases");
    expect(stderr).not.toMatch(/\n\s+at |ReferenceError|RangeError/);
    expect(stdout).toBe("");
  });
});
