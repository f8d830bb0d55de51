// Measurement plans over Excel-shaped files: year:, the file name as a year hint, total rows as
// located notices, units on the y axis, stated multipliers, wide sheets in sheet order, and a
// measure with nothing to chart refused while the others are computed.
import { describe, expect, it } from "vitest";
import { computeMeasure, computePlan } from "../../src/plan/compute.js";
import { formatLocated } from "../../src/plan/diagnostics.js";
import { validatePlan } from "../../src/plan/load.js";
import { prepareMeasure } from "../../src/plan/measure.js";
import { fixtureText } from "./helpers.js";

const files = ["fall-uke-2024-totalt.csv", "trykksar-uke-uten-ar.csv", "fall-bred-sum.csv", "alt-mangler.csv", "handhygiene-prosent.csv", "fall-sykehjem.csv", "handhygiene-bom-crlf.csv"];
const texts = Object.fromEntries(files.map((f) => [f, fixtureText(f)]));
const plan = (...measures: Record<string, unknown>[]) => validatePlan({ title: "Plan", measures: measures.map((m, i) => ({ name: `Måling ${i + 1}`, type: "outcome", ...m })) });

describe("plans read what teams keep", () => {
  it("weeks without a year take it from the file name; totals are notices naming their line; the unit reaches yLabel", () => {
    const m = plan({ data: { file: "fall-uke-2024-totalt.csv", x: "Uke", y: "Fall", n: "Liggedøgn" } }).measures[0]!;
    const c = computeMeasure(m, texts);
    expect(c.result).not.toBeNull();
    expect(c.result?.chart).toBe("u");
    expect(c.result?.multiply).toBe(1000);
    expect(c.result?.yLabel).toBe("per 1000 liggedøgn");
    expect(c.result?.points[0]?.x).toBe("2024-09-30");
    expect(c.result?.points.at(-1)?.x).toBe("2025-03-03");
    const notices = c.issues.map(formatLocated);
    expect(notices).toContain('fall-uke-2024-totalt.csv:25:1: warning: "Totalt" is a total or summary row, not a subgroup (line left out)');
    expect(notices).toContain('fall-uke-2024-totalt.csv:26:1: warning: "Gjennomsnitt:" is a total or summary row, not a subgroup (line left out)');
    expect(notices.join("\n")).toMatch(/the rate is shown per 1000 "Liggedøgn", because its name says days of care/);
    const prepared = prepareMeasure(m, texts);
    expect(prepared.loaded.ignored.map((i) => [i.line, i.code])).toEqual([[25, "total_row"], [26, "total_row"]]);
  });

  it("an explicit chart u per liggedøgn is per 1000 too, and the plan's unit and multiply win", () => {
    const [auto, own] = plan(
      { chart: "u", data: { file: "fall-sykehjem.csv", x: "Måned", y: "Fall", n: "Liggedøgn" } },
      { chart: "u", multiply: 100, unit: "fall per 100 døgn", data: { file: "fall-sykehjem.csv", x: "Måned", y: "Fall", n: "Liggedøgn" } },
    ).measures;
    const a = prepareMeasure(auto!, texts);
    expect([a.spec.multiply, a.spec.yLabel]).toEqual([1000, "per 1000 liggedøgn"]);
    const o = prepareMeasure(own!, texts);
    expect([o.spec.multiply, o.spec.yLabel]).toEqual([100, "fall per 100 døgn"]);
    expect(o.issues.some((i) => i.code === "automatic_multiply")).toBe(false);
  });

  it("a P chart per cent is labelled %, and the multiplier is stated", () => {
    const m = plan({ data: { file: "handhygiene-bom-crlf.csv", x: "Måned", y: "Korrekt utført", n: "Observasjoner" } }).measures[0]!;
    const p = prepareMeasure(m, texts);
    expect(p.spec.chart).toBe("p");
    expect(p.spec.yLabel).toBe("%");
    expect(p.issues.find((i) => i.code === "automatic_multiply")?.message).toMatch(/multiplied by 100 \(a share is shown as per cent\)/);
  });

  it("per cent values: an I chart with a % axis", () => {
    const p = prepareMeasure(plan({ data: { file: "handhygiene-prosent.csv", x: "Måned", y: 1 } }).measures[0]!, texts);
    expect([p.spec.chart, p.spec.yLabel]).toEqual(["i", "%"]);
  });

  it("year: gives weeks their year; without one the measure is refused, located, asking for year:", () => {
    const [given, missing] = plan(
      { data: { file: "trykksar-uke-uten-ar.csv", x: "Uke", y: "Trykksår", year: 2024 } },
      { data: { file: "trykksar-uke-uten-ar.csv", x: "Uke", y: "Trykksår" } },
    ).measures;
    expect(computeMeasure(given!, texts).result?.points[0]?.x).toBe("2024-01-15");
    const refused = computeMeasure(missing!, texts);
    expect(refused.result).toBeNull();
    expect(refused.issues.map(formatLocated)[0]).toMatch(/^trykksar-uke-uten-ar\.csv:2:1: column "Uke" holds weeks without a year .*year: 2024 in a plan/);
    expect(() => plan({ data: { file: "x.csv", year: 24 } })).toThrow(/year/);
  });

  it("a wide sheet keeps its units in sheet order and leaves out its Sum column and row", () => {
    const c = computeMeasure(plan({ data: { file: "fall-bred-sum.csv", x: "Måned", wide: true } }).measures[0]!, texts);
    expect(c.result?.facets).toEqual(["Avd Nord", "Avd Sør", "Avd Aust"]);
    expect(c.spec?.facetLevels).toEqual(["Avd Nord", "Avd Sør", "Avd Aust"]);
    const notices = c.issues.map(formatLocated);
    expect(notices).toContain('fall-bred-sum.csv: warning: column "Sum" is a total or summary of the units, not a unit: left out');
    expect(c.issues.find((i) => i.code === "total_column")?.message).toMatch(/column "Sum"/);
    expect(notices).toContain('fall-bred-sum.csv:16:1: warning: "Sum" is a total or summary row, not a subgroup (line left out)');
  });

  it("nothing to chart: that measure is refused with the reason, the others are computed", () => {
    const computed = computePlan(
      plan({ data: { file: "alt-mangler.csv", x: "Måned", y: "Fall", n: "Liggedøgn" } }, { data: { file: "fall-sykehjem.csv", x: "Måned", y: "Fall", n: "Liggedøgn" } }),
      texts,
    );
    const [empty, fine] = computed.measures;
    expect(empty?.result).toBeNull();
    expect(empty?.issues[0]).toMatchObject({ code: "nothing_to_chart", file: "alt-mangler.csv", line: 2 });
    expect(empty?.issues[0]?.message).toMatch(/column "Fall" has no values/);
    expect(fine?.result).not.toBeNull();
  });
});

describe("the unit in the explanation", () => {
  it("explain() names the values' unit after the number of points", async () => {
    const { explain } = await import("../../src/rules/explain.js");
    const m = plan({ chart: "u", data: { file: "fall-sykehjem.csv", x: "Måned", y: "Fall", n: "Liggedøgn" } }).measures[0]!;
    const result = computeMeasure(m, texts).result!;
    expect(explain(result, { lang: "nb" }).split("\n")[0]).toMatch(/med 12 punkter \(verdier: per 1000 liggedøgn\)\./);
    expect(explain(result, { lang: "en" }).split("\n")[0]).toMatch(/with 12 points \(values: per 1000 liggedøgn\)\./);
  });
});

describe("a run chart that stands in for a U chart", () => {
  it("keeps the rate's unit and scale (events per liggedøgn from a denominators file)", () => {
    const t = { ...texts, "fallhendelser.csv": fixtureText("fallhendelser.csv"), "liggedogn-maaned.csv": fixtureText("liggedogn-maaned.csv") };
    const m = plan({ events: { file: "fallhendelser.csv", date: "Hendelsesdato", denominators: { file: "liggedogn-maaned.csv", x: "Måned", n: "Liggedøgn" } } }).measures[0]!;
    const p = prepareMeasure(m, t);
    expect(p.spec.chart).toBe("run");
    expect([p.spec.multiply, p.spec.yLabel]).toEqual([1000, "per 1000 liggedøgn"]);
    expect(p.issues.find((i) => i.code === "automatic_multiply")?.message).toMatch(/per 1000 "Liggedøgn", because its name says days of care/);
  });
});
