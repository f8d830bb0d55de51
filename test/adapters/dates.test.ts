import { describe, expect, it } from "vitest";
import { formatNorwegianDate, parseDate, parseDateColumn } from "../../src/adapters/index.js";
import { SpcError } from "../../src/errors.js";
import { issueMessage } from "../../src/locale/message.js";

function iso(text: string): string {
  const p = parseDate(text);
  if (!p.ok) throw new Error(`expected a date from ${JSON.stringify(text)}: ${p.reason}`);
  return p.iso;
}

describe("parseDate", () => {
  it.each([
    ["2024-03-01", "2024-03-01", "yyyy-mm-dd"],
    ["01.03.2024", "2024-03-01", "dd.mm.yyyy"],
    ["1.3.24", "2024-03-01", "dd.mm.yyyy"],
    ["01/03/2024", "2024-03-01", "dd/mm/yyyy"],
    ["01-03-2024", "2024-03-01", "dd-mm-yyyy"],
    ["1. mars 2024", "2024-03-01", "d. month yyyy"],
    ["01-Mar-2024", "2024-03-01", "d. month yyyy"],
    ["2024-03", "2024-03-01", "yyyy-mm"],
    ["03.2024", "2024-03-01", "mm.yyyy"],
    ["jan 2024", "2024-01-01", "month yyyy"],
    ["januar 2024", "2024-01-01", "month yyyy"],
    ["Januar 2024", "2024-01-01", "month yyyy"],
    ["mars 24", "2024-03-01", "month yyyy"],
    ["Mar-24", "2024-03-01", "month yyyy"],
    ["mai.24", "2024-05-01", "month yyyy"],
    ["jan.24", "2024-01-01", "month yyyy"],
    ["okt. 2024", "2024-10-01", "month yyyy"],
    ["des 2024", "2024-12-01", "month yyyy"],
    ["May 2024", "2024-05-01", "month yyyy"],
    ["Oct-23", "2023-10-01", "month yyyy"],
    ["sept. 2024", "2024-09-01", "month yyyy"],
    ["2024-W05", "2024-01-29", "iso-week"],
    ["2024W05", "2024-01-29", "iso-week"],
    ["uke 5 2024", "2024-01-29", "iso-week"],
    ["Uke 5/2024", "2024-01-29", "iso-week"],
    ["U5 2024", "2024-01-29", "iso-week"],
    ["uke 05-2024", "2024-01-29", "iso-week"],
    ["uke 1 2025", "2024-12-30", "iso-week"],
    ["2020-W53", "2020-12-28", "iso-week"],
    ["2024 K1", "2024-01-01", "quarter"],
    ["2024K3", "2024-07-01", "quarter"],
    ["Q1 2024", "2024-01-01", "quarter"],
    ["2024-Q4", "2024-10-01", "quarter"],
    ["K2 2024", "2024-04-01", "quarter"],
    ["2. kvartal 2024", "2024-04-01", "quarter"],
  ])("reads %j as %s (%s)", (text, expected, kind) => {
    expect(parseDate(text)).toMatchObject({ ok: true, iso: expected, kind });
  });

  it("gives the period a date stands for", () => {
    expect(parseDate("01.03.2024")).toMatchObject({ period: "day" });
    expect(parseDate("mars 2024")).toMatchObject({ period: "month" });
    expect(parseDate("uke 9 2024")).toMatchObject({ period: "week" });
    expect(parseDate("2024 K1")).toMatchObject({ period: "quarter" });
  });

  it("keeps a time of day apart and the date as written", () => {
    expect(parseDate("01.03.2024 13:45")).toEqual({ ok: true, iso: "2024-03-01", kind: "dd.mm.yyyy", period: "day", time: "13:45" });
    expect(parseDate("2024-03-01T23:59:59Z")).toMatchObject({ iso: "2024-03-01", time: "23:59:59" });
    expect(parseDate("01.03.2024 kl. 07.30")).toMatchObject({ iso: "2024-03-01", time: "07:30" });
    expect(parseDate("01.03.2024 25:00")).toMatchObject({ ok: false, code: "invalid_date" });
  });

  it("uses a fixed two-digit-year pivot of 69 (POSIX)", () => {
    expect(iso("1.1.68")).toBe("2068-01-01");
    expect(iso("1.1.69")).toBe("1969-01-01");
    expect(iso("jan.00")).toBe("2000-01-01");
    expect(parseDate("1.1.69", { twoDigitYearPivot: 80 })).toMatchObject({ iso: "2069-01-01" });
  });

  it.each([
    ["31.02.2024", '"31.02.2024" is not a real date (February 2024 has 29 days)'],
    ["29.02.2023", '"29.02.2023" is not a real date (February 2023 has 28 days)'],
    ["31.04.2024", '"31.04.2024" is not a real date (April 2024 has 30 days)'],
    ["2024-13-01", '"2024-13-01" is not a real date (there is no month 13)'],
    ["03/13/2024", '"03/13/2024" is not a real date (there is no month 13)'],
    ["2023-W53", '"2023-W53" is not a real week (2023 has 52 ISO weeks)'],
    ["uke 0 2024", '"uke 0 2024" is not a real week (2024 has 52 ISO weeks)'],
    ["01.01.0024", '"01.01.0024" has year 24, outside 1000–9999'],
  ])("rejects the impossible date %j", (text, reason) => {
    // The English reason, and the notice that says it in bokmål too (a rejected line's words).
    expect(parseDate(text)).toMatchObject({ ok: false, code: "invalid_date", reason, notice: { message: reason } });
  });

  it.each([
    ["", "empty", "the date is empty"],
    ["abc", "not_a_date", '"abc" is not a date'],
    ["2024", "not_a_date", '"2024" is not a date'],
    ["mars", "not_a_date", '"mars" has no year'],
    ["uke 5", "not_a_date", '"uke 5" has no year'],
    ["foo 2024", "not_a_date", '"foo 2024" is not a date ("foo" is not a month name)'],
    ["Q5 2024", "not_a_date", '"Q5 2024" is not a date'],
  ])("rejects %j", (text, code, reason) => {
    expect(parseDate(text)).toMatchObject({ ok: false, code, reason });
  });

  it("reads a/b/yyyy month first only when told", () => {
    expect(parseDate("03/13/2024", { slashOrder: "mdy" })).toMatchObject({ iso: "2024-03-13", kind: "mm/dd/yyyy" });
  });
});

describe("formatNorwegianDate", () => {
  it.each([
    ["date", "01.03.2024"],
    ["long", "1. mars 2024"],
    ["month", "mars 2024"],
    ["month-short", "mar. 2024"],
    ["week", "uke 9 2024"],
    ["quarter", "1. kv. 2024"],
    ["iso", "2024-03-01"],
  ] as const)("writes style %s", (style, expected) => {
    expect(formatNorwegianDate("2024-03-01", style)).toBe(expected);
  });

  it("writes May without an abbreviation dot and weeks with their ISO year", () => {
    expect(formatNorwegianDate("2024-05-10", "month-short")).toBe("mai 2024");
    expect(formatNorwegianDate("2024-12-30", "week")).toBe("uke 1 2025");
    expect(formatNorwegianDate("2021-01-03", "week")).toBe("uke 53 2020");
  });

  it("throws SpcError for a text that is not an ISO date", () => {
    expect(() => formatNorwegianDate("01.03.2024")).toThrow(SpcError);
    expect(() => formatNorwegianDate("2023-02-29")).toThrow(SpcError);
    // @ts-expect-error a style that does not exist
    expect(() => formatNorwegianDate("2024-03-01", "roman")).toThrow(SpcError);
  });
});

describe("parseDateColumn", () => {
  it("rejects a day-first date among ISO dates as ambiguous instead of guessing", () => {
    const col = parseDateColumn(["2024-03-01", "2024-03-02", "03.04.2024", "2024-03-04"]);
    expect(col.format).toBe("yyyy-mm-dd");
    expect(col.cells[2]).toMatchObject({
      ok: false,
      code: "ambiguous",
      reason: `"03.04.2024" is written dd.mm.yyyy, but this column's dates are yyyy-mm-dd; it could mean 3 April 2024 or 4 March 2024`,
      notice: { code: "date_ambiguous", params: { value: "03.04.2024", kind: "dd.mm.yyyy", columnKind: "yyyy-mm-dd", read: [3, 4, 2024] } },
    });
    expect(col.cells.filter((c) => c.ok)).toHaveLength(3);
  });

  it("rejects a slash date among dd.mm dates as ambiguous", () => {
    const col = parseDateColumn(["01.03.2024", "02.03.2024", "04/03/2024"]);
    expect(col.format).toBe("dd.mm.yyyy");
    expect(col.cells[2]).toMatchObject({ ok: false, code: "ambiguous" });
    expect(col.cells[2]?.ok === false && col.cells[2].reason).toContain("4 March 2024 or 3 April 2024");
  });

  it("rejects other formats that cannot be misread as mixed, unless asked to accept them", () => {
    const values = ["01.03.2024", "02.03.2024", "2024-03-15", "mars 2024"];
    const strict = parseDateColumn(values);
    expect(strict.cells[2]).toMatchObject({
      ok: false,
      code: "mixed_format",
      reason: `"2024-03-15" is written yyyy-mm-dd, but this column's dates are dd.mm.yyyy`,
    });
    expect(strict.cells[3]).toMatchObject({
      ok: false,
      code: "mixed_format",
      reason: `"mars 2024" is written month yyyy, but this column's dates are dd.mm.yyyy (it stands for a month, the others for a day)`,
    });
    const lenient = parseDateColumn(values, { mixed: "accept-unambiguous" });
    expect(lenient.cells[2]).toMatchObject({ ok: true, iso: "2024-03-15" });
    expect(lenient.cells[3]).toMatchObject({ ok: false, code: "mixed_format" });
    expect(lenient.warnings).toHaveLength(1);
  });

  it("treats jan.24 and januar 2024 as one format", () => {
    const col = parseDateColumn(["jan.24", "februar 2024", "Mar-24"]);
    expect(col.format).toBe("month yyyy");
    expect(col.cells.map((c) => c.ok && c.iso)).toEqual(["2024-01-01", "2024-02-01", "2024-03-01"]);
  });

  it("reads a slash column month first when a value proves it, and says so", () => {
    const col = parseDateColumn(["03/13/2024", "04/03/2024", "12/31/2024"]);
    expect(col.format).toBe("mm/dd/yyyy");
    expect(col.cells.map((c) => c.ok && c.iso)).toEqual(["2024-03-13", "2024-04-03", "2024-12-31"]);
    expect(col.warnings[0]).toContain("month first");
  });

  it("reads a slash column day first when nothing proves the order, and says so", () => {
    const col = parseDateColumn(["04/03/2024", "05/03/2024"]);
    expect(col.format).toBe("dd/mm/yyyy");
    expect(col.cells.map((c) => c.ok && c.iso)).toEqual(["2024-03-04", "2024-03-05"]);
    expect(col.warnings[0]).toContain("day first");
    expect(parseDateColumn(["13/03/2024", "04/03/2024"]).warnings).toEqual([]);
  });

  it("follows a given format", () => {
    const col = parseDateColumn(["03/04/2024", "2024-03-05"], { format: "mm/dd/yyyy" });
    expect(col.cells[0]).toMatchObject({ ok: true, iso: "2024-03-04" });
    expect(col.cells[1]).toMatchObject({ ok: false, code: "mixed_format" });
  });

  it("keeps per-value failures and has no format when nothing is a date", () => {
    const col = parseDateColumn(["abc", ""]);
    expect(col.format).toBeNull();
    expect(col.cells).toEqual([
      { ok: false, code: "not_a_date", reason: '"abc" is not a date', notice: { code: "date_not_a_date", message: '"abc" is not a date', params: { value: "abc" } } },
      { ok: false, code: "empty", reason: "the date is empty" },
    ]);
  });

  it("says why a date is not one in bokmål as well (issue: English reasons in a Norwegian CLI run)", () => {
    const nb = (text: string) => {
      const p = parseDate(text);
      return p.ok ? "" : issueMessage(p.notice!, "nb");
    };
    expect(nb("31.02.2024")).toBe("«31.02.2024» er ikke en virkelig dato (februar 2024 har 29 dager)");
    expect(nb("2024-13-01")).toBe("«2024-13-01» er ikke en virkelig dato (det finnes ingen måned 13)");
    expect(nb("2023-W53")).toBe("«2023-W53» er ikke en virkelig uke (2023 har 52 ISO-uker)");
    expect(nb("01.01.0024")).toBe("«01.01.0024» har året 24, utenfor 1000–9999");
    expect(nb("uke 5")).toBe("«uke 5» mangler år");
    expect(nb("foo 2024")).toBe("«foo 2024» er ikke en dato («foo» er ikke et månedsnavn)");
    expect(nb("abc")).toBe("«abc» er ikke en dato");
    expect(nb("01.03.2024 25:00")).toBe("«01.03.2024 25:00» har et klokkeslett som ikke finnes");
  });
});
