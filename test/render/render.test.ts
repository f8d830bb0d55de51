import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHART_TYPES, compute, explain, SpcError, type ChartResult, type ChartSpec, type ChartType } from "../../src/index.js";
import { chartName, defaultTheme, formatDate, formatNumber, renderSvg, type RenderOptions } from "../../src/render/index.js";
import { daysFromCivil } from "../../src/calendar.js";
import { inferPeriod } from "../../src/render/scale.js";
import { dateTicks, niceTicks } from "../../src/render/ticks.js";
import { escapeXml } from "../../src/render/svg.js";
import { monthly, months, proportions, series } from "./fixtures.js";
import { checkSvg } from "./snapshot.js";
import { allElements, inherited, type XmlElement } from "./xml.js";

const day = (iso: string) => daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const ichart = (title = "I") => compute({ chart: "i", title, data: monthly(series(24, 7, 60, 6).map((v, i) => (i === 9 ? 95 : v))) });
const desc = (svg: string) => /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1]!;
const elements = (svg: string) => allElements(checkSvg(svg));
const labelled = (svg: string, label: string) => elements(svg).filter((e) => e.attrs["aria-label"] === label);

/** The SpcError's formatted issues for bad options. */
function optionProblems(options: unknown, result: unknown = ichart()): string[] {
  try {
    renderSvg(result as ChartResult, options as RenderOptions);
  } catch (e) {
    expect(e).toBeInstanceOf(SpcError);
    return (e as SpcError).message.split("\n");
  }
  throw new Error("expected an SpcError");
}

describe("numbers and dates, without Intl", () => {
  it.each([
    [1234.5, 1, "nb", "1234,5"],
    [12345.678, 2, "nb", "12\u00a0345,68"],
    [-3.25, 1, "nb", "\u22123,3"],
    [-0.04, 1, "nb", "0,0"],
    [1234.5, 1, "en", "1,234.5"],
    [-1e6, 0, "en", "\u22121,000,000"],
    [0.1 + 0.2, 2, "en", "0.30"],
  ] as const)("formatNumber(%s, %s, %s) is %j", (value, decimals, lang, expected) => {
    expect(formatNumber(value, decimals, lang)).toBe(expected);
  });

  it.each([
    ["2024-01-01", "month", "nb", "jan. 2024"],
    ["2024-05-01", "month", "nb", "mai 2024"],
    ["2024-05-01", "month", "en", "May 2024"],
    ["2024-01-29", "week", "nb", "uke 5 2024"],
    ["2024-12-30", "week", "nb", "uke 1 2025"],
    ["2020-12-28", "week", "en", "week 53 2020"],
    ["2024-07-01", "quarter", "nb", "3. kv. 2024"],
    ["2024-07-01", "quarter", "en", "Q3 2024"],
    ["2024-03-05", "day", "nb", "5. mar. 2024"],
    ["2024-03-05", "day", "en", "5 Mar 2024"],
    ["2024-01-01", "year", "en", "2024"],
  ] as const)("formatDate(%s, %s, %s) is %j", (iso, period, lang, expected) => {
    expect(formatDate(day(iso), period, lang)).toBe(expected);
  });

  it("names charts in both languages", () => {
    expect(chartName("run", "nb")).toBe("Seriediagram");
    expect(chartName("pp", "nb")).toBe("P\u2032-diagram");
    expect(chartName("xbar", "en")).toBe("Xbar chart");
  });

  it("infers the period from the dates", () => {
    expect(inferPeriod(months(6).map(day))).toBe("month");
    expect(inferPeriod(["2024-01-01", "2024-04-01", "2024-07-01"].map(day))).toBe("quarter");
    expect(inferPeriod(["2023-01-01", "2024-01-01"].map(day))).toBe("year");
    expect(inferPeriod(["2024-01-08", "2024-01-15", "2024-02-05"].map(day))).toBe("week");
    expect(inferPeriod(["2024-01-08", "2024-01-10"].map(day))).toBe("day");
  });

  it("makes round ticks without floating-point noise", () => {
    expect(niceTicks(0.1, 0.7, 6)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(niceTicks(3, 97, 5)).toEqual([20, 40, 60, 80]);
    expect(niceTicks(0.5, 3.5, 10, true)).toEqual([1, 2, 3]);
  });

  it("puts date ticks on whole months, ISO weeks or years, as many as fit", () => {
    const ticks = dateTicks(day("2023-01-01"), day("2025-04-01"), "month", () => 10);
    expect(ticks.map((t) => t.unit)).toEqual(Array(10).fill("month"));
    expect(ticks[1]!.day).toBe(day("2023-04-01"));
    const weeks = dateTicks(day("2024-01-01"), day("2024-05-13"), "week", () => 10);
    expect(weeks.every((t) => t.unit === "week")).toBe(true);
    expect(dateTicks(day("2000-01-01"), day("2024-01-01"), "month", () => 6).every((t) => t.unit === "year")).toBe(true);
  });
});

describe("text is escaped", () => {
  it("escapes &, <, > and double quotes and drops characters XML cannot hold", () => {
    expect(escapeXml(`Fall & skader <2024> "x" 'y'\u0007`)).toBe("Fall &amp; skader &lt;2024&gt; &quot;x&quot; 'y'");
  });

  it("renders a title like <script> as text, never as markup", () => {
    const svg = renderSvg(ichart("<script>alert(1)</script>"), { subtitle: "</svg><svg onload=x>", caption: "a & b" });
    expect(svg).not.toMatch(/<script|<svg onload/);
    const title = elements(svg).find((e) => e.name === "title")!;
    expect(title.text).toBe("<script>alert(1)</script>");
  });

  it("escapes notes, part labels, facets and axis titles", () => {
    const data = monthly([3, 4, 2, 5, 3, 4]).map((r, i) => ({ ...r, part: i < 3 ? "før <A>" : "etter & B", note: i === 1 ? '"sitat" & <b>' : null, facet: "Avd <1>" }));
    const svg = renderSvg(compute({ chart: "run", data, yLabel: "y < 5", xLabel: "x & y" }));
    const texts = elements(svg).filter((e) => e.name === "text").map((e) => e.text);
    expect(texts).toEqual(expect.arrayContaining(["før <A>", "etter & B", "Avd <1>", "y < 5", "x & y"]));
    expect(texts.some((t) => t.includes('"sitat" & <b>'))).toBe(true);
  });
});

describe("determinism", () => {
  it("gives byte-identical SVG for the same result and options", () => {
    const a = renderSvg(ichart(), { lang: "en", show95: true });
    const b = renderSvg(structuredClone(ichart()), { show95: true, lang: "en" });
    expect(a).toBe(b);
  });

  it("rounds coordinates to one decimal and uses ids derived from the chart", () => {
    const svg = renderSvg(ichart());
    expect(svg).not.toMatch(/\d\.\d{2,}[,"\sLMHVZhvlz]/);
    const other = renderSvg(ichart("Another"));
    expect(/id="([^"]+)-title"/.exec(svg)![1]).not.toBe(/id="([^"]+)-title"/.exec(other)![1]);
    expect(renderSvg(ichart(), { id: "chart-1" })).toContain('id="chart-1-title"');
  });

  it("gives different ids to the same chart in two languages, and to the same values in another order", () => {
    const idOf = (svg: string) => /id="([^"]+)-title"/.exec(svg)![1];
    expect(idOf(renderSvg(ichart(), { lang: "en" }))).not.toBe(idOf(renderSvg(ichart())));
    const ys = [3, 5, 4, 6, 5, 7];
    const a = compute({ chart: "i", data: ys.map((y) => ({ y })) });
    const b = compute({ chart: "i", data: [...ys].reverse().map((y) => ({ y })) });
    expect(idOf(renderSvg(a))).not.toBe(idOf(renderSvg(b)));
  });
});

describe("accessibility", () => {
  // The desc is explain()'s account of the chart (without the hints), in the chart's language.
  it("has role img, a title and a desc that say what the chart shows, in nb by default", () => {
    const result = compute({ chart: "run", data: monthly(series(20, 3, 20, 2, 10, -6)) });
    const text = desc(renderSvg(result));
    expect(text).toMatch(/^Seriediagram med 20 punkter\./);
    expect(text).toContain("Januar 2023–august 2024: median");
    expect(text).toMatch(/Reglene fant \d+ signal/);
    expect(text).toBe(escapeXml(explain(result, { lang: "nb", hints: false }).replace(/\n/g, " ")));
  });

  it("writes the desc in English, with the points outside the limits", () => {
    const text = desc(renderSvg(ichart(), { lang: "en" }));
    expect(text).toMatch(/^I chart «I» with 24 points\./);
    expect(text).toContain("One point lies above the upper control limit (October 2023: 95 against the limit 76.9)");
  });

  it("describes parts, facets, target and notes, and accepts a description of the caller's", () => {
    const data = monthly(series(24, 41, 7.5, 0.8)).map((r, i) => ({ ...r, part: i < 12 ? "Før" : "Etter", note: i === 13 ? "Nytt skjema" : null }));
    const text = desc(renderSvg(compute({ chart: "i", data, target: 7 }), { lang: "nb" }));
    expect(text).toContain("Del «Før» (januar–desember 2023): midtlinje");
    expect(text).toContain("Mål 7.");
    expect(text).toContain("Merknader: februar 2024: Nytt skjema.");
    const facets = compute({ chart: "c", data: ["A", "B"].flatMap((facet) => monthly([3, 4, 5, 4]).map((r) => ({ ...r, facet }))) });
    expect(desc(renderSvg(facets))).toMatch(/^C-diagram i 2 paneler med 8 punkter\. .* A: .* B: /);
    expect(desc(renderSvg(facets, { description: "Egen tekst & mer" }))).toBe("Egen tekst &amp; mer");
  });

  it("labels its layers", () => {
    const svg = renderSvg(ichart(), { lang: "en" });
    for (const label of ["Measurements", "Points", "Control limits", "Centre line", "Axes", "Legend", "Values of the lines"]) {
      expect(labelled(svg, label).length, label).toBeGreaterThan(0);
    }
  });

  it("uses readable font sizes (at least 10 px)", () => {
    for (const el of elements(renderSvg(compute({ chart: "run", data: monthly([1, 2, 3]).map((r) => ({ ...r, note: "n" })) })))) {
      if (el.name === "text") expect(Number(inherited(el, "font-size"))).toBeGreaterThanOrEqual(10);
    }
  });
});

describe("what is drawn", () => {
  const pointMarks = (svg: string) => labelled(svg, "Punkter")[0]!.children;

  it("marks points outside the limits with a signal-coloured diamond and dashes a centre line with a runs signal", () => {
    const svg = renderSvg(compute({ chart: "i", data: monthly([...series(12, 1, 10, 1), ...series(12, 2, 10, 1, 0, 4)].map((v, i) => (i === 3 ? 30 : v))) }));
    const diamonds = pointMarks(svg).filter((e) => e.name === "path");
    expect(diamonds.length).toBeGreaterThan(0);
    expect(diamonds.every((d) => d.attrs.fill === defaultTheme.colors.signal)).toBe(true);
    const runs = elements(svg).filter((e) => e.attrs["aria-label"]?.includes("seriesignal"));
    expect(runs[0]!.attrs["stroke-dasharray"]).toBe("6 4");
  });

  it("dashes the centre line for a runs signal only when the runs rules are in force", () => {
    const spec: ChartSpec = { chart: "i", data: monthly([...series(12, 1, 10, 1), ...series(12, 2, 10, 1, 0, 4)]) };
    const dashed = (result: ChartResult) => elements(renderSvg(result)).some((e) => e.attrs["stroke-dasharray"] === "6 4");
    const anhoej = compute(spec);
    const mdc = compute({ ...spec, convention: "mdc" });
    expect(anhoej.parts[0]!.runsSignal && mdc.parts[0]!.runsSignal).toBe(true);
    expect(dashed(anhoej)).toBe(true);
    expect(dashed(mdc)).toBe(false); // Making Data Count flags the shift on the points instead
  });

  it("gives every point mark its index, facet and a native tooltip with x, value and what the mark means", () => {
    const svg = renderSvg(ichart(), { lang: "en", points: "all" });
    const marks = labelled(svg, "Points")[0]!.children;
    expect(marks.map((e) => e.attrs["data-index"])).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1)));
    expect(marks.every((e) => e.attrs["data-facet"] === undefined)).toBe(true);
    const tip = (e: XmlElement) => e.children.find((c) => c.name === "title")?.text;
    expect(tip(marks[9]!)).toBe("Oct 2023: 95 (Outside the control limits)");
    expect(tip(marks[0]!)).toMatch(/^Jan 2023: \d+\.\d$/);
    const facets = compute({ chart: "c", data: ["A & B", "C"].flatMap((facet) => monthly([3, 4, 5, 4]).map((r) => ({ ...r, facet }))) });
    const faceted = elements(renderSvg(facets, { points: "all" })).filter((e) => e.attrs["data-index"] !== undefined);
    expect(faceted.map((e) => `${e.attrs["data-facet"]}#${e.attrs["data-index"]}`)).toEqual(["A & B#1", "A & B#2", "A & B#3", "A & B#4", "C#1", "C#2", "C#3", "C#4"]);
    expect(tip(faceted[5]!)).toBe("C, feb. 2023: 4");
  });

  it("draws excluded points hollow, and notes as numbered markers with the text below", () => {
    const data = monthly([4, 6, 3, 5, 19, 4]).map((r, i) => (i === 2 ? { ...r, note: "Tiltak" } : r));
    const svg = renderSvg(compute({ chart: "c", data, exclude: [5] }));
    const hollow = pointMarks(svg).filter((e) => e.name === "circle" && e.attrs.stroke === defaultTheme.colors.excluded);
    expect(hollow).toHaveLength(1);
    expect(labelled(svg, "Merknader 1: Tiltak")).toHaveLength(1);
    expect(elements(svg).some((e) => e.name === "text" && e.text === "mar. 2023: Tiltak")).toBe(true);
  });

  it("uses improvement and concern colours when points carry variation", () => {
    const result = ichart();
    Object.assign(result.points[9]!, { variation: "concern-high", signals: [{ rule: "outside-limits" }] });
    Object.assign(result.points[20]!, { variation: "improvement-low", signals: [{ rule: "shift" }] });
    const svg = renderSvg(result);
    const marks = pointMarks(svg);
    expect(marks.some((e) => e.name === "path" && e.attrs.fill === defaultTheme.colors.concern)).toBe(true);
    expect(marks.some((e) => e.name === "rect" && e.attrs.fill === defaultTheme.colors.improvement)).toBe(true);
    // One legend entry per thing drawn, shape and meaning together, in words.
    expect(elements(svg).filter((e) => e.name === "text").map((e) => e.text)).toEqual(expect.arrayContaining(["Bekymring: utenfor kontrollgrensene", "Forbedring: del av signal (skift)"]));
  });

  it("steps the limits where the denominator varies", () => {
    const rows = proportions(12, 5, 0.2, 20, 200);
    const svg = renderSvg(compute({ chart: "p", data: rows.map((r, i) => ({ x: months(12)[i]!, ...r })) }));
    const limits = labelled(svg, "Kontrollgrenser").find((e) => e.attrs.fill === "none")!;
    expect(limits.attrs.d!.split("L").length).toBeGreaterThan(20);
    expect(elements(svg).some((e) => e.name === "text" && /\u00a0%$/.test(e.text))).toBe(true);
  });

  it("shows proportions as per cent for P charts, or not when asked", () => {
    const rows = proportions(12, 5, 0.2, 20, 200).map((r, i) => ({ x: months(12)[i]!, ...r }));
    const tickTexts = (svg: string) => [...labelled(svg, "Akser"), ...labelled(svg, "Axes")][0]!.children.flatMap((g) => [g, ...g.children]).filter((e) => e.name === "text").map((e) => e.text);
    expect(tickTexts(renderSvg(compute({ chart: "p", data: rows }))).some((t) => /^\d+\u00a0%$/.test(t))).toBe(true);
    expect(tickTexts(renderSvg(compute({ chart: "p", data: rows }), { percent: false })).some((t) => t.includes("%"))).toBe(false);
    expect(tickTexts(renderSvg(compute({ chart: "p", data: rows, multiply: 100 }), { lang: "en" })).some((t) => /^\d+%$/.test(t))).toBe(true);
  });

  it("draws categories as points only, and leaves a gap in the line at a missing value", () => {
    const cat = compute({ chart: "u", xType: "category", data: ["A", "B", "C"].map((x, i) => ({ x, y: i + 3, n: 100 })) });
    expect(labelled(renderSvg(cat), "Måleverdier")).toHaveLength(0);
    const gap = renderSvg(compute({ chart: "i", data: monthly([5, 6, null, 7, 6]) }));
    expect(labelled(gap, "Måleverdier")[0]!.attrs.d!.match(/M/g)).toHaveLength(2);
  });

  it("hides ordinary points when they would overlap, unless asked for all", () => {
    const result = compute({ chart: "i", data: series(600, 1, 0, 1).map((y, i) => ({ x: i + 1, y })) });
    const count = (svg: string) => labelled(svg, "Punkter")[0]?.children.length ?? 0;
    expect(count(renderSvg(result))).toBeLessThan(20);
    expect(count(renderSvg(result, { points: "all" }))).toBe(600);
  });

  it("draws facets as a grid with shared or free y", () => {
    const data = ["A", "B", "C"].flatMap((facet, k) => monthly(series(12, k, 10 * (k + 1), 1)).map((r) => ({ ...r, facet })));
    const result = compute({ chart: "i", data });
    const yLabels = (svg: string) => elements(svg).filter((e) => e.name === "text" && inherited(e, "text-anchor") === "end" && "data-value" in e.attrs).length;
    const shared = renderSvg(result, { columns: 3 });
    const free = renderSvg(result, { columns: 3, yScale: "free" });
    expect(yLabels(free)).toBeGreaterThan(yLabels(shared));
    expect(elements(shared).filter((e) => e.name === "text" && ["A", "B", "C"].includes(e.text))).toHaveLength(3);
  });

  it("draws an empty result, a lone point and all-equal data without NaN", () => {
    for (const r of [
      compute({ chart: "run", data: [] }),
      compute({ chart: "i", data: [{ y: 5 }] }),
      compute({ chart: "c", data: [{ y: 0 }, { y: 0 }, { y: 0 }] }),
      compute({ chart: "i", data: [{ y: null }, { y: null }] }),
    ]) {
      checkSvg(renderSvg(r));
    }
  });

  it("applies a theme", () => {
    const svg = renderSvg(ichart(), { theme: { colors: { data: "#123456", background: "none" }, fontFamily: "Inter, sans-serif", fontSize: 14 } });
    expect(svg).toContain('stroke="#123456"');
    expect(svg).toContain('font-family="Inter, sans-serif" font-size="14"');
    expect(svg).not.toMatch(/<rect width="720"/);
  });
});

describe("formatting helpers given values they do not know", () => {
  it("write a dash for a date that is not a number, and an unknown chart id as it is", () => {
    expect(formatDate(Number.NaN, "month", "nb")).toBe("–");
    expect(chartName("zz" as ChartType, "en")).toBe("zz chart");
  });
});

describe("results from before the rules engine", () => {
  it("draw and describe themselves as qicharts2 results (Anhøj's rules)", () => {
    const result = compute({ chart: "i", data: monthly(series(24, 3, 10, 1, 12, 3)) });
    const { findings: _f, icons: _i, rules: _r, ruleSet: _s, facets: _x, ...old } = result;
    const svg = renderSvg(old as unknown as ChartResult);
    checkSvg(svg);
    expect(svg).toContain("Regler: Anhøjs regler (qicharts2)");
    expect(elements(svg).some((e) => e.attrs["stroke-dasharray"] === "6 4")).toBe(result.parts[0]!.runsSignal);
  });
  it("take null options as none", () => {
    const result = compute({ chart: "run", data: monthly([3, 1, 2]) });
    expect(renderSvg(result, null as never)).toBe(renderSvg(result));
  });
});

describe("extreme values", () => {
  it.each([
    ["floating-point noise", [0.3, 0.1 + 0.2, 0.3]],
    ["noise in the 16th digit", [100, 100.00000000000001, 100]],
    ["the ends of the double range", [1e308, -1e308]],
  ])("renders %s as a sound SVG, in finite time", (_, ys) => {
    for (const chart of ["run", "i"] as const) checkSvg(renderSvg(compute({ chart, data: ys.map((y) => ({ y })) })));
  });
  it("never asks for more than 10 × count + 10 ticks", () => {
    // Past 2^53 the tick counter stops moving: without the cap this never returns.
    expect(niceTicks(1e17, 1e17 + 64, 5).length).toBeLessThanOrEqual(60);
    expect(niceTicks(-1e308, 1e308, 5)).toEqual([-1e308, -5e307, 0, 5e307, 1e308]);
  });
  it("writes numbers from 1e21 without exponent notation", () => {
    expect(formatNumber(1e21, 0, "en")).toBe("1,000,000,000,000,000,000,000");
  });
});

describe("bad options are an SpcError naming the option", () => {
  it.each([
    [{ lang: "de" }, 'options.lang: must be one of "nb", "en"'],
    [{ width: 50 }, "options.width: must be a number from 200 to 10000"],
    [{ width: Number.NaN }, "options.width: must be a number from 200 to 10000"],
    [{ decimals: 1.5 }, "options.decimals: must be an integer from 0 to 6"],
    [{ title: 3 }, "options.title: must be text or null"],
    [{ subtitle: null }, "options.subtitle: must be text"],
    [{ show95: "yes" }, "options.show95: must be true or false"],
    [{ notes: "left" }, 'options.notes: must be one of "bottom", "top", "none"'],
    [{ period: "hour" }, 'options.period: must be one of "day", "week", "month", "quarter", "year"'],
    [{ id: "1 two" }, "options.id: must be a letter, then up to 63 letters, digits, - or _"],
    [{ colour: "red" }, "options.colour: unknown option (known: lang, width,"],
    [{ theme: { colors: { signal: "red;x" } } }, "options.theme.colors.signal: must be a colour"],
    [{ theme: { colors: { sgnal: "red" } } }, "options.theme.colors.sgnal: unknown colour (known: background,"],
    [{ theme: { fontFamily: 'x" onload="y' } }, "options.theme.fontFamily: must be a CSS font-family list"],
    [{ theme: { fontSize: 2 } }, "options.theme.fontSize: must be a number from 6 to 48"],
    [{ theme: { size: 2 } }, "options.theme.size: unknown theme field"],
  ])("%j", (options, message) => {
    expect(optionProblems(options)[0]).toContain(message);
  });

  it("lists every bad option at once", () => {
    expect(optionProblems({ lang: "de", width: 1 })).toHaveLength(2);
  });

  it("says when the result is not a ChartResult", () => {
    expect(optionProblems({}, { chart: "i" })[0]).toMatch(/^result: must be a ChartResult/);
  });

  it("treats undefined options as defaults", () => {
    expect(renderSvg(ichart(), { lang: undefined, width: undefined })).toBe(renderSvg(ichart()));
  });
});

// Values with at most two decimals, like real measurements.
const value = fc.integer({ min: -1e6, max: 1e6 }).map((v) => v / 100);
const count = fc.integer({ min: 0, max: 300 });

function specOf(chart: ChartType): fc.Arbitrary<ChartSpec> {
  const needsN = ["p", "pp", "u", "up", "ip"].includes(chart);
  const isCount = ["c", "u", "up", "p", "pp", "g"].includes(chart);
  return fc
    .record({
      ys: fc.array(fc.option(chart === "t" ? fc.integer({ min: 1, max: 1000 }) : isCount ? count : value, { nil: null, freq: 8 }), { minLength: 1, maxLength: 50 }),
      extra: count,
      x: fc.constantFrom("number", "date", "category"),
      facets: fc.integer({ min: 1, max: 3 }),
      notes: fc.boolean(),
      cut: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      freeze: fc.option(fc.integer({ min: 2, max: 12 }), { nil: undefined }),
      exclude: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 2 }),
    })
    .map(({ ys, extra, x, facets, notes, cut, freeze, exclude }) => ({
      chart,
      ...(cut !== undefined && cut < ys.length ? { breaks: [cut] } : freeze !== undefined && freeze <= ys.length ? { freeze } : {}),
      ...(exclude.every((e) => e <= ys.length) ? { exclude } : {}),
      ...(x === "category" ? { xType: "category" as const } : {}),
      data: ys.flatMap((y, i) =>
        Array.from({ length: facets }, (_, f) => ({
          x: x === "date" ? months(ys.length)[i]! : x === "category" ? `Enhet ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) || ""}` : i + 1,
          y,
          ...(needsN ? { n: y === null ? 10 : y + extra + 1 } : {}),
          ...(facets > 1 ? { facet: `F${f}` } : {}),
          ...(notes && i % 7 === 3 ? { note: `note ${i} & <${f}>` } : {}),
        })),
      ),
    }) as ChartSpec);
}

describe("property: every computed result renders to a sound SVG", () => {
  for (const chart of CHART_TYPES) {
    it(chart, () => {
      fc.assert(
        fc.property(specOf(chart), fc.constantFrom<RenderOptions>({}, { lang: "en", show95: true }, { yScale: "free", width: 300, height: 200 }, { notes: "top", columns: 1, points: "all", labels: false, percent: true }), (spec, options) => {
          let result: ChartResult;
          try {
            result = compute(spec);
          } catch (e) {
            if (e instanceof SpcError) return; // e.g. a T chart whose aggregated time is 0
            throw e;
          }
          checkSvg(renderSvg(result, options));
        }),
        { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
      );
    });
  }
});

export type { XmlElement };
