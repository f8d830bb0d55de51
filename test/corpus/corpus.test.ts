// The corpus (issue 10): files shaped as Norwegian Excel writes them, each with its expected
// series or its expected refusal (test/fixtures/corpus/expected.json, described in
// test/fixtures/README.md), charted twice — by the CLI (`spc chart FILE … -o out.json`, in-process)
// and by the library (readDataFile → suggestChart → validatePlan + computePlan) — and the two must
// agree with the expectation and with each other.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ChartResult } from "../../src/types.js";
import { runInProcess, tempDir } from "../cli/harness.js";
import { chartThroughLibrary, corpusCases, fixturePath, pointsOf, type CorpusCase } from "./corpus-case.js";

const cases = corpusCases();
const caseName = (c: CorpusCase) => c.name ?? [c.file, ...(c.args ?? [])].join(" ");

describe("the corpus", () => {
  it("has at least 15 files, each file in test/fixtures, and every case says what must come of it", () => {
    const files = new Set(cases.map((c) => c.file));
    expect(files.size).toBeGreaterThanOrEqual(15);
    for (const c of cases) {
      expect(existsSync(fixturePath(c.file)), c.file).toBe(true);
      if (c.refusal === undefined) {
        expect(c.exit, caseName(c)).toBe(0);
        expect(c.points?.length ?? 0, caseName(c)).toBeGreaterThan(0);
        expect(c.chart, caseName(c)).toBeTypeOf("string");
      } else expect(c.exit, caseName(c)).not.toBe(0);
    }
    expect(new Set(cases.map(caseName)).size).toBe(cases.length);
  });
});

describe.each(cases.map((c) => [caseName(c), c] as const))("%s", (_name, c) => {
  it("the CLI gives the expected series (or refusal), and says what it must", async () => {
    const out = join(tempDir(), "out.json");
    const run = await runInProcess(["chart", fixturePath(c.file), ...(c.args ?? []), "-o", out]);
    expect(run.code, run.stderr).toBe(c.exit);
    for (const s of c.stderr ?? []) expect(run.stderr).toContain(s);
    for (const s of c.notStderr ?? []) expect(run.stderr).not.toContain(s);
    expect(run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // never a stack trace
    if (c.refusal !== undefined) {
      if (c.refusal.message !== undefined) expect(run.stderr).toContain(c.refusal.message);
      expect(existsSync(out), "no output file after a refusal").toBe(false);
      return;
    }
    const result = JSON.parse(readFileSync(out, "utf8")) as ChartResult;
    expect(result.chart).toBe(c.chart);
    expect(result.multiply).toBe(c.multiply ?? 1);
    expect(result.yLabel).toBe(c.yLabel ?? null);
    expect(result.facets).toEqual(c.facets ?? [null]);
    expect(pointsOf(result)).toEqual(c.points);
  });

  it("the library gives the same series with the same columns (or refuses with the code)", async () => {
    const outcome = await chartThroughLibrary(c);
    if (c.refusal !== undefined) {
      expect(outcome.kind).toBe("refusal");
      if (outcome.kind === "refusal" && c.refusal.code !== undefined) expect(outcome.codes).toContain(c.refusal.code);
      return;
    }
    expect(outcome.kind, outcome.kind === "refusal" ? outcome.messages.join("\n") : "").toBe("result");
    if (outcome.kind !== "result") return;
    if (c.columns !== undefined) expect(outcome.columns).toEqual(c.columns);
    expect(outcome.result.chart).toBe(c.chart);
    expect(outcome.result.multiply).toBe(c.multiply ?? 1);
    expect(outcome.result.yLabel).toBe(c.yLabel ?? null);
    expect(outcome.result.facets).toEqual(c.facets ?? [null]);
    expect(pointsOf(outcome.result)).toEqual(c.points);
  });
});
