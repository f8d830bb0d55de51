import { describe, expect, it } from "vitest";
import { computeMeasure } from "../../src/plan/compute.js";
import { validatePlan } from "../../src/plan/load.js";
import { summariseMeasure } from "../../src/report/summary.js";

const months = (values: number[]) => `Måned;Verdi\n${values.map((v, i) => `${String((i % 12) + 1).padStart(2, "0")}.${2024 + Math.floor(i / 12)};${v}`).join("\n")}\n`;

function summary(values: number[], extra: Record<string, unknown> = {}) {
  const measure = validatePlan({ title: "t", measures: [{ name: "A", type: "outcome", chart: "i", data: { file: "v.csv", x: "Måned", y: "Verdi" }, ...extra }] }).measures[0]!;
  return summariseMeasure(computeMeasure(measure, { "v.csv": months(values) }));
}

const steady = [10, 12, 11, 9, 10, 12, 11, 10, 9, 11, 10, 12];

describe("summariseMeasure", () => {
  it("latest value, centre line of the current part, no signals", () => {
    const [row] = summary(steady);
    expect(row).toMatchObject({ facet: null, latest: { x: "2024-12-01", y: 12 }, signals: { runs: false, outside: 0, limits: true }, target: null });
    // `variation` comes from the rules when the result has it.
    expect([null, "common"]).toContain(row?.signals.variation);
    expect(row?.centreLine).toBeCloseTo(10.5833, 3);
  });

  it("signals of the current part only: after a break the old shift no longer counts", () => {
    const shifted = [...steady, 20, 21, 20, 22, 21, 20, 21, 22, 20, 21, 20, 21];
    const [all] = summary(shifted);
    expect(all?.signals.runs).toBe(true);
    const [rebased] = summary(shifted, { breaks: ["2025-01-01"] });
    expect(rebased?.signals).toMatchObject({ runs: false, outside: 0 });
    expect(rebased?.centreLine).toBeCloseTo(20.75, 6);
  });

  it("points outside the limits", () => {
    const [row] = summary([...steady.slice(0, 11), 30]);
    expect(row?.signals.outside).toBe(1);
  });

  it("target met, not met yet, missed: judged on the centre line and the last date", () => {
    const judge = (direction: string, value: number, date?: string) => summary(steady, { direction, target: date === undefined ? { value } : { value, date } })[0]?.target?.status;
    expect(judge("decrease", 11)).toBe("met");
    expect(judge("decrease", 10, "2025-06-30")).toBe("not-met");
    expect(judge("decrease", 10, "2024-12-01")).toBe("missed");
    expect(judge("increase", 10)).toBe("met");
    expect(judge("increase", 12, "2024-06-30")).toBe("missed");
  });

  it("a failed measure has no rows; a missing last value takes the last one there is", () => {
    const measure = validatePlan({ title: "t", measures: [{ name: "A", type: "outcome", data: { file: "nope.csv", y: "x" } }] }).measures[0]!;
    expect(summariseMeasure(computeMeasure(measure, {}))).toEqual([]);
    const [row] = summary([...steady.slice(0, 11), Number.NaN].map((v) => (Number.isNaN(v) ? ("" as unknown as number) : v)));
    expect(row?.latest).toEqual({ x: "2024-11-01", y: 10 });
  });
});

describe("Making Data Count icons in the summary", () => {
  it("a result under the mdc convention carries its facet's icons; any other carries none", () => {
    const shifted = [...steady, 20, 21, 20, 22, 21, 20, 21, 22];
    const [mdc] = summary(shifted, { direction: "increase", target: { value: 15 }, spec: { convention: "mdc" } });
    expect(mdc?.icons).toEqual({ variation: "improvement-high", assurance: expect.stringMatching(/^(pass|fail|hit-and-miss)$/) });
    const [plain] = summary(shifted, { direction: "increase", target: { value: 15 } });
    expect(plain?.icons).toBeNull();
  });
});
