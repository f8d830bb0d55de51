import { describe, expect, it } from "vitest";
import {
  civilFromDays,
  daysFromCivil,
  floorToPeriod,
  fromIsoDate,
  isoWeekMonday,
  isoWeekOf,
  isoWeeksInYear,
  nextPeriodStart,
  toIsoDate,
} from "../src/calendar.js";
import { periodStart } from "../src/adapters/index.js";

describe("calendar arithmetic", () => {
  it("counts days from 1970-01-01 like Date.UTC does", () => {
    for (const [y, m, d] of [
      [1970, 1, 1],
      [2000, 2, 29],
      [2024, 3, 1],
      [1900, 3, 1],
      [2100, 12, 31],
      [1601, 1, 1],
    ] as const) {
      expect(daysFromCivil(y, m, d)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
      expect(civilFromDays(daysFromCivil(y, m, d))).toEqual({ year: y, month: m, day: d });
    }
  });

  it("knows which years have 53 ISO weeks", () => {
    expect([2015, 2020, 2026, 2032].map(isoWeeksInYear)).toEqual([53, 53, 53, 53]);
    expect([2021, 2023, 2024, 2025].map(isoWeeksInYear)).toEqual([52, 52, 52, 52]);
  });

  it("finds the Monday of an ISO week, also when it is in December", () => {
    expect(toIsoDate(isoWeekMonday(2024, 1))).toBe("2024-01-01");
    expect(toIsoDate(isoWeekMonday(2025, 1))).toBe("2024-12-30");
    expect(toIsoDate(isoWeekMonday(2021, 1))).toBe("2021-01-04");
    expect(toIsoDate(isoWeekMonday(2020, 53))).toBe("2020-12-28");
    expect(isoWeekOf(daysFromCivil(2021, 1, 3))).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf(daysFromCivil(2024, 12, 30))).toEqual({ year: 2025, week: 1 });
  });

  it("floors to periods and steps to the next", () => {
    const d = daysFromCivil(2024, 5, 17); // a Friday
    expect(toIsoDate(floorToPeriod(d, "day"))).toBe("2024-05-17");
    expect(toIsoDate(floorToPeriod(d, "week"))).toBe("2024-05-13");
    expect(toIsoDate(floorToPeriod(d, "month"))).toBe("2024-05-01");
    expect(toIsoDate(floorToPeriod(d, "quarter"))).toBe("2024-04-01");
    expect(toIsoDate(floorToPeriod(d, "year"))).toBe("2024-01-01");
    expect(toIsoDate(nextPeriodStart(daysFromCivil(2024, 12, 1), "month"))).toBe("2025-01-01");
    expect(toIsoDate(nextPeriodStart(daysFromCivil(2024, 10, 1), "quarter"))).toBe("2025-01-01");
    expect(toIsoDate(nextPeriodStart(daysFromCivil(2024, 12, 30), "week"))).toBe("2025-01-06");
  });

  it("reads only real ISO dates", () => {
    expect(fromIsoDate("2024-02-29")).toBe(daysFromCivil(2024, 2, 29));
    expect(fromIsoDate("2023-02-29")).toBeNull();
    expect(fromIsoDate("2024-2-1")).toBeNull();
    expect(periodStart("2024-02-01", "week")).toBe("2024-01-29");
    expect(periodStart("not a date", "week")).toBeNull();
  });
});
