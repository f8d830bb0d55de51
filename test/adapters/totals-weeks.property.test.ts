// A property over generated Excel-shaped tables (BOM, CRLF, ";" and decimal commas) of weeks
// without a year, with total and average rows anywhere: no total ever becomes a point, and
// every line is used, rejected or ignored with its reason.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDelimited, tableToSpec } from "../../src/adapters/index.js";
import { expectEveryLineAccountedFor } from "./helpers.js";

const TOTAL_WORDS = ["Sum", "Totalt", "Total", "Totalsum", "I alt", "Gjennomsnitt", "Snitt", "Middel", "Median", "Sum hittil", "Average", "Mean", "Grand total"];
const WEEK_FORMS = [(w: number) => `Uke ${w}`, (w: number) => `uke ${w}`, (w: number) => `U${w}`, (w: number) => `v. ${w}`, (w: number) => `V${w}`, (w: number) => `Week ${w}`];

const caseOf = (word: string, how: number) => (how === 0 ? word : how === 1 ? word.toUpperCase() : word.toLowerCase());

const totalRow = fc.record({
  word: fc.constantFrom(...TOTAL_WORDS),
  how: fc.integer({ min: 0, max: 2 }),
  colon: fc.boolean(),
  // The label in x, or x empty and the label in the comment column.
  inComment: fc.boolean(),
  value: fc.integer({ min: 0, max: 999 }),
});
const dataRow = fc.record({
  form: fc.integer({ min: 0, max: WEEK_FORMS.length - 1 }),
  value: fc.oneof(fc.integer({ min: 0, max: 40 }).map(String), fc.double({ min: 0, max: 99, noNaN: true }).map((v) => v.toFixed(1).replace(".", ",")), fc.constant("#N/A"), fc.constant("")),
});
const table = fc.record({
  start: fc.integer({ min: 1, max: 52 }),
  rows: fc.array(fc.oneof({ arbitrary: dataRow.map((d) => ({ kind: "data" as const, ...d })), weight: 4 }, { arbitrary: totalRow.map((t) => ({ kind: "total" as const, ...t })), weight: 1 }), { minLength: 1, maxLength: 60 }),
  byHint: fc.boolean(),
});

describe("totals and weeks in generated sheets", () => {
  it("no total row becomes a point, every line is accounted for, and the weeks are dates in order", () => {
    fc.assert(
      fc.property(table, ({ start, rows, byHint }) => {
        const lines = ["Uke;Fall;Kommentar"];
        const totals = new Set<number>();
        let week = start - 1;
        for (const row of rows) {
          const line = lines.length + 1;
          if (row.kind === "total") {
            const label = caseOf(row.word, row.how) + (row.colon ? ":" : "");
            lines.push(row.inComment ? `;${row.value};${label}` : `${label};${row.value};`);
            totals.add(line);
          } else {
            week = (week % 52) + 1;
            lines.push(`${WEEK_FORMS[row.form]!(week)};${row.value};`);
          }
        }
        const text = `\uFEFF${lines.join("\r\n")}\r\n`;
        const t = readDelimited(text);
        const options = byHint ? { yearHints: ["Fall per uke", "fall-2023.csv"] } : { year: 2023 };
        const r = tableToSpec(t, { x: "Uke", y: "Fall", note: "Kommentar" }, options);

        expectEveryLineAccountedFor(t, r);
        const used = new Set(r.used.map((u) => u.line));
        for (const line of totals) expect(used.has(line), `total on line ${line} became a point`).toBe(false);
        expect(r.ignored.map((i) => i.line).sort((a, b) => a - b)).toEqual([...totals].sort((a, b) => a - b));
        for (const i of r.ignored) expect(i.code).toBe("total_row");
        expect(r.rejected).toEqual([]);
        expect(r.spec.data).toHaveLength(r.used.length);
        if (r.spec.data.length > 0) {
          expect(r.spec.xType).toBe("date");
          const xs = r.spec.data.map((d) => String(d.x));
          for (let i = 1; i < xs.length; i++) expect(xs[i]! > xs[i - 1]!, `${xs[i - 1]} then ${xs[i]}`).toBe(true);
          // 2023 has 52 ISO weeks: the first week is in 2023.
          expect(xs[0]!.slice(0, 4)).toMatch(/^202[23]$/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
