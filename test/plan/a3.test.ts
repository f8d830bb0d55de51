import { describe, expect, it } from "vitest";
import { formatLocated } from "../../src/plan/diagnostics.js";
import { parsePlan, validatePlan } from "../../src/plan/load.js";
import { planJsonSchema } from "../../src/plan/json-schema.js";
import { issuesOf, plan } from "./helpers.js";

describe("the plan's A3 fields", () => {
  it("reads bokmål and English names alike into plan.a3, under the English names", () => {
    const nb = validatePlan({ ...plan(), problem: "For mange fall", avdeling: "Post 3", ansvarlig: "Kari", slutt: "31.12.2025", løsning: "Sensorgulv", tester: ["PDSA 1", "PDSA 2"], oppfølging: "Månedlig", forventetResultat: "Halvering" });
    const en = validatePlan({ ...plan(), problem: "For mange fall", department: "Post 3", responsible: "Kari", end: "2025-12-31", solution: "Sensorgulv", tests: ["PDSA 1", "PDSA 2"], followUp: "Månedlig", expectedResult: "Halvering" });
    expect(nb.a3).toEqual({ problem: "For mange fall", department: "Post 3", responsible: "Kari", end: "2025-12-31", solution: "Sensorgulv", tests: ["PDSA 1", "PDSA 2"], followUp: "Månedlig", expectedResult: "Halvering" });
    expect(en.a3).toEqual(nb.a3);
    expect(Object.keys(nb)).not.toContain("avdeling");
    expect(validatePlan({ ...plan(), mål: "Halvere fall" }).aim).toBe("Halvere fall");
    expect(validatePlan(plan()).a3).toEqual({});
  });

  it("refuses a field given under both names, a bad date and an unknown key in a change, in bokmål and English", () => {
    const issues = issuesOf(() =>
      parsePlan(`title: T
avdeling: Post 3
department: Ward 3
start: snart
endringer:
  - { hva: Sensorgulv, what: Sensor floor, hvor: rom 1 }
measures:
  - { name: Fall, type: outcome, data: { file: fall.csv, x: Måned, y: Fall } }
`),
    );
    const en = issues.map((i) => formatLocated(i));
    const nb = issues.map((i) => formatLocated(i, { lang: "nb" }));
    expect(en.some((t) => /start.*must be a date/.test(t))).toBe(true);
    expect(en.some((t) => /endringer\[0\]\.hvor.*unknown field/.test(t))).toBe(true);
    expect(nb.some((t) => /endringer\[0\]\.hvor.*ukjent felt/.test(t))).toBe(true);
    // The schema's errors come first; the names clash once the shapes are right.
    const clash = issuesOf(() => validatePlan({ ...plan(), avdeling: "Post 3", department: "Ward 3", endringer: [{ hva: "A", what: "B" }] }));
    expect(clash.map((i) => formatLocated(i))).toEqual([
      'avdeling: "department" and "avdeling" are the same field in English and bokmål: give only one of them',
      'endringer[0].hva: "what" and "hva" are the same field in English and bokmål: give only one of them',
    ]);
    expect(formatLocated(clash[0]!, { lang: "nb" })).toBe("avdeling: «department» og «avdeling» er samme felt på engelsk og bokmål: oppgi bare ett av dem");
  });

  it("the JSON Schema documents every A3 key under both names", () => {
    const props = (planJsonSchema() as { properties: Record<string, { description?: string }> }).properties;
    for (const key of ["problem", "avdeling", "department", "ansvarlig", "responsible", "start", "slutt", "end", "mål", "aim", "nåsituasjon", "currentState", "analyse", "analysis", "løsning", "solution", "forventetResultat", "expectedResult", "endringer", "changes", "tester", "tests", "oppfølging", "followUp"]) {
      expect(props[key]?.description, key).toMatch(/\w/);
    }
    expect(props.avdeling?.description).toContain("English: department");
  });
});
