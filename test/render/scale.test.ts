import { describe, expect, it } from "vitest";
import { fromIsoDate } from "../../src/calendar.js";
import { polyline, stepBand, steps, stepVertices } from "../../src/render/paths.js";
import { linear } from "../../src/render/scale.js";
import { categoryScale, dateTicks, niceDomain, niceTicks } from "../../src/render/ticks.js";
import { fitLines } from "../../src/render/text.js";
import { textWidth } from "../../src/render/svg.js";

const day = (iso: string) => fromIsoDate(iso)!;
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

describe("scales on d3", () => {
  it("maps linearly, and a zero-width domain to the middle", () => {
    expect(linear(0, 10, 100, 0)(2.5)).toBe(75);
    expect(linear(5, 5, 0, 10)(7)).toBe(5);
    expect(linear(-1e308, 1e308, 0, 100)(0)).toBe(50);
  });
  it("rounds a y domain out to ticks only when that adds little, never below 0 for data that is not", () => {
    const [lo, hi] = niceDomain(0.4, 9.5, 5);
    expect(lo).toBeLessThan(0);
    expect(lo).toBeGreaterThan(-1);
    expect(hi).toBe(12);
    const [a, b] = niceDomain(23, 91, 6);
    expect(b - a).toBeLessThanOrEqual((91 - 23) * 1.12 * 1.2 + 1e-9);
  });
  it("ticks whole numbers only on an integer axis", () => {
    expect(niceTicks(1, 3, 10, true)).toEqual([1, 2, 3]);
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
  });
  it("places categories in the middle of equal bands", () => {
    const { scale, band } = categoryScale(4, 0, 400);
    expect([0, 1, 2, 3].map(scale)).toEqual([50, 150, 250, 350]);
    expect(band).toBe(100);
  });
});

describe("calendar ticks from d3-time intervals", () => {
  it("quarters start in January, April, July and October", () => {
    const ticks = dateTicks(day("2023-02-01"), day("2024-12-01"), "month", () => 8);
    expect(ticks.map((t) => iso(t.day))).toEqual(["2023-04-01", "2023-07-01", "2023-10-01", "2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01"]);
  });
  it("ISO weeks every 4 are weeks 1, 5, 9 … of their ISO year, on Mondays", () => {
    const ticks = dateTicks(day("2024-01-01"), day("2024-06-24"), "week", () => 7);
    expect(ticks[0]!.unit).toBe("week");
    expect(ticks.map((t) => iso(t.day)).slice(0, 3)).toEqual(["2024-01-01", "2024-01-29", "2024-02-26"]);
    expect(ticks.every((t) => new Date(t.day * 86_400_000).getUTCDay() === 1)).toBe(true);
  });
  it("years every 5 fall on years divisible by 5", () => {
    const ticks = dateTicks(day("2001-01-01"), day("2024-01-01"), "year", () => 5);
    expect(ticks.map((t) => iso(t.day).slice(0, 4))).toEqual(["2005", "2010", "2015", "2020"]);
  });
});

describe("paths from d3-shape", () => {
  it("a line with gaps at missing values", () => {
    expect(polyline([[0, 10], [5, null], [10, 12], [20, 8]])).toBe("M0,10ZM10,12L20,8");
  });
  it("stepped limits keep only the points where the value changes, one decimal, clamped", () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i);
    expect(steps(stepVertices(xs, xs.map(() => 5), (x) => x, (v) => v, 0))).toBe("M0,5L999,5");
    expect(steps(stepVertices([0, 1, 2], [5, 5, 7], (x) => x * 10, (v) => v, 0))).toBe("M0,5L15,5L15,7L20,7");
    expect(steps(stepVertices([0, 1], [1e12, 1e12], (x) => x, (v) => v, 0))).toBe("M0,1000000000L1,1000000000");
  });
  it("a band between stepped limits", () => {
    expect(stepBand([0, 1], [9, 9], [1, 1], (x) => x * 10, (v) => v, 0)).toBe("M0,9L10,9L10,1L0,1Z");
  });
});

describe("text that fits", () => {
  it("wraps to two lines and ends in an ellipsis, each line within the width", () => {
    const title = "Andel pasienter over 65 år med fall som førte til skade per 1000 liggedøgn på korttidsavdelingene i kommunen";
    const lines = fitLines(title, 330, 16, true, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    for (const line of lines) expect(textWidth(line, 16, true)).toBeLessThanOrEqual(330);
    expect(fitLines("Kort tittel", 330, 16, true, 2)).toEqual(["Kort tittel"]);
  });
});
