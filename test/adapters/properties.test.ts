import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  casesBetweenEvents,
  countEvents,
  daysBetweenEvents,
  detectDecimalSeparator,
  formatNorwegianDate,
  formatNorwegianNumber,
  parseDate,
  parseDateColumn,
  parseNorwegianNumber,
  periodStart,
  readDelimited,
  tableToSpec,
  wideToLong,
  type NorwegianDateStyle,
  type Period,
} from "../../src/adapters/index.js";
import { daysFromCivil, toIsoDate } from "../../src/calendar.js";
import { SpcError } from "../../src/errors.js";

const RUNS = { numRuns: 500 };

/** Finite doubles, with -0 read back as 0. */
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const zeroless = (v: number) => (v === 0 ? 0 : v);

describe("numbers round-trip", () => {
  it("format → parse gives the same number (shortest form)", () => {
    fc.assert(
      fc.property(finite, (v) => {
        const p = parseNorwegianNumber(formatNorwegianNumber(v));
        expect(p).toEqual({ ok: true, value: zeroless(v), percent: false });
      }),
      RUNS,
    );
  });

  it("format with fixed decimals → parse gives the rounded number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 6 }), (v, d) => {
        const p = parseNorwegianNumber(formatNorwegianNumber(v, d), { decimal: "," });
        expect(p).toEqual({ ok: true, value: zeroless(Number(v.toFixed(d))), percent: false });
      }),
      RUNS,
    );
  });

  it("with a dot, space or no thousands separator and a hyphen minus, in a comma column", () => {
    fc.assert(
      fc.property(finite, fc.constantFrom(".", " ", "\u202F", ""), fc.constantFrom("-", "\u2212"), (v, group, minus) => {
        const text = formatNorwegianNumber(v, undefined, { group, minus });
        expect(parseNorwegianNumber(text, { decimal: "," })).toEqual({ ok: true, value: zeroless(v), percent: false });
      }),
      RUNS,
    );
  });

  it("a column of Norwegian-formatted numbers is detected as decimal comma", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 20 }), (values) => {
        const texts = values.map((v) => formatNorwegianNumber(v, undefined, { group: "." }));
        expect(detectDecimalSeparator(texts).decimal).toBe(",");
        texts.forEach((t, i) => expect(parseNorwegianNumber(t, { decimal: "," })).toMatchObject({ value: zeroless(values[i] ?? 0) }));
      }),
      RUNS,
    );
  });
});

describe("dates round-trip", () => {
  const day = fc.integer({ min: daysFromCivil(1001, 1, 1), max: daysFromCivil(9998, 12, 31) }).map(toIsoDate);
  const styles: [NorwegianDateStyle, Period][] = [
    ["date", "day"],
    ["long", "day"],
    ["iso", "day"],
    ["month", "month"],
    ["month-short", "month"],
    ["week", "week"],
    ["quarter", "quarter"],
  ];

  it("format the Norwegian way → parse gives the date (or its period's first day)", () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...styles), (iso, [style, period]) => {
        const p = parseDate(formatNorwegianDate(iso, style));
        expect(p).toMatchObject({ ok: true, iso: periodStart(iso, period), period });
      }),
      RUNS,
    );
  });

  it("a column of one format is read whole, without rejections", () => {
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 15 }), fc.constantFrom(...styles), (isos, [style, period]) => {
        const col = parseDateColumn(isos.map((d) => formatNorwegianDate(d, style)));
        expect(col.cells.map((c) => c.ok && c.iso)).toEqual(isos.map((d) => periodStart(d, period)));
      }),
      RUNS,
    );
  });
});

describe("readDelimited line numbers", () => {
  // Line breaks inside cells are "\n"; the file's own line ends (LF or CRLF) are applied to the
  // whole text, so quoted breaks become CRLF too and must read back as "\n".
  // A cell that spans lines holds no ";": a line of a note with as many fields as a record is
  // read as a complete record (an unclosed quote), by design. The first cell of each row is a
  // number, so the rows hold data and no row is a lone note.
  const cell = fc
    .string({ unit: fc.constantFrom("a", "ø", " ", ";", ",", '"', "\n", "1", "\t"), maxLength: 8 })
    .filter((c) => !(c.includes("\n") && c.includes(";")));
  const row = (width: number) => fc.tuple(fc.nat({ max: 999 }), fc.array(cell, { minLength: width - 1, maxLength: width - 1 })).map(([n, rest]) => [String(n), ...rest]);
  it("give the file line where each row starts, with quoted line breaks", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((width) =>
          fc.tuple(fc.constant(width), fc.array(row(width), { maxLength: 8 })),
        ),
        fc.constantFrom("\n", "\r\n"),
        ([width, rows], eol) => {
          const header = Array.from({ length: width }, (_, i) => `K${i}`);
          const text = formatRows([header, ...rows]).replace(/\n/g, eol);
          const t = readDelimited(text, { delimiter: ";" });
          expect(t.header).toEqual(header);
          let line = 2;
          const expected = rows.map((r) => {
            const start = line;
            line += 1 + r.join("").split("\n").length - 1;
            return line - 1 > start ? { line: start, cells: r, endLine: line - 1 } : { line: start, cells: r };
          });
          expect(t.rows).toEqual(expected);
        },
      ),
      RUNS,
    );
  });
});

/** Delimited text as Excel writes it: a field is quoted when it holds `;`, `"` or a line break. */
function formatRows(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map((c) => (/[;"\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(";")).join("\n");
}

/** Calls `fn`; anything it throws must be an SpcError. */
function onlySpcError(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof SpcError)) throw e;
  }
}

describe("no input string makes an adapter throw anything but SpcError", () => {
  // Text that looks like a spreadsheet export often enough to reach deep code paths.
  const csvish = fc.string({
    unit: fc.constantFrom(
      ...";;,\t\"\n\r 0123456789.-%/:\u00A0\u202F\u2212\uFEFF",
      "ja",
      "nei",
      "x",
      "uke ",
      "2024",
      "01.03.2024",
      "2024-03-01",
      "jan.24",
      "mars ",
      "K1",
      "W05",
      "1 234,5",
      "sep=;\n",
      "abc",
      "æøå",
    ),
    maxLength: 80,
  });
  const anyText = fc.oneof(csvish, fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }));

  it("parsers and formatters", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        onlySpcError(() => parseNorwegianNumber(s));
        onlySpcError(() => parseNorwegianNumber(s, { decimal: "," }));
        onlySpcError(() => parseNorwegianNumber(s, { decimal: ".", missing: [s] }));
        onlySpcError(() => detectDecimalSeparator(s.split("\n")));
        onlySpcError(() => parseDate(s));
        onlySpcError(() => parseDateColumn(s.split(/[;\n]/)));
        onlySpcError(() => formatNorwegianDate(s));
        onlySpcError(() => formatNorwegianDate(s, "week"));
      }),
      { numRuns: 2000 },
    );
  });

  it("table adapters", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<Period>("day", "week", "month", "quarter", "year"), fc.boolean(), (s, period, strict) => {
        onlySpcError(() => readDelimited(s));
        onlySpcError(() => readDelimited(s, { skipLines: 1 }));
        const t = readDelimited(s);
        const name = t.header[0] ?? "";
        onlySpcError(() => tableToSpec(t, { x: 0, y: 1 }, { strict }));
        onlySpcError(() => tableToSpec(t, { x: name, y: 1, n: 2, facet: 0, note: 1, part: 2 }, { strict }));
        onlySpcError(() => tableToSpec(t, { y: 0 }));
        onlySpcError(() => tableToSpec(wideToLong(t, { x: 0 }), { x: 0, facet: 1, y: 2 }, { strict }));
        onlySpcError(() => countEvents(t, { date: 0 }, { period, strict, maxPeriods: 500 }));
        onlySpcError(() => countEvents(t, { date: 0, facet: 1 }, { period, maxPeriods: 500, denominators: [{ x: s, y: 1, facet: s }] }));
        onlySpcError(() => countEvents(t, { date: 0 }, { period, maxPeriods: 500, from: s, to: s }));
        onlySpcError(() => daysBetweenEvents(t, { date: 0, facet: 1 }, { strict }));
        onlySpcError(() => casesBetweenEvents(t, { event: 0, date: 1 }, { strict }));
        onlySpcError(() => casesBetweenEvents(t, { event: 1, facet: 0 }, { eventValues: [s] }));
      }),
      { numRuns: 1000 },
    );
  });

  it("every line is used, rejected or ignored (a total) by tableToSpec — or the column is refused as time that is not dates", () => {
    fc.assert(
      fc.property(csvish, (s) => {
        const t = readDelimited(`Dato;Fall;N\n${s}`, { delimiter: ";" });
        let r;
        try {
          r = tableToSpec(t, { x: 0, y: 1, n: 2 });
        } catch (e) {
          // A column named "Dato" whose values are not dates is refused, naming a line.
          expect(e).toBeInstanceOf(SpcError);
          const issue = (e as SpcError).issues[0] as { code: string; line?: number };
          expect(["time_not_dates", "period_needs_year"]).toContain(issue.code);
          expect(t.rows.map((row) => row.line)).toContain(issue.line);
          return;
        }
        const used = new Set(r.used.map((u) => u.line));
        const rejected = new Set(r.rejected.map((x) => x.line));
        const ignored = new Set(r.ignored.map((x) => x.line));
        expect(new Set([...used, ...rejected, ...ignored])).toEqual(new Set(t.rows.map((row) => row.line)));
        for (const line of used) expect(rejected.has(line) || ignored.has(line)).toBe(false);
        for (const line of ignored) expect(rejected.has(line)).toBe(false);
        expect(r.spec.data).toHaveLength(r.used.length);
      }),
      { numRuns: 1000 },
    );
  });
});
