import { describe, expect, it } from "vitest";
import { chartSpecJsonSchema } from "../../src/chart-spec/json-schema.js";
import { chartSpecSchema } from "../../src/schema.js";

// The JSON Schema editors use carries this branch's additions: per-facet breaks, freezeEachPart,
// the EWMA and Bernoulli CUSUM options, and flagPoints.
describe("the JSON Schema has the new fields", () => {
  const schema = chartSpecJsonSchema() as { properties: Record<string, Record<string, unknown>> };
  it("lists the new chart types and options", () => {
    expect(schema.properties.chart!.enum).toEqual(expect.arrayContaining(["ewma", "bcusum"]));
    expect(Object.keys(schema.properties.ewma!.properties as object)).toEqual(["lambda", "L"]);
    expect(Object.keys(schema.properties.bcusum!.properties as object)).toEqual(["p0", "oddsRatio", "limit", "side"]);
    expect(schema.properties.flagPoints!.enum).toEqual(["whole-pattern", "completing-point"]);
    expect(schema.properties.freezeEachPart!.type).toBe("integer");
  });
  it("takes breaks as a list or as one list per facet", () => {
    const ok = (breaks: unknown) => chartSpecSchema.safeParse({ chart: "i", data: [{ y: 1 }], breaks }).success;
    expect(ok([3])).toBe(true);
    expect(ok({ "Avd A": [12], "Avd B": [] })).toBe(true);
    expect(ok({ "Avd A": [1.5] })).toBe(false);
    expect(ok({ "Avd A": 12 })).toBe(false);
    expect((schema.properties.breaks!.anyOf as unknown[]).length).toBe(2);
  });
});

describe("the JSON Schema has the funnel plot and the Pareto chart", () => {
  const schema = chartSpecJsonSchema() as { properties: Record<string, Record<string, unknown>> };
  it("lists both chart types and the funnel's options", () => {
    expect(schema.properties.chart!.enum).toEqual(expect.arrayContaining(["funnel", "pareto"]));
    expect(Object.keys(schema.properties.funnel!.properties as object)).toEqual(["type", "method", "overdispersion", "trim"]);
  });
  it("needs n on a funnel's rows, as compute() does, and not on a Pareto chart's", () => {
    expect(chartSpecSchema.safeParse({ chart: "funnel", data: [{ x: "A", y: 1 }] }).success).toBe(false);
    expect(chartSpecSchema.safeParse({ chart: "funnel", funnel: { type: "rate", trim: 0.2 }, data: [{ x: "A", y: 1, n: 5 }] }).success).toBe(true);
    expect(chartSpecSchema.safeParse({ chart: "funnel", funnel: { trim: 0.5 }, data: [{ x: "A", y: 1, n: 5 }] }).success).toBe(false);
    expect(chartSpecSchema.safeParse({ chart: "pareto", data: [{ x: "Fall", y: 3 }] }).success).toBe(true);
  });
});
