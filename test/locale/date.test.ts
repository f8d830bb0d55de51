/**
 * src/locale/date.ts is the one date writer: the renderer's axis, the report and the adapters'
 * Norwegian dates write a period alike, and every month word the writers use reads back.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/render/locale.js";
import { formatX } from "../../src/report/format.js";
import { formatNorwegianDate, parseDate } from "../../src/adapters/dates.js";
import { toIsoDate } from "../../src/calendar.js";
import { formatLongDate, formatPeriod, formatQuarter, MONTH_NUMBERS, MONTHS, MONTHS_SHORT } from "../../src/locale/date.js";

const day = fc.integer({ min: -100_000, max: 100_000 }); // about 1696 to 2243

describe("the date writer", () => {
  it("writes quarters one way: 1. kv. 2024 and Q1 2024", () => {
    expect(formatQuarter(2024, 1, "nb")).toBe("1. kv. 2024");
    expect(formatQuarter(2024, 12, "en")).toBe("Q4 2024");
  });

  it("property: the renderer, the report and the adapters write a period alike", () => {
    fc.assert(
      fc.property(day, fc.constantFrom("month", "week", "quarter", "year" as const), fc.constantFrom("nb", "en" as const), (days, period, lang) => {
        const iso = toIsoDate(days);
        const written = formatPeriod(days, period, lang);
        expect(formatDate(days, period, lang)).toBe(written);
        expect(formatX(iso, period, lang)).toBe(written);
        if (lang === "nb" && period !== "year") expect(formatNorwegianDate(iso, period === "month" ? "month-short" : period)).toBe(written);
      }),
      { numRuns: 300 },
    );
  });

  it("property: every Norwegian period it writes reads back to the first day of the period", () => {
    fc.assert(
      fc.property(day, fc.constantFrom("month", "quarter", "week" as const), (days, period) => {
        const written = formatPeriod(days, period, "nb");
        const back = parseDate(written);
        expect(back.ok).toBe(true);
        if (back.ok) expect(formatPeriod(Number(new Date(`${back.iso}T00:00:00Z`)) / 86_400_000, period, "nb")).toBe(written);
      }),
      { numRuns: 200 },
    );
  });

  it("reads every month word it writes, in both languages", () => {
    for (let m = 0; m < 12; m++) {
      for (const lang of ["nb", "en"] as const) {
        expect(MONTH_NUMBERS.get(MONTHS[lang][m]!.toLowerCase())).toBe(m + 1);
        expect(MONTH_NUMBERS.get(MONTHS_SHORT[lang][m]!.toLowerCase().replace(/\.$/, ""))).toBe(m + 1);
      }
    }
    expect(MONTH_NUMBERS.get("sept")).toBe(9);
    expect(formatLongDate(19783, "nb")).toBe("1. mars 2024");
    expect(formatLongDate(19783, "en")).toBe("1 March 2024");
  });
});
