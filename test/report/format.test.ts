import { describe, expect, it } from "vitest";
import { decimalsFor, formatDate, formatNumber, formatX } from "../../src/report/format.js";
import { escapeHtml, scopeSvgIds } from "../../src/report/html.js";
import { reportStrings } from "../../src/report/strings.js";

describe("formatNumber", () => {
  it("Norwegian: decimal comma, NBSP groups from 10 000, U+2212 minus; decimals by size", () => {
    expect(formatNumber(0.8351, "nb")).toBe("0,84");
    expect(formatNumber(86.784, "nb")).toBe("86,8");
    expect(formatNumber(1234.5, "nb")).toBe("1235"); // four digits stay together (Språkrådet)
    expect(formatNumber(12345.5, "nb")).toBe("12\u00A0346");
    expect(formatNumber(-2.5, "nb")).toBe("\u22122,50");
    expect(formatNumber(null, "nb")).toBe("–");
    expect(formatNumber(Number.NaN, "en")).toBe("–");
  });

  it("English: decimal point, comma groups, U+2212 minus as on the charts", () => {
    expect(formatNumber(0.8351, "en")).toBe("0.84");
    expect(formatNumber(-1234.5, "en", 1)).toBe("\u22121,234.5");
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
    expect(decimalsFor(150)).toBe(0);
  });

  it("small values keep two significant digits: a rate per bed-day is not 0.00", () => {
    expect(decimalsFor(0.0035)).toBe(4);
    expect(formatNumber(0.0035, "nb")).toBe("0,0035");
    expect(formatNumber(0.05, "en")).toBe("0.050");
    expect(formatNumber(0, "en")).toBe("0.00");
  });
});

describe("formatX and formatDate", () => {
  it("writes dates as the period they stand for", () => {
    expect(formatX("2024-03-01", "month", "nb")).toBe("mar. 2024");
    expect(formatX("2024-03-01", "month", "en")).toBe("Mar 2024");
    expect(formatX("2024-02-26", "week", "nb")).toBe("uke 9 2024");
    expect(formatX("2024-12-30", "week", "en")).toBe("week 1 2025");
    expect(formatX("2024-04-01", "quarter", "nb")).toBe("2. kv. 2024");
    expect(formatX("2024-04-01", "quarter", "en")).toBe("Q2 2024");
    expect(formatX("2024-01-01", "year", "en")).toBe("2024");
    expect(formatX("2024-03-05", null, "nb")).toBe("05.03.2024");
    expect(formatX("2024-03-05", "day", "en")).toBe("5 Mar 2024");
    expect(formatX("Avdeling A", null, "nb")).toBe("Avdeling A");
    // A number x names itself as a point, as explain() and the chart's notes do.
    expect(formatX(7, null, "en")).toBe("point 7");
    expect(formatX(2.5, null, "nb")).toBe("punkt 2,5");
    expect(formatDate("2025-12-31", "nb")).toBe("31.12.2025");
  });
});

describe("escapeHtml and scopeSvgIds", () => {
  it("escapes the five characters", () => {
    expect(escapeHtml(`<a href="x">Fall & 'skader'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Fall &amp; &#39;skader&#39;&lt;/a&gt;");
  });

  it("prefixes ids and every reference to them, and nothing else", () => {
    const svg = '<?xml version="1.0"?>\n<svg><defs><clipPath id="c"/><linearGradient id="g"/></defs><g clip-path="url(#c)" fill="url(\'#g\')"><use href="#c"/><use xlink:href="#g"/><a href="#elsewhere"/></g><title id="t"/><g aria-labelledby="t other"/></svg>';
    expect(scopeSvgIds(svg, "m1")).toBe(
      '<svg><defs><clipPath id="m1-c"/><linearGradient id="m1-g"/></defs><g clip-path="url(#m1-c)" fill="url(\'#m1-g\')"><use href="#m1-c"/><use xlink:href="#m1-g"/><a href="#elsewhere"/></g><title id="m1-t"/><g aria-labelledby="m1-t other"/></svg>',
    );
    expect(scopeSvgIds("<svg/>", "m1")).toBe("<svg/>");
  });
});

describe("reportStrings", () => {
  it("has every word in both languages, and they differ", () => {
    const nb = reportStrings("nb");
    const en = reportStrings("en");
    expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
    expect(nb.outside(1)).toBe("1 punkt utenfor grensene");
    expect(en.outside(2)).toBe("2 points outside the limits");
    expect(nb.counts(2, 1)).toBe("2 måleplaner, 1 måling");
    expect(Object.keys(nb.variation)).toEqual(Object.keys(en.variation));
  });
});
