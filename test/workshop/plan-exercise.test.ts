// Exercise 14's answer key is a measurement plan: the YAML in the key (both languages) is a valid
// plan for `spc report`, each of its measures computes from the workshop's datasets without an
// issue, it has an outcome, a process and a balancing measure, each with an operational definition,
// and each measure's chart is the exercise's chart of that type (so the key's stated centre lines,
// checked in answers.test.ts, are what the plan makes).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computePlan, planDataFiles } from "../../src/plan/compute.js";
import { parsePlan } from "../../src/plan/load.js";
import { LANGS, SECTIONS, WORKSHOP_DIR, computeChart, loadWorkshop, parseMarkdown, readWorkshopFile } from "../../docs/workshop/workshop.js";

const exercise = loadWorkshop().exercises.find((e) => e.id === "14-plan");

describe.each(LANGS.map((l) => [l] as const))("exercise 14's measurement plan (%s)", (lang) => {
  const page = exercise === undefined ? "" : readWorkshopFile(exercise.files[lang]);
  const key = parseMarkdown(page, lang).sections.get(SECTIONS[lang].answers) ?? "";
  const yaml = /```yaml\n([\s\S]*?)```/.exec(key)?.[1] ?? "";

  it("is in the answer key and is a valid plan", () => {
    expect(exercise).toBeDefined();
    expect(yaml.length).toBeGreaterThan(200);
    expect(() => parsePlan(yaml)).not.toThrow();
  });

  it("has an outcome, a process and a balancing measure, each with an operational definition", () => {
    const plan = parsePlan(yaml);
    expect(plan.measures.map((m) => m.type).sort()).toEqual(["balancing", "outcome", "process"]);
    for (const m of plan.measures) expect((m.definition ?? "").length, m.name).toBeGreaterThan(80);
  });

  it("computes every measure from the datasets, and each is the exercise's chart of its type", () => {
    const plan = parsePlan(yaml);
    const texts = Object.fromEntries(planDataFiles(plan).map((f) => [f, readFileSync(join(WORKSHOP_DIR, "datasets", f), "utf8")]));
    const computed = computePlan(plan, texts, { strict: true });
    for (const m of computed.measures) {
      expect(m.issues.filter((i) => i.severity !== "warning"), m.measure.name).toEqual([]);
      expect(m.result, m.measure.name).not.toBeNull();
      const chart = exercise?.charts.find((c) => c.id === `14-plan/${m.measure.type}`);
      expect(chart, m.measure.type).toBeDefined();
      if (chart === undefined || m.result === null) continue;
      const expected = computeChart(chart, lang);
      expect(m.result.chart).toBe(expected.chart);
      expect(m.result.points.map((p) => p.y)).toEqual(expected.points.map((p) => p.y));
      expect(m.result.parts.map((p) => p.cl)).toEqual(expected.parts.map((p) => p.cl));
    }
  });
});
