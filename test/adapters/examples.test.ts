// The @example blocks of the adapters' TSDoc, checked, so that the docs cannot drift.
import { describe, expect, it } from "vitest";
import {
  casesBetweenEvents,
  countEvents,
  daysBetweenEvents,
  detectDecimalSeparator,
  detectDelimiter,
  formatNorwegianDate,
  normaliseHeader,
  parseDate,
  readDelimited,
  tableToSpec,
  wideToLong,
} from "../../src/adapters/index.js";
import { describeCell, quote, rejectionIssue } from "../../src/adapters/report.js";
import { columnName, resolveColumn } from "../../src/adapters/table.js";

describe("documented examples", () => {
  it("tableToSpec", () => {
    const table = readDelimited("Måned;Fall;Liggedøgn\n01.01.2024;3;2 790\n01.02.2024;abc;2 604\n");
    const { spec, rejected } = tableToSpec(table, { x: "Måned", y: "Fall", n: "liggedogn" }, { chart: "u" });
    expect(spec).toEqual({ chart: "u", xType: "date", data: [{ x: "2024-01-01", y: 3, n: 2790 }] });
    expect(rejected).toEqual([{ line: 3, column: "Fall", value: "abc", reason: '"abc" is not a number', code: "not_a_number", params: { value: "abc", kind: "", used: "", expected: "" } }]);
  });

  it("wideToLong", () => {
    expect(wideToLong(readDelimited("Måned;Avd A;Avd B\njan.24;3;1\n"), { x: "Måned" }).rows).toEqual([
      { line: 2, cells: ["jan.24", "Avd A", "3"], sources: ["Måned", "Avd A", "Avd A"] },
      { line: 2, cells: ["jan.24", "Avd B", "1"], sources: ["Måned", "Avd B", "Avd B"] },
    ]);
  });

  it("countEvents", () => {
    const log = readDelimited("Dato;Avdeling\n03.01.2024;A\n17.01.2024;A\n02.03.2024;A\n");
    expect(countEvents(log, { date: "Dato" }, { period: "month" }).spec.data).toEqual([
      { x: "2024-01-01", y: 2 },
      { x: "2024-02-01", y: 0 },
      { x: "2024-03-01", y: 1 },
    ]);
  });

  it("daysBetweenEvents", () => {
    const r = daysBetweenEvents(readDelimited("Dato\n03.01.2024\n17.01.2024\n17.01.2024\n02.03.2024\n"), { date: "Dato" });
    expect(r.spec.data).toEqual([
      { x: "2024-01-17", y: 14 },
      { x: "2024-03-02", y: 45 },
    ]);
    expect(r.rejected).toMatchObject([{ line: 4, column: "Dato", value: "17.01.2024" }]);
    expect(r.rejected[0]?.reason).toMatch(/^on the same day as the event on line 3/);
  });

  it("casesBetweenEvents", () => {
    const r = casesBetweenEvents(readDelimited("Operasjon;Infeksjon\n1;nei\n2;ja\n3;nei\n4;nei\n5;ja\n6;nei\n"), { event: "Infeksjon" });
    expect(r.spec.data).toEqual([{ y: 2 }]);
    expect(r.open).toEqual([{ facet: null, cases: 1 }]);
  });

  it("readDelimited and detectDelimiter", () => {
    const t = readDelimited("\uFEFFMåned;Fall\r\n01.01.2024;3\r\n01.02.2024;5\r\n");
    expect(t.rows).toEqual([
      { line: 2, cells: ["01.01.2024", "3"] },
      { line: 3, cells: ["01.02.2024", "5"] },
    ]);
    expect(detectDelimiter("Måned;Rate\njan.24;1,5\n")).toBe(";");
    expect(detectDelimiter("Month,Rate\nJan-24,1.5\n")).toBe(",");
  });

  it("detectDecimalSeparator", () => {
    expect(detectDecimalSeparator(["1.234", "17"], { fallback: "." })).toEqual({
      decimal: ".",
      basis: "fallback",
      comma: 0,
      point: 0,
      ambiguous: ["1.234"],
    });
  });

  it("parseDate, formatNorwegianDate", () => {
    expect(parseDate("uke 5 2024")).toEqual({ ok: true, iso: "2024-01-29", kind: "iso-week", period: "week" });
    expect(parseDate("2024 K2")).toEqual({ ok: true, iso: "2024-04-01", kind: "quarter", period: "quarter" });
    expect(formatNorwegianDate("2024-12-30", "week")).toBe("uke 1 2025");
  });

  it("table and report helpers", () => {
    expect(normaliseHeader("  Antall  fall på Ål ")).toBe("antall fall pa al");
    expect(resolveColumn({ header: ["Måned", "Fall"], rows: [] }, "fall", "y")).toBe(1);
    expect(columnName({ header: ["Måned", "Fall"], rows: [] }, { line: 2, cells: ["jan.24", "3"] }, 1)).toBe("Fall");
    expect(describeCell(7, "Fall")).toBe('line 7, column "Fall"');
    expect(quote("a\nb")).toBe('"a\\nb"');
    expect(rejectionIssue({ line: 4, column: "Fall", value: "to", reason: '"to" is not a number' }).message).toBe(
      'line 4, column "Fall": "to" is not a number',
    );
  });
});
