// Properties of the columns suggestChart chooses on generated wide sheets of counts (one column
// per ward, a total column, a year column beside yearless weeks): a total is never y or n, a
// year is never y, and a denominator found by comparison among wards must bound every ward.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDelimited } from "../../src/adapters/index.js";
import { suggestChart } from "../../src/adapters/suggest.js";

const WARDS = ["Avd Nord", "Avd Sør", "Avd Aust", "Langtidsavdeling", "Korttidsavdeling", "Skjermet enhet", "Post 3"];
const TOTALS = ["Sum", "Totalt", "TOTAL", "I alt", "Sum:"];
const months = ["jan.24", "feb.24", "mar.24", "apr.24", "mai.24", "jun.24", "jul.24", "aug.24", "sep.24", "okt.24", "nov.24", "des.24", "jan.25", "feb.25"];

const sheet = fc.record({
  wards: fc.uniqueArray(fc.constantFrom(...WARDS), { minLength: 2, maxLength: 5 }),
  lines: fc.integer({ min: 4, max: months.length }),
  // The first two months alike: no ward column counts up by one (read as a running number, not counts).
  counts: fc
    .array(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 5, maxLength: 5 }), { minLength: months.length, maxLength: months.length })
    .map((rows) => [rows[0]!, ...rows.slice(1)].map((row, i) => (i === 1 ? [...rows[0]!] : row))),
  total: fc.option(fc.constantFrom(...TOTALS), { nil: undefined }),
});

describe("columns chosen on wide sheets of counts", () => {
  it("a total column is never y or n, and a denominator among three or more wards is never smaller than any of them", () => {
    fc.assert(
      fc.property(sheet, ({ wards, lines, counts, total }) => {
        const header = ["Måned", ...wards, ...(total === undefined ? [] : [total])];
        const rows = months.slice(0, lines).map((m, i) => {
          const row = wards.map((_, w) => counts[i]![w]!);
          return [m, ...row, ...(total === undefined ? [] : [row.reduce((a, b) => a + b, 0)])].join(";");
        });
        const s = suggestChart(readDelimited([header.join(";"), ...rows].join("\r\n")));
        if (total !== undefined) {
          expect(s.columns.y).not.toBe(total);
          expect(s.columns.n).not.toBe(total);
          expect(s.notices?.some((n) => n.code === "total_column" && n.columns[0] === total)).toBe(true);
        }
        if (s.columns.n !== undefined && wards.length >= 3) {
          const n = wards.indexOf(s.columns.n);
          for (let w = 0; w < wards.length; w++) {
            for (let i = 0; i < lines; i++) expect(counts[i]![w]!).toBeLessThanOrEqual(counts[i]![n]!);
          }
        }
        // Never silent: a denominator chosen is said with its reason, and wards side by side without one are named.
        if (s.columns.n !== undefined) expect(s.denominator?.column).toBe(s.columns.n);
        else if (s.columns.y !== undefined) expect(s.notices?.some((n) => n.code === "one_column_per_unit")).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("a year column beside yearless weeks is never y", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2019, max: 2030 }), fc.integer({ min: 1, max: 48 }), fc.integer({ min: 6, max: 20 }), fc.boolean(), (year, first, count, everyRow) => {
        const lines = Array.from({ length: count }, (_, i) => {
          const week = ((first - 1 + i) % 52) + 1;
          const y = year + Math.floor((first - 1 + i) / 52);
          const showYear = everyRow || i === 0 || week === 1;
          return `${showYear ? y : ""};Uke ${week};${(10 + ((i * 7) % 13)).toString()},5`;
        });
        const s = suggestChart(readDelimited(["År;Uke;Ventetid (dager)", ...lines].join("\n")));
        expect(s.columns).toEqual({ x: "Uke", y: "Ventetid (dager)" });
      }),
      { numRuns: 60 },
    );
  });
});
