import { describe, expect, it } from "vitest";
import { compute, formatIssue, SpcError, type ChartSpec } from "../../src/index.js";

/** The formatted issues of the SpcError that compute throws for a spec. */
function problems(spec: unknown): string[] {
  try {
    compute(spec as ChartSpec);
  } catch (e) {
    expect(e).toBeInstanceOf(SpcError);
    return (e as SpcError).message.split("\n");
  }
  throw new Error("expected an SpcError");
}

describe("bad input is an SpcError naming the row and field", () => {
  it.each([
    ["unknown chart", { chart: "pie", data: [] }, /^chart: must be one of "run", "i"/],
    ["missing data", { chart: "i" }, /^data: must be a list/],
    ["text y", { chart: "i", data: [{ y: 1 }, { y: "7" }] }, /^data\[1\]\.y: must be a number or null, not "7"/],
    ["infinite y", { chart: "i", data: [{ y: Infinity }] }, /^data\[0\]\.y: must be a finite number/],
    ["NaN n", { chart: "p", data: [{ y: 1, n: NaN }] }, /^data\[0\]\.n: must be a finite number/],
    ["missing y", { chart: "i", data: [{ x: 1 }] }, /^data\[0\]\.y: required \(use null for a missing value\)/],
    ["negative count", { chart: "c", data: [{ y: 3 }, { y: 1 }, { y: -1 }] }, /^data\[2\]\.y: a count cannot be negative \(C chart\)/],
    ["negative count U", { chart: "u", data: [{ y: -1, n: 5 }] }, /^data\[0\]\.y: a count cannot be negative \(U chart\)/],
    ["negative G", { chart: "g", data: [{ y: -2 }] }, /^data\[0\]\.y: a count cannot be negative \(G chart\)/],
    ["numerator above denominator", { chart: "pp", data: [{ y: 6, n: 5 }] }, /^data\[0\]\.y: the numerator 6 is larger than its denominator 5 \(P′ chart\)/],
    ["negative denominator", { chart: "u", data: [{ y: 1, n: -5 }] }, /^data\[0\]\.n: a denominator cannot be negative/],
    ["no denominator", { chart: "p", data: [{ y: 1 }] }, /^data: a P chart needs a denominator n/],
    ["zero time", { chart: "t", data: [{ y: 2 }, { y: 0 }] }, /^data\[1\]\.y: time between events must be greater than zero \(T chart\)/],
    ["break outside", { chart: "i", data: [{ y: 1 }, { y: 2 }], breaks: [5] }, /^breaks\[0\]: 5 is not a position/],
    ["freeze outside", { chart: "i", data: [{ y: 1 }, { y: 2 }], freeze: 0 }, /^freeze: 0 is outside the series/],
    ["exclude outside", { chart: "i", data: [{ y: 1 }, { y: 2 }], exclude: [3] }, /^exclude\[0\]: 3 is outside the series/],
    ["not a date", { chart: "i", xType: "date", data: [{ x: "2024-02-30", y: 1 }] }, /^data\[0\]\.x: "2024-02-30" is not a date/],
    ["Norwegian date as ISO", { chart: "i", xType: "date", data: [{ x: "01.02.2024", y: 1 }] }, /^data\[0\]\.x: "01\.02\.2024" is not a date \(expected YYYY-MM-DD, so 2024-02-01;/],
    ["one date mistyped among dates", { chart: "run", data: [{ x: "2024-03-01", y: 9 }, { x: "2024-4-01", y: 8 }] }, /^data\[1\]\.x: "2024-4-01" is not a date/],
    ["Norwegian dates, xType inferred", { chart: "run", data: [{ x: "01.02.2024", y: 1 }, { x: "01.03.2024", y: 2 }] }, /^data\[0\]\.x: "01\.02\.2024" is not a date/],
    ["timestamp with a time of day", { chart: "run", data: [{ x: "2024-03-01T10:00:00Z", y: 1 }] }, /time of day other than midnight UTC/],
    ["mixed x", { chart: "i", data: [{ x: 1, y: 1 }, { y: 2 }] }, /^data\[1\]\.x: missing, but other rows have x/],
    ["row not an object", { chart: "i", data: [5] }, /^data\[0\]: must be an object/],
    ["level not listed", { chart: "i", xLevels: ["a"], data: [{ x: "b", y: 1 }] }, /^data\[0\]\.x: "b" is not one of xLevels/],
    ["period without dates", { chart: "i", period: "month", data: [{ x: 1, y: 1 }] }, /^period: needs date x/],
    ["zero multiply", { chart: "i", multiply: 0, data: [] }, /^multiply: must not be zero/],
  ])("%s", (_name, spec, pattern) => {
    expect(problems(spec)[0]).toMatch(pattern);
  });

  it("lists every problem, not just the first", () => {
    expect(problems({ chart: "c", data: [{ y: -1 }, { y: "a" }, { y: -3 }] })).toHaveLength(3);
  });

  it("stops listing after 50 problems and says how many more", () => {
    const lines = problems({ chart: "c", data: Array.from({ length: 80 }, () => ({ y: -1 })) });
    expect(lines).toHaveLength(51);
    expect(lines[50]).toMatch(/and 30 more/);
  });

  it("exposes structured issues with a path", () => {
    try {
      compute({ chart: "c", data: [{ y: -1 }] });
    } catch (e) {
      // The stable code and its parameters (plain JSON), and the English message kept for callers that read it.
      expect((e as SpcError).issues).toEqual([{ code: "negative_count", path: ["data", 0, "y"], message: "a count cannot be negative (C chart)", params: { chart: "C chart" } }]);
      expect(formatIssue((e as SpcError).issues[0]!, { lang: "nb" })).toBe("data[0].y: et antall kan ikke være negativt (C-diagram)");
      expect(formatIssue((e as SpcError).issues[0]!, { lang: "en" })).toBe("data[0].y: a count cannot be negative (C chart)");
    }
  });

  it("treats a missing value and a zero denominator as data, not errors", () => {
    expect(() => compute({ chart: "p", data: [{ y: null, n: 10 }, { y: 0, n: 0 }] })).not.toThrow();
  });
});
