import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute, explain, formatIssue, renderSvg, type ChartSpec } from "../../src/index.js";
import { chartSpecSchema } from "../../src/schema.js";
import { chartSpecJsonSchema } from "../../src/chart-spec/json-schema.js";
import { computeIssues as issuesOf } from "../support/compute-issues.js";

// Issue 17: a per-row target (a trajectory) beside the single target, and reference lines.

// y 10, 12, 11, 13, 12, 14: mean 12, moving ranges 2, 1, 2, 1, 2 (mean 1.6), so the limits are
// 12 ± 3 · 1.6 / 1.128 = 12 ± 4.2553: lcl 7.7447, ucl 16.2553 (worked by hand).
const ys = [10, 12, 11, 13, 12, 14];
const rows = (targets: (number | null)[]) => ys.map((y, i) => ({ x: i + 1, y, target: targets[i] ?? null }));

describe("a per-row target (trajectory)", () => {
  it("is each point's target, falling back to the spec's target where a row has none", () => {
    const r = compute({ chart: "i", target: 20, data: rows([null, null, 15, 14, 13, 12]) });
    expect(r.points.map((p) => p.target)).toEqual([20, 20, 15, 14, 13, 12]);
    expect(r.target).toBe(20);
    expect(r.points[5]!.ucl).toBeCloseTo(16.2553, 4);
  });

  it("gives the assurance icon by the last point's own target (NHSRplotthedots' last row)", () => {
    const icon = (last: number) => compute({ chart: "i", direction: "increase", target: 20, data: rows([20, 20, 20, 20, 20, last]) }).icons[0]!.assurance;
    // Higher is better: a target below the lower limit 7.74 is always met; above 16.26 never; between: hit and miss.
    expect(icon(5)).toBe("pass");
    expect(icon(10)).toBe("hit-and-miss");
    expect(icon(17)).toBe("fail");
    // The single target alone (20 > ucl) says fail.
    expect(compute({ chart: "i", direction: "increase", target: 20, data: rows([]) }).icons[0]!.assurance).toBe("fail");
  });

  it("takes a subgroup's target from its first row that has one", () => {
    const data = [
      { x: 1, y: 4, target: null },
      { x: 1, y: 6, target: 3 },
      { x: 1, y: 5, target: 9 },
      { x: 2, y: 5, target: 2 },
      { x: 2, y: 7 },
    ];
    expect(compute({ chart: "xbar", data }).points.map((p) => p.target)).toEqual([3, 2]);
  });

  it("equal to a constant target gives the same points and icons as the single target (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 3, maxLength: 30 }),
        fc.integer({ min: -60, max: 60 }),
        fc.constantFrom("increase" as const, "decrease" as const),
        (values, target, direction) => {
          const single = compute({ chart: "i", direction, convention: "mdc", target, data: values.map((y, i) => ({ x: i + 1, y })) });
          const path = compute({ chart: "i", direction, convention: "mdc", data: values.map((y, i) => ({ x: i + 1, y, target })) });
          expect(path.icons).toEqual(single.icons);
          expect(path.points.map((p) => p.target)).toEqual(single.points.map((p) => p.target));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is refused when it is not a number, with the row and field named, in English and bokmål", () => {
    const issues = issuesOf({ chart: "i", data: [{ x: 1, y: 1, target: 2 }, { x: 2, y: 3, target: "høy" }, { x: 3, y: 2, target: Infinity }] });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid_type", ["data", 1, "target"]],
      ["not_finite", ["data", 2, "target"]],
    ]);
    expect(formatIssue(issues[0]!)).toBe('data[1].target: must be a number or null, not "høy"');
    expect(formatIssue(issues[0]!, { lang: "nb" })).toMatch(/^data\[1\]\.target: må være et tall eller null, ikke /);
  });

  it("is drawn as a step line, and a constant one as the single straight line", () => {
    const svg = renderSvg(compute({ chart: "i", data: rows([null, null, 15, 14, 13, 12]) }));
    const target = svg.match(/<path role="graphics-symbol" aria-label="Mål"[^>]*d="([^"]+)"/)![1]!;
    // Four steps (15, 14, 13, 12) joined by three verticals, one path from the third point on.
    expect(target.match(/M/g)).toHaveLength(1);
    expect(target.match(/V/g)).toHaveLength(3);
    const flat = renderSvg(compute({ chart: "i", data: rows([7, 7, 7, 7, 7, 7]) }));
    expect(flat.match(/aria-label="Mål"[^>]*d="M[\d.]+,[\d.]+H[\d.]+"/)).not.toBeNull();
  });

  it("is named as a trajectory by explain(), in both languages", () => {
    const r = compute({ chart: "i", direction: "increase", data: rows([null, 15, 14, 13, 12, 10]) });
    expect(explain(r, { lang: "nb" })).toContain("Mål 10 (en målbane fra 15): prosessen vil nå målet bare av og til.");
    expect(explain(r, { lang: "en" })).toContain("Target 10 (a trajectory from 15): the process will meet the target only some of the time.");
  });
});

describe("reference lines", () => {
  const spec: ChartSpec = {
    chart: "i",
    data: ys.map((y, i) => ({ x: i + 1, y })),
    lines: [{ value: 18, label: "Krav <A&B>", style: "dotted" }, { value: 5 }],
  };

  it("are returned with their defaults filled in, on the scale given (not multiplied)", () => {
    expect(compute({ ...spec, multiply: 10 }).lines).toEqual([
      { value: 18, label: "Krav <A&B>", style: "dotted" },
      { value: 5, label: null, style: "dashed" },
    ]);
    expect(compute({ chart: "i", data: spec.data }).lines).toEqual([]);
  });

  it("are drawn, labelled (escaped) and listed in the legend, and widen the y axis to show them", () => {
    const svg = renderSvg(compute(spec), { lang: "en" });
    expect(svg).toContain('aria-label="Krav &lt;A&amp;B&gt;"');
    expect(svg).not.toContain("<A&B>");
    expect(svg).toContain(">Krav &lt;A&amp;B&gt; 18.0<"); // the end label, with its value (the limits' decimals)
    expect(svg).toContain(">Reference line 5.0<");
    expect(svg.match(/stroke-dasharray="1 3"/g)!.length).toBeGreaterThanOrEqual(2); // the line and its legend swatch
    expect(svg).toMatch(/>Reference line</); // legend entry of the unlabelled line
    // The y axis reaches 18 although the data and limits end at 16.26.
    expect(svg).toMatch(/>18</);
  });

  it("are named by explain() in bokmål and English", () => {
    expect(explain(compute(spec), { lang: "nb" })).toContain("Referanselinjer: Krav <A&B> 18; referanselinje 5.");
    expect(explain(compute(spec), { lang: "en" })).toContain("Reference lines: Krav <A&B> 18; reference line 5.");
  });

  it("are checked: a value is required and finite, the style one of three, no other fields", () => {
    const issues = issuesOf({ chart: "i", data: spec.data, lines: [{ label: "x" }, { value: 1, style: "wavy" }, { value: 2, colour: "red" }, { value: Number.NaN }] });
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["missing_line_value", "lines.0.value"],
      ["invalid_value", "lines.1.style"],
      ["unknown_field", "lines.2.colour"],
      ["not_finite", "lines.3.value"],
    ]);
    expect(formatIssue(issues[0]!, { lang: "nb" })).toBe("lines[0].value: må oppgis: verdien der linjen tegnes");
    expect(issuesOf({ chart: "i", data: spec.data, lines: 5 }).map((i) => i.code)).toEqual(["invalid_type"]);
  });

  it("are in the zod schema and the JSON Schema, with the per-row target", () => {
    expect(chartSpecSchema.safeParse(spec).success).toBe(true);
    expect(chartSpecSchema.safeParse({ ...spec, lines: [{ value: 1, style: "wavy" }] }).success).toBe(false);
    expect(chartSpecSchema.safeParse({ chart: "i", data: [{ y: 1, target: null }, { y: 2, target: 3 }] }).success).toBe(true);
    const json = JSON.stringify(chartSpecJsonSchema());
    expect(json).toContain('"lines"');
    expect(json).toContain('"dotted"');
    expect(json).toContain('"target":{"description":"the target for this subgroup');
  });
});
