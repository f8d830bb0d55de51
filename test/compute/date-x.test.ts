/**
 * x as a JavaScript Date: midnight UTC is that day (the same chart as the ISO string); any other
 * time of day, or an invalid Date, is an issue naming the row, never a silent shift by a day.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute, formatIssue, type ChartSpec } from "../../src/index.js";
import { chartSpecSchema } from "../../src/schema.js";
import { chartSpecJsonSchema } from "../../src/chart-spec/json-schema.js";
import { computeIssues as issuesOf } from "../support/compute-issues.js";

const DAY = 86_400_000;

describe("x as a Date", () => {
  it("property: Dates at midnight UTC give the same result as their ISO dates", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ day: fc.integer({ min: -20_000, max: 40_000 }), y: fc.integer({ min: 0, max: 50 }) }), { minLength: 1, maxLength: 30 }), (rows) => {
        const asDates = compute({ chart: "i", data: rows.map((r) => ({ x: new Date(r.day * DAY), y: r.y })) });
        const asText = compute({ chart: "i", data: rows.map((r) => ({ x: new Date(r.day * DAY).toISOString().slice(0, 10), y: r.y })) });
        expect(asDates).toEqual(asText);
        expect(asDates.xType).toBe("date");
      }),
      { numRuns: 60 },
    );
  });

  it("a time of day other than midnight UTC is the issue date_time_of_day, in English and bokmål", () => {
    // new Date(2024, 0, 31) is local midnight: 23:00 UTC the day before in Norway in winter.
    const issues = issuesOf({ chart: "run", data: [{ x: new Date(Date.UTC(2024, 0, 1)), y: 1 }, { x: new Date(Date.UTC(2024, 0, 30, 23)), y: 2 }] });
    expect(issues).toEqual([expect.objectContaining({ code: "date_time_of_day", path: ["data", 1, "x"], params: { value: "2024-01-30T23:00:00.000Z" } })]);
    expect(formatIssue(issues[0]!)).toBe('data[1].x: the Date 2024-01-30T23:00:00.000Z is not at midnight UTC (use Date.UTC or "YYYY-MM-DD")');
    expect(formatIssue(issues[0]!, { lang: "nb" })).toContain("er ikke midnatt UTC");
  });

  it("an invalid Date is invalid_date", () => {
    expect(issuesOf({ chart: "run", data: [{ x: new Date(Number.NaN), y: 1 }] })).toEqual([expect.objectContaining({ code: "invalid_date", path: ["data", 0, "x"] })]);
  });

  it("the zod schema agrees, and the JSON Schema stays number, string or null", () => {
    expect(chartSpecSchema.safeParse({ chart: "run", data: [{ x: new Date(Date.UTC(2024, 0, 1)), y: 1 }] }).success).toBe(true);
    expect(chartSpecSchema.safeParse({ chart: "run", data: [{ x: new Date(Date.UTC(2024, 0, 1, 12)), y: 1 }] }).success).toBe(false);
    const x = (chartSpecJsonSchema() as { properties: { data: { items: { properties: { x: { anyOf: unknown[] } } } } } }).properties.data.items.properties.x;
    expect(x.anyOf).toEqual([{ type: "number" }, { type: "string" }, { type: "null" }]);
  });
});

describe("n on every row of p, pp, u, up and np charts", () => {
  it("compute() and the zod schema both refuse a row without n, and accept null", () => {
    for (const chart of ["p", "pp", "u", "up", "np"] as const) {
      const without = { chart, data: [{ y: 1, n: 10 }, { y: 2 }] } as unknown as ChartSpec;
      expect(issuesOf(without).map((i) => i.code)).toEqual(["missing_n"]);
      expect(chartSpecSchema.safeParse(without).success).toBe(false);
      const withNull: ChartSpec = { chart, data: [{ y: 1, n: 10 }, { y: 2, n: null }, { y: 3, n: 12 }] };
      expect(chartSpecSchema.safeParse(withNull).success).toBe(true);
      expect(issuesOf(withNull)).toEqual([]);
    }
    expect(chartSpecSchema.safeParse({ chart: "i", data: [{ y: 1 }] }).success).toBe(true);
  });
});
