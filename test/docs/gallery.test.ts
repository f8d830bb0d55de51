/**
 * The docs site's gallery (docs/gallery/*.json, drawn by scripts/build-docs.mjs): current with
 * scripts/make-gallery.ts, every chart type of the library and every feature the issue lists is
 * there, each spec computes, and each links a guide that exists.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHART_TYPES, compute, type ChartSpec } from "../../src/index.js";
import { entries } from "../../scripts/make-gallery.js";
import { repoRoot } from "../support/shared.js";

const dir = join(repoRoot, "docs", "gallery");
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
const stored = files.map((f) => ({ name: f.replace(/^\d+-|\.json$/g, ""), entry: JSON.parse(readFileSync(join(dir, f), "utf8")) as { spec: ChartSpec; guide: string; group: string } }));

describe("the gallery", () => {
  it("is what scripts/make-gallery.ts writes (run `npx tsx scripts/make-gallery.ts`)", () => {
    expect(stored.map((s) => s.name)).toEqual(entries.map(([name]) => name));
    for (const [i, [, entry]] of entries.entries()) expect(stored[i]!.entry).toEqual(JSON.parse(JSON.stringify(entry)));
  });

  it("shows every chart type, every feature and every rule set", () => {
    const types = new Set(stored.map((s) => s.entry.spec.chart));
    for (const type of CHART_TYPES) expect(types, type).toContain(type);
    const specs = stored.map((s) => s.entry.spec as Record<string, unknown>);
    const has = (test: (spec: Record<string, unknown>) => boolean) => specs.some(test);
    const rows = (spec: Record<string, unknown>) => spec.data as Record<string, unknown>[];
    expect(has((s) => rows(s).some((r) => r.facet !== undefined)), "facets").toBe(true);
    expect(has((s) => rows(s).some((r) => r.note !== undefined)), "notes").toBe(true);
    expect(has((s) => rows(s).some((r) => typeof r.target === "number")), "trajectory").toBe(true);
    expect(has((s) => Array.isArray(s.breaks)), "parts").toBe(true);
    expect(has((s) => typeof s.freeze === "number"), "freeze").toBe(true);
    expect(has((s) => Array.isArray(s.exclude)), "exclude").toBe(true);
    expect(has((s) => typeof s.target === "number"), "target").toBe(true);
    expect(has((s) => Array.isArray(s.lines)), "reference lines").toBe(true);
    expect(has((s) => s.convention === "mdc" && s.target !== undefined), "MDC icons").toBe(true);
    expect(has((s) => s.standardise === true), "standardised").toBe(true);
    expect(has((s) => compute(s as ChartSpec).xType === "category" && s.chart !== "pareto" && s.chart !== "funnel"), "categories").toBe(true);
    for (const rules of ["anhoej", "ihi", "western-electric", "nelson", "mdc"]) expect(has((s) => s.rules === rules), rules).toBe(true);
  });

  it("computes every spec, and links each to a guide that exists", () => {
    for (const { name, entry } of stored) {
      const result = compute(entry.spec);
      expect(result.points.length, name).toBeGreaterThan(5);
      expect(existsSync(join(repoRoot, "docs", entry.guide.replace(/#.*$/, ""))), `${name}: ${entry.guide}`).toBe(true);
    }
  });
});
