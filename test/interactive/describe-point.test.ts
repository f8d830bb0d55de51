/**
 * describePoint(): the words of the interactive layer's tooltips, without a DOM — x as the
 * findings' sentences write it, value, centre line, limits, target, per cent, the findings that
 * flag the point (describeFinding's words), and bad options named. attach() itself runs in
 * Chromium (test/browser/interactive.test.ts); here only its refusal of what is not a chart.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute, describeFinding, SpcError } from "../../src/index.js";
import { attach, describePoint } from "../../src/interactive/index.js";
import { monthly, series } from "../render/fixtures.js";

const ichart = compute({ chart: "i", data: monthly(series(24, 7, 60, 6).map((v, i) => (i === 9 ? 95 : v))) });

function issues(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(SpcError);
    return (e as SpcError).issues.map((i) => `${i.code} ${i.path.join(".")}: ${i.message}`);
  }
  throw new Error("expected an SpcError");
}

describe("describePoint", () => {
  it("says where the point is, its value, centre line and limits, and the finding that flags it, in English", () => {
    const p = ichart.points[9]!;
    const text = describePoint(p, ichart, { lang: "en" });
    expect(text.heading).toBe("October 2023");
    expect(text.lines[0]).toBe("Value: 95");
    expect(text.lines[1]).toMatch(/^Centre line: \d+(\.\d{1,2})?$/);
    expect(text.lines[2]).toMatch(/^Control limits: \d+(\.\d{1,2})?–\d+(\.\d{1,2})?$/);
    expect(text.signals).toEqual([describeFinding(ichart.findings[p.signals[0]!.finding]!, { lang: "en", result: ichart }).explanation]);
    expect(text.label.startsWith("October 2023. Value: 95. Centre line")).toBe(true);
  });

  it("writes bokmål by default, with decimal commas, and a point no finding flags has no signals", () => {
    const p = ichart.points[0]!;
    const text = describePoint(p, ichart);
    expect(text.heading).toBe("januar 2023");
    expect(text.lines[0]).toBe(`Verdi: ${String(p.y).replace(".", ",")}`);
    expect(text.lines[1]).toMatch(/^Midtlinje: /);
    expect(text.signals).toEqual([]);
  });

  it("names the facet, the median of a run chart, the target, and leaves out limits a chart has not", () => {
    const result = compute({ chart: "run", target: 5, data: ["Avdeling A", "Avdeling B"].flatMap((facet) => monthly([3, 4, 5, 4, 6, 3]).map((r) => ({ ...r, facet }))) });
    const p = result.points.find((q) => q.facet === "Avdeling B" && q.index === 2)!;
    const text = describePoint(p, result);
    expect(text.heading).toBe("Avdeling B, februar 2023");
    expect(text.lines).toEqual(["Verdi: 4", `Median: ${String(p.cl).replace(".", ",")}`, "Mål: 5"]);
  });

  it("shows a P chart in per cent with the language's sign, and says an excluded point is left out", () => {
    const result = compute({ chart: "p", exclude: [2], data: monthly([3, 4, 5, 4, 6, 3]).map((r) => ({ ...r, n: 40 })) });
    expect(describePoint(result.points[0]!, result, { lang: "nb" }).lines[0]).toBe("Verdi: 7,5\u00a0%");
    expect(describePoint(result.points[0]!, result, { lang: "en" }).lines[0]).toBe("Value: 7.5%");
    expect(describePoint(result.points[4]!, result, { lang: "en", percent: false }).lines[0]).toBe("Value: 0.15");
    expect(describePoint(result.points[0]!, result, { lang: "en", percent: false, decimals: 3 }).lines[0]).toBe("Value: 0.075");
    expect(describePoint(result.points[1]!, result, { lang: "en" }).lines).toContain("Left out of the calculations");
  });

  it("never writes NaN, Infinity or undefined, whatever the values (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null)), { minLength: 2, maxLength: 30 }), fc.constantFrom("nb" as const, "en" as const), (ys, lang) => {
        const result = compute({ chart: "i", data: ys.map((y, i) => ({ x: i + 1, y })) });
        for (const p of result.points) expect(describePoint(p, result, { lang }).label).not.toMatch(/NaN|Infinity|undefined|null/);
      }),
      { numRuns: 50 },
    );
  });

  it("names each bad option", () => {
    const p = ichart.points[0]!;
    expect(issues(() => describePoint(p, ichart, { lang: "sv" as "nb", decimals: 1.5, percent: "yes" as unknown as boolean }))).toEqual([
      'invalid_option options.lang: must be "nb" or "en", not "sv"',
      'invalid_option options.percent: must be true or false, not "yes"',
      "invalid_option options.decimals: must be a whole number from 0 to 6, not 1.5",
    ]);
  });
});

describe("attach without a chart", () => {
  it("refuses what is not an <svg> element, or not a result, with an SpcError naming it", () => {
    expect(issues(() => attach({} as SVGSVGElement, ichart))).toEqual(["invalid_option svg: must be the <svg> element of a chart renderSvg() drew"]);
    const fakeSvg = { localName: "svg", querySelectorAll: () => [] } as unknown as SVGSVGElement;
    expect(issues(() => attach(fakeSvg, { chart: "i" } as never))).toEqual(["invalid_option result: must be what compute() returned"]);
    expect(issues(() => attach(fakeSvg, ichart, { reach: -1, tooltip: "no" as unknown as boolean }))).toEqual([
      'invalid_option options.tooltip: must be true or false, not "no"',
      "invalid_option options.reach: must be a number of pixels from 0 to 500, not -1",
    ]);
  });
});
