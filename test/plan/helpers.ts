import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { SpcError } from "../../src/errors.js";
import type { LocatedIssue } from "../../src/plan/diagnostics.js";
import { planDataFiles } from "../../src/plan/compute.js";
import type { Plan } from "../../src/plan/schema.js";

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

/** A fixture's text (`plans/fall.yaml`, `fall-sykehjem.csv`). */
export function fixtureText(name: string): string {
  return readFileSync(join(fixturesDir, name), "utf8");
}

/** The texts of every data file a plan in test/fixtures/plans names. */
export function planTexts(plan: Plan): Record<string, string> {
  return Object.fromEntries(planDataFiles(plan).map((f) => [f, readFileSync(join(fixturesDir, "plans", f), "utf8")]));
}

/** The issues of the SpcError that `fn` throws. */
export function issuesOf(fn: () => unknown): LocatedIssue[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SpcError);
    return (e as SpcError).issues as LocatedIssue[];
  }
  throw new Error("expected an SpcError");
}

/** A minimal valid measure, to change one field at a time. */
export const measure = (extra: Record<string, unknown> = {}) => ({
  name: "Fall",
  type: "outcome",
  data: { file: "fall.csv", x: "Måned", y: "Fall", n: "Liggedøgn" },
  ...extra,
});

/** A minimal valid plan around measures. */
export const plan = (...measures: Record<string, unknown>[]) => ({ title: "Færre fall", measures: measures.length > 0 ? measures : [measure()] });
