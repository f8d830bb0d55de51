import { describe, expect, it } from "vitest";
import { compute } from "../../src/compute/compute.js";
import { formatLocated } from "../../src/plan/diagnostics.js";
import { validatePlan } from "../../src/plan/load.js";
import { prepareMeasure } from "../../src/plan/measure.js";
import { chartSpecSchema } from "../../src/chart-spec/schema.js";
import { fixtureText, issuesOf } from "./helpers.js";

const texts = { "fall.csv": fixtureText("fall-sykehjem.csv"), "hendelser.csv": fixtureText("fallhendelser.csv"), "uke.tsv": fixtureText("ventetid-uke.tsv") };
const fall = (extra: Record<string, unknown> = {}) =>
  validatePlan({
    title: "Fall",
    measures: [{ name: "Fall per 1000 liggedøgn", type: "outcome", chart: "u", data: { file: "fall.csv", x: "Måned", y: "Fall", n: "Liggedøgn", note: "Kommentar" }, ...extra }],
  }).measures[0]!;

describe("prepareMeasure", () => {
  it("puts the plan's choices into the chart spec", () => {
    const p = prepareMeasure(fall({ multiply: 1000, unit: "fall per 1000 liggedøgn", direction: "decrease", target: { value: 0.6, date: "2025-12-31" }, spec: { yNeg: false } }), texts);
    expect(p.spec).toMatchObject({ chart: "u", multiply: 1000, target: 0.6, title: "Fall per 1000 liggedøgn", yLabel: "fall per 1000 liggedøgn", yNeg: false, xType: "date" });
    expect(p.period).toBe("month");
    const result = compute(p.spec);
    expect(result.target).toBe(0.6);
    expect(result.warnings.map((w) => w.code)).not.toContain("unknown-field");
  });

  it("passes direction only when the chart spec knows the field", () => {
    const spec = prepareMeasure(fall({ direction: "decrease" }), texts).spec as Record<string, unknown>;
    if ("direction" in chartSpecSchema.shape) expect(spec.direction).toBe("decrease");
    else expect(spec).not.toHaveProperty("direction");
  });

  it("freeze and breaks by date become positions", () => {
    const p = prepareMeasure(fall({ freeze: "2024-06-30", breaks: ["14.05.2024", "2024-09-01", 3] }), texts);
    expect(p.spec.freeze).toBe(6); // January to June
    expect(p.spec.breaks).toEqual([3, 4, 8]); // after March (3), a part from May (after 4) and from September (after 8)
    expect(compute(p.spec).parts.map((part) => part.first)).toEqual([1, 4, 5, 9]);
    const positions = prepareMeasure(fall({ freeze: 6 }), texts);
    expect(positions.spec.freeze).toBe(6);
  });

  it("dates outside the data are left out with a warning", () => {
    const p = prepareMeasure(fall({ freeze: "2023-06-30", breaks: ["2024-01-15", "2025-02-01"] }), texts);
    expect(p.spec.freeze).toBeUndefined();
    expect(p.spec.breaks).toBeUndefined();
    expect(p.issues.filter((i) => i.code === "date_outside_data").map(formatLocated)).toEqual([
      "warning: measures[0].freeze: 2023-06-30 is before the first subgroup (2024-01-01): no baseline is frozen",
      "warning: measures[0].breaks[0]: 2024-01-15 is at or before the first subgroup (2024-01-01): no part before it, so no break",
      "warning: measures[0].breaks[1]: 2025-02-01 is after the last subgroup (2024-12-01): no new part yet",
    ]);
  });

  it("tests of change become notes on the subgroup that holds their date", () => {
    const p = prepareMeasure(
      fall({
        annotations: [
          { date: "2024-05-14", text: "PDSA 1" },
          { date: "2024-02-01", text: "Oppstart" },
          { date: "2025-03-01", text: "Senere" },
        ],
      }),
      texts,
    );
    expect(p.spec.data[4]?.note).toBe('Innført "Trygg mobilisering"; sensorgulv på 4 rom | PDSA 1');
    expect(p.spec.data[1]?.note).toBe("Oppstart");
    expect(p.annotations.map((a) => a.x)).toEqual(["2024-05-01", "2024-02-01", null]);
    // (besides the notice that falls per liggedøgn are shown per 1000)
    expect(p.issues.filter((i) => i.code !== "automatic_multiply" && i.code !== "column_note").map((i) => i.path.join("."))).toEqual(["measures.0.annotations.2.date"]);
    expect(compute(p.spec).points[4]?.note).toBe('Innført "Trygg mobilisering"; sensorgulv på 4 rom | PDSA 1');
    // The data as read is left as it was.
    expect(p.loaded.spec.data[1]?.note).toBeUndefined();
  });

  it("event dates: a date between events goes to the first event on or after it", () => {
    const measure = validatePlan({
      title: "T",
      measures: [{ name: "Dager mellom fall", type: "outcome", chart: "t", events: { file: "hendelser.csv", date: "Hendelsesdato", time: false }, breaks: ["2024-03-01"], annotations: [{ date: "2024-03-01", text: "Sensorgulv" }] }],
    }).measures[0]!;
    const p = prepareMeasure(measure, texts);
    expect(p.period).toBe("day");
    const first = p.spec.data.findIndex((r) => r.x === "2024-03-05");
    expect(p.spec.data[first]?.note).toBe("Sensorgulv");
    expect(p.spec.breaks).toEqual([first]);
  });

  it("event times: rows whose x have a time of day (events sharing a day) place dates of changes by their events' dates", () => {
    const measure = validatePlan({
      title: "T",
      measures: [
        { name: "Timer mellom fall", type: "outcome", chart: "t", events: { file: "hendelser.csv", date: "Hendelsesdato" }, freeze: "2024-03-01", breaks: ["2024-03-01"], annotations: [{ date: "2024-03-01", text: "Sensorgulv" }] },
      ],
    }).measures[0]!;
    const p = prepareMeasure(measure, texts);
    expect(p.spec.data.every((r) => typeof r.x === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(r.x))).toBe(true);
    // Rows end at 11.01, 11.01, 24.01, 02.02, 19.02, 05.03 (03:15): the sixth row (index 5) is the first in March.
    expect(p.loaded.rowDates?.slice(0, 6)).toEqual(["2024-01-11", "2024-01-11", "2024-01-24", "2024-02-02", "2024-02-19", "2024-03-05"]);
    expect(p.spec.breaks).toEqual([5]);
    expect(p.spec.freeze).toBe(5);
    expect(p.spec.data[5]?.note).toBe("Sensorgulv");
    expect(p.spec.data.filter((r) => r.note === "Sensorgulv")).toHaveLength(1);
  });

  it("weeks: a date inside a week goes to that week", () => {
    const measure = validatePlan({
      title: "V",
      measures: [{ name: "Ventetid", type: "balancing", chart: "i", data: { file: "uke.tsv", x: "Uke", y: "Median ventetid (dager)" }, annotations: [{ date: "2024-01-03", text: "Ny rutine" }] }],
    }).measures[0]!;
    const p = prepareMeasure(measure, texts);
    expect(p.period).toBe("week");
    expect(p.annotations[0]?.x).toBe("2024-01-01");
  });

  it("a date needs date x", () => {
    const measure = validatePlan({
      title: "X",
      measures: [{ name: "A", type: "outcome", chart: "i", data: { file: "fall.csv", y: "Fall" }, freeze: "2024-06-01" }],
    }).measures[0]!;
    expect(issuesOf(() => prepareMeasure(measure, texts)).map(formatLocated)).toEqual(["measures[0].freeze: a date needs dates in x; give a position (1, 2, …) instead"]);
  });
});
