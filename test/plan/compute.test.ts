import { describe, expect, it } from "vitest";
import { computeMeasure, computePlan, planDataFiles } from "../../src/plan/compute.js";
import { formatLocated } from "../../src/plan/diagnostics.js";
import { parsePlan, validatePlan } from "../../src/plan/load.js";
import { fixtureText, planTexts } from "./helpers.js";

describe("computePlan on the fixture plans", () => {
  it("fall.yaml: every measure computed, rejected lines kept as located warnings", () => {
    const text = fixtureText("plans/fall.yaml");
    const plan = parsePlan(text);
    expect(planDataFiles(plan)).toEqual(["../fall-sykehjem.csv", "../fallhendelser.csv", "../liggedogn-maaned.csv", "../avvik-med-feil.csv"]);
    const progress: number[] = [];
    const computed = computePlan(plan, planTexts(plan), { planText: text, planFile: "fall.yaml", onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(computed.file).toBe("fall.yaml");
    expect(computed.measures.map((m) => [m.measure.id, m.result?.chart])).toEqual([
      ["fall-per-1000-liggedogn", "u"],
      ["fall-per-avdeling", "run"],
      ["dager-mellom-fall-med-skade", "t"],
      ["avvik-per-pasient", "u"],
    ]);
    const [rate, , , avvik] = computed.measures;
    expect(rate?.result?.multiply).toBe(1000);
    expect(rate?.annotations.map((a) => a.x)).toEqual(["2024-05-01", "2024-09-01"]);
    expect(avvik?.rejectedLines).toBe(3);
    expect(avvik?.issues.filter((i) => i.code === "rejected_row").map((i) => `${i.file}:${i.line}:${i.column}`)).toEqual([
      "../avvik-med-feil.csv:4:12",
      "../avvik-med-feil.csv:6:1",
      "../avvik-med-feil.csv:7:1",
    ]);
    expect(computed.measures[1]?.suggestion?.alternatives[0]?.chart).toBe("u");
  });

  it("infeksjon.json: G from a case log, P with a target, an auto chart", () => {
    const plan = parsePlan(fixtureText("plans/infeksjon.json"));
    const computed = computePlan(plan, planTexts(plan));
    expect(computed.measures.map((m) => m.result?.chart)).toEqual(["g", "p", "run"]);
    expect(computed.measures[1]?.result?.target).toBe(90);
  });

  it("strict: rejected lines fail the measure, the others still compute", () => {
    const plan = parsePlan(fixtureText("plans/fall.yaml"));
    const computed = computePlan(plan, planTexts(plan), { strict: true });
    expect(computed.measures.map((m) => m.result === null)).toEqual([false, false, false, true]);
    expect(computed.measures[3]?.issues.every((i) => i.severity !== "warning")).toBe(true);
  });
});

describe("computeMeasure", () => {
  const measure = (m: Record<string, unknown>) => validatePlan({ title: "t", measures: [{ name: "A", type: "outcome", ...m }] }).measures[0]!;

  it("a computation error names the line and column of the cell it came from", () => {
    const text = "Måned;Tid\n01.01.2024;4\n01.02.2024;0\n01.03.2024;3\n";
    const m = computeMeasure(measure({ chart: "t", data: { file: "t.csv", x: "Måned", y: "Tid" } }), { "t.csv": text });
    expect(m.result).toBeNull();
    expect(m.spec?.chart).toBe("t");
    expect(m.issues.map(formatLocated)).toEqual(['t.csv:3:12: column "Tid": time between events must be greater than zero (T chart), not 0']);
    expect(m.issues[0]).toMatchObject({ path: ["data", 1, "y"], field: "Tid" });
  });

  it("a plan problem found while reading data gets the plan's line and column", () => {
    const planText = "title: t\nmeasures:\n  - name: A\n    type: outcome\n    data: { file: f.csv, y: Fal }\n";
    const m = computeMeasure(parsePlan(planText).measures[0]!, { "f.csv": fixtureText("fall-sykehjem.csv") }, { planText, planFile: "p.yaml" });
    expect(m.result).toBeNull();
    expect(formatLocated(m.issues[0]!)).toMatch(/^p\.yaml:5:29: measures\[0\]\.data\.y: no column is named "Fal"/);
  });

  it("a missing text fails only its measure", () => {
    const m = computeMeasure(measure({ data: { file: "nope.csv", y: "Fall" } }), {});
    expect(m.result).toBeNull();
    expect(m.issues[0]?.code).toBe("missing_file");
    expect(m.annotations).toEqual([]);
  });

  it("the result's warnings come along, with the data file", () => {
    const m = computeMeasure(measure({ chart: "i", data: { file: "f.csv", x: "Måned", y: "Fall" } }), { "f.csv": fixtureText("fall-sykehjem.csv") });
    expect(m.issues.map((i) => [i.code, i.file, i.severity])).toContainEqual(["too-few-points", "f.csv", "warning"]);
  });
});
