import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excelSerialToText, formatKind, numberToText, readXlsx } from "../../src/adapters/xlsx.js";
import { parseNorwegianNumber } from "../../src/adapters/numbers.js";
import { SpcError } from "../../src/errors.js";
import { makeXlsx } from "./xlsx-helpers.js";

const rowsOf = (bytes: Uint8Array, sheet = 0) => readXlsx(bytes).sheets[sheet]!.rows;

describe("readXlsx: cell types", () => {
  it("shared strings (plain and rich text runs, without phonetic runs), inline strings, formula strings, booleans", () => {
    const bytes = makeXlsx({
      strings: ["Måned", "<r><t>Fall </t></r><r><rPr><b/></rPr><t>totalt</t></r><rPh><t>x</t></rPh>", "A & B"],
      sheets: [
        {
          name: "Ark1",
          data:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Liggedøgn</t></is></c><c r="D1" t="s"><v>2</v></c></row>' +
            '<row r="2"><c r="A2" t="str"><f>"ja"</f><v>ja</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="inlineStr"><is><r><t>a</t></r><r><t xml:space="preserve"> b</t></r></is></c></row>',
        },
      ],
    });
    expect(rowsOf(bytes)).toEqual([
      { line: 1, cells: ["Måned", "Fall totalt", "Liggedøgn", "A & B"] },
      { line: 2, cells: ["ja", "SANN", "USANN", "a b"] },
    ]);
  });

  it("keeps Excel's row numbers and column positions: gaps stay empty cells and empty lines", () => {
    const bytes = makeXlsx({ sheets: [{ name: "A", data: '<row r="3"><c r="C3"><v>5</v></c></row><row r="7"><c r="A7"><v>1</v></c><c r="B7"/></row>' }] });
    expect(rowsOf(bytes)).toEqual([
      { line: 3, cells: ["", "", "5"] },
      { line: 7, cells: ["1"] },
    ]);
  });

  it("formulas give their cached value; a formula without one is empty and recorded", () => {
    const bytes = makeXlsx({ sheets: [{ name: "A", data: '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>SUM(A1)</f></c><c r="C1"><v>3</v></c></row>' }] });
    const sheet = readXlsx(bytes).sheets[0]!;
    expect(sheet.rows).toEqual([{ line: 1, cells: ["2", "", "3"] }]);
    expect(sheet.uncached).toEqual([{ line: 1, column: 1 }]);
  });

  it("error cells are their English code and are recorded with row and column", () => {
    const codes = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];
    const data = `<row r="4">${codes.map((c, i) => `<c r="${String.fromCharCode(65 + i)}4" t="e"><f>X()</f><v>${c}</v></c>`).join("")}</row>`;
    const sheet = readXlsx(makeXlsx({ sheets: [{ name: "A", data }] })).sheets[0]!;
    expect(sheet.rows[0]!.cells).toEqual(codes);
    expect(sheet.errors.map((e) => `${e.line}:${e.column}:${e.code}`)).toEqual(codes.map((c, i) => `4:${i}:${c}`));
  });

  it("merged ranges, sheet names in tab order, hidden sheets, and a workbook without sheets is refused", () => {
    const book = readXlsx(
      makeXlsx({ sheets: [{ name: "Skjult", data: "", hidden: true }, { name: "Data", data: '<row r="1"><c r="B1" t="inlineStr"><is><t>G</t></is></c></row>', merges: ["B1:D1", "A1:A2"] }] }),
    );
    expect(book.sheets.map((s) => [s.name, s.hidden])).toEqual([["Skjult", true], ["Data", false]]);
    expect(book.sheets[1]!.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 1, left: 0, bottom: 2, right: 0 },
    ]);
    expect(() => readXlsx(makeXlsx({ sheets: [] }))).toThrow(/no sheets/);
    expect(() => readXlsx(Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0))).toThrow(SpcError);
  });
});

describe("readXlsx: numbers, dates and per cent by number format", () => {
  const cells = (styles: number[], values: string[], formats?: Record<number, string>, date1904 = false) =>
    rowsOf(
      makeXlsx({
        styles: [0, ...styles],
        ...(formats === undefined ? {} : { formats }),
        date1904,
        sheets: [{ name: "A", data: `<row r="1">${values.map((v, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i + 1}"><v>${v}</v></c>`).join("")}</row>` }],
      }),
    )[0]!.cells;

  it("built-in date (14), date-time (22), time (20) and per cent (9, 10) formats", () => {
    expect(cells([14, 22, 20, 9, 10], ["45322", "45322.604166666664", "0.75", "0.57", "0.125"])).toEqual(["2024-01-31", "2024-01-31 14:30", "18:00", "57 %", "12,5 %"]);
  });

  it("custom formats: dates with literal text and locale, elapsed hours, a per cent with decimals, plain numbers", () => {
    const formats = { 164: '[$-414]mmm\\ yy;@', 165: 'dd"."mm"."yyyy hh:mm', 166: "0.0%", 167: "#,##0.00", 168: '"Uke "0' };
    expect(cells([164, 165, 166, 167, 168], ["45323", "45323.5", "0.4567", "1234.5", "12"], formats)).toEqual(["2024-02-01", "2024-02-01 12:00", "45,67 %", "1234,5", "12"]);
  });

  it("whole numbers as stored, beyond 15 digits as Excel shows them", () => {
    expect(cells([0, 0, 0, 0, 0], ["0", "-0", "12", "123456789012345", "1234567890123456"])).toEqual(["0", "0", "12", "123456789012345", "1234567890123460"]);
  });

  it("the 1900 leap-year quirk: serial 59 is 28 Feb, 60 the fake 29 Feb, 61 is 1 Mar 1900; 1 is 1 Jan 1900", () => {
    expect(cells([14, 14, 14, 14], ["1", "59", "60", "61"])).toEqual(["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01"]);
  });

  it("the 1904 date system", () => {
    expect(cells([14, 14], ["0", "43860"], undefined, true)).toEqual(["1904-01-01", "2024-01-31"]);
  });

  it("numbers are written with a decimal comma and no thousands separator: 1234.5 and 0.125 read back exactly", () => {
    expect(cells([0, 0, 0, 0], ["1234.5", "0.125", "-3", "0.30000000000000004"])).toEqual(["1234,5", "0,125", "-3", "0,3"]);
    for (const t of ["1234,5", "0,125"]) expect(parseNorwegianNumber(t, { decimal: "," })).toMatchObject({ ok: true });
    expect(parseNorwegianNumber("1234,5", { decimal: "," })).toEqual({ ok: true, value: 1234.5, percent: false });
    expect(parseNorwegianNumber("0,125", { decimal: "," })).toEqual({ ok: true, value: 0.125, percent: false });
  });
});

describe("number and date texts", () => {
  it("every number Excel can show (15 significant digits) reads back exactly, with a comma or auto-detected", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => {
        const shown = Number(x.toPrecision(15));
        const text = numberToText(x, "number");
        const back = parseNorwegianNumber(text, { decimal: "," });
        expect(back).toEqual({ ok: true, value: Object.is(shown, -0) ? 0 : shown, percent: false });
      }),
    );
  });

  it("per cent texts read as per cent values", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (k) => {
        const fraction = k / 100_000;
        const back = parseNorwegianNumber(numberToText(fraction, "percent"), { decimal: "," });
        expect(back.ok && back.percent).toBe(true);
        expect(back.ok ? back.value : NaN).toBeCloseTo(fraction * 100, 9);
      }),
    );
  });

  it("serials to dates agree with a plain day count from 30 Dec 1899 from 1 March 1900 on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
        expect(excelSerialToText(serial, "date", false)).toBe(d);
        expect(excelSerialToText(serial - 1462, "date", true)).toBe(d);
      }),
    );
  });

  it("format kinds", () => {
    expect([formatKind("General"), formatKind("0.00"), formatKind("yyyy-mm-dd"), formatKind("[h]:mm:ss"), formatKind("mm:ss"), formatKind("0%"), formatKind('"d"0')]).toEqual([
      "number", "number", "date", "time", "time", "percent", "number",
    ]);
  });
});

describe("Excel's error values are missing values", () => {
  it("the English codes Excel stores and the Norwegian names it shows", async () => {
    const { isMissingMarker } = await import("../../src/adapters/numbers.js");
    for (const code of ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#I/T", "#VERDI!", "#NAVN?", "#TALL!"]) expect(isMissingMarker(code), code).toBe(true);
    expect(isMissingMarker("#")).toBe(false);
  });
});

describe("XML written with a namespace prefix (the Open XML SDK's x:)", () => {
  it("reads sheets, shared strings, cells and merges the same", async () => {
    const { zipSync, strToU8 } = await import("fflate");
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const bytes = zipSync({
      "xl/workbook.xml": strToU8(`<x:workbook ${ns}><x:workbookPr date1904="true"/><x:sheets><x:sheet name="Ark &amp; data" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`),
      "xl/_rels/workbook.xml.rels": strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="/xl/worksheets/s.xml"/></Relationships>'),
      "xl/styles.xml": strToU8(`<x:styleSheet ${ns}><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`),
      "xl/sharedStrings.xml": strToU8(`<x:sst ${ns}><x:si><x:t>Dato</x:t></x:si><x:si><x:r><x:t>Fa</x:t></x:r><x:r><x:t>ll</x:t></x:r></x:si></x:sst>`),
      "xl/worksheets/s.xml": strToU8(
        `<x:worksheet ${ns}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row>` +
          `<x:row r="2"><x:c r="A2" s="1"><x:v>43860</x:v></x:c><x:c r="B2"><x:v>2.5</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`,
      ),
    });
    const book = readXlsx(bytes);
    expect(book.date1904).toBe(true);
    expect(book.sheets[0]).toMatchObject({
      name: "Ark & data",
      rows: [
        { line: 1, cells: ["Dato", "Fall"] },
        { line: 2, cells: ["2024-01-31", "2,5"] },
      ],
      merges: [{ top: 1, left: 0, bottom: 1, right: 1 }],
    });
  });
});

describe("a zip that claims to unzip beyond what can be read", () => {
  it("is refused before anything is unzipped, naming the part", () => {
    const bytes = makeXlsx({ sheets: [{ name: "A", data: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
    // Patch the central directory's uncompressed size of the sheet to about 4 GB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
    let patched = false;
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const entry = bytes.subarray(i + 46, i + 46 + nameLength);
      if (entry.length === name.length && entry.every((b, k) => b === name[k])) {
        view.setUint32(i + 24, 0xfffffff0, true);
        patched = true;
      }
    }
    expect(patched).toBe(true);
    expect(() => readXlsx(bytes)).toThrow(/too large to read: its part xl\/worksheets\/sheet1\.xml unzips to more than 400 MB/);
  });
});
