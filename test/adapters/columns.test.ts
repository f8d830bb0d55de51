import { describe, expect, it } from "vitest";
import { readDelimited, tableToSpec, wideToLong, type Table } from "../../src/adapters/index.js";
import { SpcError } from "../../src/errors.js";
import { expectEveryLineAccountedFor, fixture } from "./helpers.js";

const months2024 = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}-01`);

describe("tableToSpec on fixtures", () => {
  it("fall-sykehjem.csv → U chart rows with dates, counts, bed-days, notes; the missing count is null", () => {
    const table = readDelimited(fixture("fall-sykehjem.csv"));
    const r = tableToSpec(table, { x: "måned", y: "Fall", n: "LIGGEDOGN", note: "Kommentar" }, { chart: "u" });
    expect(r.spec.chart).toBe("u");
    expect(r.spec.xType).toBe("date");
    expect(r.dateFormat).toBe("dd.mm.yyyy");
    expect(r.decimal).toBe(",");
    expect(r.spec.data.map((d) => d.x)).toEqual(months2024);
    expect(r.spec.data.map((d) => d.y)).toEqual([4, 2, 5, 3, 1, 0, 2, null, 3, 2, 1, 2]);
    expect(r.spec.data.map((d) => d.n)).toEqual([2790, 2604, 2781, 2700, 2790, 2688, 2604, 2790, 2700, 2790, 2700, 2790]);
    expect(r.spec.data[2]).toEqual({ x: "2024-03-01", y: 5, n: 2781, note: "Ny sengepost åpnet" });
    expect(r.spec.data[4]?.note).toBe('Innført "Trygg mobilisering"; sensorgulv på 4 rom');
    expect(r.spec.data[7]).toEqual({ x: "2024-08-01", y: null, n: 2790, note: "Mangler tall fra fagsystemet" });
    expect(r.rejected).toEqual([]);
    expect(r.used).toEqual(table.rows.map((row, i) => ({ line: row.line, row: i })));
    // The empty count is kept as a gap, and said by its line, so that it is not lost unseen.
    expect(r.warnings).toEqual(['column "Fall": 1 empty cell(s) (line 9) were read as missing: a gap in the chart']);
    expect(r.notices.map((n) => [n.code, n.params])).toEqual([["column_note", { column: "Fall", note: { code: "empty_values", message: "1 empty cell(s) (line 9) were read as missing: a gap in the chart", params: { count: 1, lines: [9] } } }]]);
  });

  it("fall-sykehjem.csv: the rate column with decimal commas", () => {
    const r = tableToSpec(readDelimited(fixture("fall-sykehjem.csv")), { x: 0, y: 3 }, { chart: "i" });
    expect(r.spec.data.map((d) => d.y)).toEqual([1.43, 0.77, 1.8, 1.11, 0.36, 0, 0.77, null, 1.11, 0.72, 0.37, 0.72]);
  });

  it("handhygiene-bom-crlf.csv (jan.24 …) → P chart rows", () => {
    const table = readDelimited(fixture("handhygiene-bom-crlf.csv"));
    const r = tableToSpec(table, { x: "Måned", y: "Korrekt utført", n: "Observasjoner" }, { chart: "p" });
    expect(r.dateFormat).toBe("month yyyy");
    expect(r.spec.data.map((d) => d.x)).toEqual(months2024);
    expect(r.spec.data.map((d) => d.y)).toEqual([31, 30, 35, 33, 31, 26, 21, 36, 40, 37, 39, 35]);
    expect(r.spec.data.map((d) => d.n)).toEqual([40, 38, 42, 40, 36, 30, 24, 40, 44, 40, 42, 38]);
    expect(r.used.map((u) => u.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it("handhygiene-bom-crlf.csv: percent values are kept as written", () => {
    const r = tableToSpec(readDelimited(fixture("handhygiene-bom-crlf.csv")), { x: "Måned", y: "Andel korrekt" });
    expect(r.spec.data.slice(0, 3).map((d) => d.y)).toEqual([77.5, 78.9, 83.3]);
  });

  it("ventetid-uke.tsv (uke 51 2023 …) → Mondays of ISO weeks across New Year, with line numbers after a two-line comment", () => {
    const table = readDelimited(fixture("ventetid-uke.tsv"));
    const r = tableToSpec(table, { x: "Uke", y: "median ventetid (dager)", note: "Merknad" }, { chart: "i" });
    expect(r.dateFormat).toBe("iso-week");
    expect(r.spec.data.map((d) => d.x)).toEqual([
      "2023-12-18",
      "2023-12-25",
      "2024-01-01",
      "2024-01-08",
      "2024-01-15",
      "2024-01-22",
      "2024-01-29",
      "2024-02-05",
      "2024-02-12",
      "2024-02-19",
    ]);
    expect(r.spec.data.map((d) => d.y)).toEqual([14.5, 21, 19.5, 13, 12.5, 11, 11.5, 10, 10.5, 9]);
    expect(r.spec.data[2]?.note).toBe("Romjul og nyttår:\nto leger borte");
    expect(r.used.map((u) => u.line)).toEqual([2, 3, 4, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("liggedogn-maaned.csv: 1.488 is 1488 in a ;-file with no decimal evidence, and the user is told", () => {
    const r = tableToSpec(readDelimited(fixture("liggedogn-maaned.csv")), { x: "Måned", y: "Liggedøgn", facet: "Avdeling" });
    expect(r.spec.data.slice(0, 4)).toEqual([
      { x: "2024-01-01", y: 1488, facet: "Langtidsavdeling" },
      { x: "2024-01-01", y: 1302, facet: "Korttidsavdeling" },
      { x: "2024-02-01", y: 1392, facet: "Langtidsavdeling" },
      { x: "2024-02-01", y: 1190, facet: "Korttidsavdeling" },
    ]);
    expect(r.warnings).toEqual([
      'column "Liggedøgn": values like "1.488" were read with "." as the thousands separator ("1.488" = 1488), because the file is separated by ";", as where the decimal separator is a comma',
    ]);
  });

  it("avvik-med-feil.csv: a broken row, a text in a number column and an ambiguous date are rejected by line, column and reason", () => {
    const table = readDelimited(fixture("avvik-med-feil.csv"));
    const r = tableToSpec(table, { x: "Dato", y: "Antall avvik", n: "Antall pasienter", note: "Merknad" }, { chart: "p" });
    expect(r.dateFormat).toBe("yyyy-mm-dd");
    expect(r.rejected).toEqual([
      // The reason's code and parameters let a message say it in bokmål too.
      { line: 4, column: "Antall avvik", value: "to", reason: '"to" is not a number', code: "not_a_number", params: { value: "to", kind: "", used: "", expected: "" } },
      {
        line: 6,
        column: null,
        value: "2024-03-05;3;42;ekstra;felt",
        reason: 'the line has 5 field(s) but the header has 4 — is there a ";" inside a value that is not in quotes?',
        code: "field_count",
        params: { fields: 5, header: 4, delimiter: ";" },
      },
      {
        line: 7,
        column: "Dato",
        value: "03.04.2024",
        reason: `"03.04.2024" is written dd.mm.yyyy, but this column's dates are yyyy-mm-dd; it could mean 3 April 2024 or 4 March 2024`,
        code: "date_ambiguous",
        params: { value: "03.04.2024", kind: "dd.mm.yyyy", columnKind: "yyyy-mm-dd", read: [3, 4, 2024] },
      },
    ]);
    expect(r.used).toEqual([
      { line: 2, row: 0 },
      { line: 3, row: 1 },
      { line: 5, row: 2 },
      { line: 8, row: 3 },
      { line: 9, row: 4 },
      { line: 10, row: 5 },
    ]);
    expect(r.spec.data).toEqual([
      { x: "2024-03-01", y: 2, n: 41 },
      { x: "2024-03-02", y: 1, n: 40 },
      { x: "2024-03-04", y: 0, n: 40, note: "Helg" },
      { x: "2024-03-07", y: null, n: 41, note: "Ikke registrert" },
      { x: "2024-03-08", y: 2, n: 43 },
      { x: "2024-03-09", y: 1, n: 38 },
    ]);
    expectEveryLineAccountedFor(table, r);
  });

  it("avvik-med-feil.csv in strict mode: one SpcError naming every line and column", () => {
    const table = readDelimited(fixture("avvik-med-feil.csv"));
    let error: unknown;
    try {
      tableToSpec(table, { x: "Dato", y: "Antall avvik" }, { strict: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpcError);
    const issues = (error as SpcError).issues;
    expect(issues.map((i) => i.message)).toEqual([
      'line 4, column "Antall avvik": "to" is not a number',
      'line 6: the line has 5 field(s) but the header has 4 — is there a ";" inside a value that is not in quotes?',
      `line 7, column "Dato": "03.04.2024" is written dd.mm.yyyy, but this column's dates are yyyy-mm-dd; it could mean 3 April 2024 or 4 March 2024`,
    ]);
    expect(issues[0]).toMatchObject({ code: "rejected_row", line: 4, column: "Antall avvik" });
    expect((error as SpcError).message).toContain('line 4, column "Antall avvik"');
  });
});

describe("wideToLong", () => {
  it("fall-per-avdeling-bred.csv → one facet row per ward and month; an empty cell is null, a dash is rejected under its ward's name", () => {
    const wide = readDelimited(fixture("fall-per-avdeling-bred.csv"));
    const long = wideToLong(wide, { x: "Måned" });
    expect(long.header).toEqual(["Måned", "facet", "value"]);
    expect(long.rows.slice(0, 3)).toEqual([
      { line: 2, cells: ["jan.24", "Langtidsavdeling", "2"], sources: ["Måned", "Langtidsavdeling", "Langtidsavdeling"] },
      { line: 2, cells: ["jan.24", "Korttidsavdeling", "2"], sources: ["Måned", "Korttidsavdeling", "Korttidsavdeling"] },
      { line: 2, cells: ["jan.24", "Skjermet enhet", "1"], sources: ["Måned", "Skjermet enhet", "Skjermet enhet"] },
    ]);
    const r = tableToSpec(long, { x: 0, facet: 1, y: 2 }, { chart: "c" });
    const skjermet = r.spec.data.filter((d) => d.facet === "Skjermet enhet");
    expect(skjermet.map((d) => [d.x, d.y])).toEqual([
      ["2024-01-01", 1],
      ["2024-02-01", 0],
      ["2024-03-01", null],
      ["2024-04-01", 2],
      ["2024-06-01", 1],
    ]);
    expect(r.spec.data.filter((d) => d.facet === "Langtidsavdeling").map((d) => d.y)).toEqual([2, 1, 2, 0, 1, 1]);
    expect(r.spec.data.filter((d) => d.facet === "Korttidsavdeling").map((d) => d.y)).toEqual([2, 1, 1, 0, 1, 1]);
    expect(r.rejected).toEqual([{ line: 6, column: "Skjermet enhet", value: "–", reason: '"–" is not a number', code: "not_a_number", params: { value: "–", kind: "", used: "", expected: "" } }]);
    // line 6 is used for two wards and rejected for the third
    expect(r.used.filter((u) => u.line === 6)).toHaveLength(2);
    expect(r.used).toHaveLength(17);
  });

  it("reads a dash as missing when told", () => {
    const long = wideToLong(readDelimited(fixture("fall-per-avdeling-bred.csv")), { x: "Måned", units: ["Skjermet enhet"] });
    const r = tableToSpec(long, { x: 0, facet: 1, y: 2 }, { missing: ["–"] });
    expect(r.spec.data.map((d) => d.y)).toEqual([1, 0, null, 2, null, 1]);
    expect(r.rejected).toEqual([]);
  });

  it("carries a broken wide row as one rejected row", () => {
    const wide = readDelimited("Måned;A;B\njan.24;1;2\nfeb.24;1\n");
    const r = tableToSpec(wideToLong(wide, { x: 0, facetName: "Avdeling", valueName: "Fall" }), { x: 0, facet: "Avdeling", y: "Fall" });
    expect(r.spec.data).toEqual([
      { x: "2024-01-01", y: 1, facet: "A" },
      { x: "2024-01-01", y: 2, facet: "B" },
    ]);
    expect(r.rejected).toEqual([
      { line: 3, column: null, value: "feb.24;1", reason: "the line has 2 field(s) but the header has 3", code: "field_count", params: { fields: 2, header: 3, delimiter: ";" } },
    ]);
  });
});

describe("tableToSpec", () => {
  const table = (text: string): Table => readDelimited(text);

  it("finds columns by name regardless of case, accents, spaces, or by index", () => {
    const t = table("  Måned ;Antall  fall på Ål;Liggedøgn\njan.24;3;100\n");
    expect(tableToSpec(t, { x: "MANED", y: "antall fall pa al", n: 2 }).spec.data).toEqual([{ x: "2024-01-01", y: 3, n: 100 }]);
  });

  it("throws SpcError for unknown, ambiguous or out-of-range columns", () => {
    const t = table("Fall;fall;X\n1;2;3\n");
    expect(() => tableToSpec(t, { y: "Ukjent" })).toThrow(/no column is named "Ukjent" \(y\); the columns are "Fall", "fall", "X"/);
    expect(() => tableToSpec(t, { y: "FALL" })).toThrow(SpcError);
    expect(tableToSpec(t, { y: "fall" }).spec.data).toEqual([{ y: 2 }]);
    expect(() => tableToSpec(t, { y: 3 })).toThrow(/out of range/);
    expect(() => tableToSpec(t, { y: -1 })).toThrow(SpcError);
  });

  it("1.234 is a thousand in a comma file and decimals in a point file", () => {
    const comma = tableToSpec(table("Dato;Verdi\n01.01.2024;1.234\n02.01.2024;2,5\n"), { x: 0, y: 1 });
    expect(comma.spec.data.map((d) => d.y)).toEqual([1234, 2.5]);
    const point = tableToSpec(table("Date,Value\n2024-01-01,1.234\n2024-01-02,0.5\n"), { x: 0, y: 1 });
    expect(point.spec.data.map((d) => d.y)).toEqual([1.234, 0.5]);
    const byDelimiter = tableToSpec(table("Date,Value\n2024-01-01,1.234\n2024-01-02,2\n"), { x: 0, y: 1 });
    expect(byDelimiter.spec.data.map((d) => d.y)).toEqual([1.234, 2]);
    expect(byDelimiter.warnings[0]).toContain('the file is separated by ","');
  });

  it("uses evidence from another number column of the file", () => {
    const r = tableToSpec(table("Dato;Fall;Liggedøgn\n01.01.2024;1,5;1.488\n"), { x: 0, y: 1, n: 2 });
    expect(r.spec.data).toEqual([{ x: "2024-01-01", y: 1.5, n: 1488 }]);
    expect(r.warnings[0]).toContain("other number columns in the file use a decimal comma");
  });

  it("rejects values written with the other separator in a mixed column, and warns", () => {
    const r = tableToSpec(table("Dato;Verdi\n01.01.2024;1,5\n02.01.2024;2,5\n03.01.2024;3.5\n"), { x: 0, y: 1 });
    expect(r.spec.data.map((d) => d.y)).toEqual([1.5, 2.5]);
    expect(r.rejected).toEqual([
      {
        line: 4,
        column: "Verdi",
        value: "3.5",
        reason: '"3.5" is written with a decimal point, but this column uses a decimal comma',
        code: "wrong_decimal",
        params: { value: "3.5", kind: "written_with", used: ".", expected: "," },
      },
    ]);
    expect(r.warnings[0]).toContain("mixes decimal commas (2) and points (1)");
  });

  it("reads number and category x", () => {
    expect(tableToSpec(table("År;Fall\n2022;3\n2023;4\n"), { x: 0, y: 1 }).spec).toEqual({
      xType: "number",
      data: [
        { x: 2022, y: 3 },
        { x: 2023, y: 4 },
      ],
    });
    expect(tableToSpec(table("Avdeling;Fall\nA;3\nB;4\n"), { x: 0, y: 1 }).spec).toEqual({
      xType: "category",
      data: [
        { x: "A", y: 3 },
        { x: "B", y: 4 },
      ],
    });
    expect(tableToSpec(table("A;B\n2024-01-01;1\n"), { x: 0, y: 1 }, { xType: "category" }).spec.data).toEqual([{ x: "2024-01-01", y: 1 }]);
  });

  it("reports a few typos in a date column instead of turning it into categories", () => {
    const r = tableToSpec(table("Dato;Fall\n01.01.2024;1\n02.01.2024;2\n0301.2024;3\n;4\n"), { x: 0, y: 1 });
    expect(r.spec.xType).toBe("date");
    expect(r.rejected).toEqual([
      { line: 4, column: "Dato", value: "0301.2024", reason: '"0301.2024" is not a date', code: "date_not_a_date", params: { value: "0301.2024" } },
      { line: 5, column: "Dato", value: "", reason: "the date is empty", code: "empty_date", params: {} },
    ]);
  });

  it("rejects one row once per bad cell", () => {
    const r = tableToSpec(table("Dato;Fall;N\n31.02.2024;x;y\n"), { x: 0, y: 1, n: 2 });
    expect(r.rejected.map((x) => [x.line, x.column])).toEqual([
      [2, "Dato"],
      [2, "Fall"],
      [2, "N"],
    ]);
    expect(r.rejected[0]?.reason).toBe('"31.02.2024" is not a real date (February 2024 has 29 days)');
  });

  it("rejects an empty facet, leaves out an empty note, and fills part labels down", () => {
    const r = tableToSpec(
      table("Måned;Avd;Fall;Fase;Merknad\njan.24;A;1;Før;\nfeb.24;A;2;;Nytt tiltak\nmar.24;;3;;\napr.24;A;1;Etter;\nmai.24;A;0;;\n"),
      { x: 0, facet: 1, y: 2, part: 3, note: 4 },
    );
    expect(r.spec.data).toEqual([
      { x: "2024-01-01", y: 1, facet: "A", part: "Før" },
      { x: "2024-02-01", y: 2, facet: "A", note: "Nytt tiltak", part: "Før" },
      { x: "2024-04-01", y: 1, facet: "A", part: "Etter" },
      { x: "2024-05-01", y: 0, facet: "A", part: "Etter" },
    ]);
    expect(r.rejected).toEqual([
      { line: 4, column: "Avd", value: "", reason: "the cell is empty; every row needs a facet value to know which chart it belongs to" },
    ]);
    expect(r.warnings).toEqual(['column "Fase": 3 empty cell(s) took the part label above them']);
  });

  it("warns when a column mixes percent and plain values", () => {
    const r = tableToSpec(table("Måned;Andel\njan.24;12,5 %\nfeb.24;13\n"), { x: 0, y: 1 });
    expect(r.spec.data.map((d) => d.y)).toEqual([12.5, 13]);
    expect(r.warnings[0]).toContain("1 value(s) written with % and 1 without");
  });

  it("works without x, and with a forced decimal separator", () => {
    expect(tableToSpec(table("Fall\n1.5\n2\n"), { y: 0 }, { decimal: "." }).spec).toEqual({ data: [{ y: 1.5 }, { y: 2 }] });
  });

  it("throws SpcError for a table or mapping that is not one", () => {
    // @ts-expect-error not a table
    expect(() => tableToSpec(null, { y: 0 })).toThrow(SpcError);
    // @ts-expect-error no mapping
    expect(() => tableToSpec(table("a\n1\n"), undefined)).toThrow(SpcError);
  });
});
