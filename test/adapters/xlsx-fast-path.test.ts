// The workbook reader's fast ways must change nothing: cells read in place give the text the
// general formatting functions give, a sheet written as text while it is read is the text its
// rows give, only the parts needed are unzipped, and Node's zlib reads what fflate reads.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { inflateSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { readDataFile } from "../../src/adapters/data-file.js";
import { sheetToText } from "../../src/adapters/workbook.js";
import { excelSerialToText, numberToText, readXlsx, type Inflate } from "../../src/adapters/xlsx.js";
import { makeXlsx } from "./xlsx-helpers.js";

const col = (i: number) => String.fromCharCode(65 + i);
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const nodeInflate: Inflate = (data, size) => inflateRawSync(data, { chunkSize: Math.max(64, size), maxOutputLength: Math.max(64, size) });

describe("numbers, dates and times read in place", () => {
  // Style 0 number, 1 date (14), 2 time (20), 3 date-time (22), 4 per cent (9).
  const KINDS = ["number", "date", "time", "datetime", "percent"] as const;
  const raw = fc.oneof(
    fc.integer({ min: -99_999, max: 3_000_000 }).map(String),
    fc.double({ min: -1e6, max: 3e6, noNaN: true }).map(String),
    fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map(String),
    fc.integer({ min: 0, max: 99_999 }).map((n) => `00${n}`),
    fc.constantFrom("-0", "0", "1234567890123456", "-123456789012345", "999999999999999", "1E+3", "45322.5", " 7"),
  );

  it("give exactly what numberToText and excelSerialToText give (both date systems)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(raw, fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 12 }), fc.boolean(), (cells, date1904) => {
        const data = `<row r="1">${cells.map(([v, s], i) => `<c r="${col(i)}1"${s === 0 ? "" : ` s="${s}"`}><v>${v}</v></c>`).join("")}</row>`;
        const sheet = readXlsx(makeXlsx({ styles: [0, 14, 20, 22, 9], date1904, sheets: [{ name: "A", data }] })).sheets[0]!;
        const expected = cells.map(([v, s]) => {
          const value = Number(v);
          if (v.trim() === "" || !Number.isFinite(value)) return v.trim();
          const kind = KINDS[s]!;
          return kind === "number" || kind === "percent" ? numberToText(value, kind) : excelSerialToText(value, kind, date1904);
        });
        expect(sheet.rows[0]?.cells ?? []).toEqual(expected);
        expect(sheet.numberRows).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a sheet written as text while it is read", () => {
  const text = fc.oneof(fc.constantFrom("Fall; beskrivelse", 'si "hei"', "a\nb", "Måned", "x;y\r\nz", "#N/A"), fc.string({ maxLength: 5 }));
  const cell = fc.oneof(
    text.map((t) => ({ xml: `t="inlineStr"><is><t xml:space="preserve">${esc(t)}</t></is>` })),
    fc.integer({ min: 0, max: 2 }).map((i) => ({ xml: `t="s"><v>${i}</v>` })),
    fc.integer({ min: -50, max: 50_000 }).map((n) => ({ xml: `s="1"><v>${n}</v>` })),
    fc.double({ min: 0, max: 99, noNaN: true }).map((n) => ({ xml: `><v>${n}</v>` })),
  );
  // Rows and cells in any order, some twice: the text must be what the rows give whatever comes.
  const row = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), cell), { maxLength: 4 }));

  it("is the text its rows give, in order or not", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), (rows) => {
        const data = rows.map(([r, cells]) => `<row r="${r}">${cells.map(([c, v]) => `<c r="${col(c)}${r}" ${v.xml}</c>`).join("")}</row>`).join("");
        const sheet = readXlsx(makeXlsx({ strings: ["Avdeling", "a;b", 'c"d'], styles: [0, 14], sheets: [{ name: "A", data }] })).sheets[0]!;
        const { name, hidden, merges, errors, uncached, numberRows } = sheet;
        const fromRows = sheetToText({ name, hidden, rows: sheet.rows, merges, errors, uncached, numberRows });
        expect(sheetToText(sheet)).toBe(fromRows);
        if (sheet.text !== undefined) expect(sheet.text).toBe(fromRows);
      }),
      { numRuns: 300 },
    );
  });

  it("is the text its rows give for a long sheet (written in chunks)", () => {
    const data = Array.from({ length: 6000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" s="1"><v>${45000 + (i % 400)}</v></c><c r="C${i + 2}" t="s"><v>${i % 3}</v></c></row>`).join("");
    const sheet = readXlsx(makeXlsx({ strings: ["Avdeling", "a;b", 'c"d'], styles: [0, 14], sheets: [{ name: "A", data }] })).sheets[0]!;
    const { name, hidden, merges, errors, uncached, numberRows } = sheet;
    expect(sheet.text).toBe(sheetToText({ name, hidden, rows: sheet.rows, merges, errors, uncached, numberRows }));
    expect(sheet.text?.split("\n")[4001]).toBe(`${excelSerialToText(45000 + (4000 % 400), "date", false)};;${["Avdeling", '"a;b"', '"c""d"'][4000 % 3]}`);
  });

  it("is written for a sheet in order, and not for one with merged cells", () => {
    const data = '<row r="2"><c r="A2" t="inlineStr"><is><t>Måned</t></is></c><c r="C2"><v>3</v></c></row>';
    expect(readXlsx(makeXlsx({ sheets: [{ name: "A", data }] })).sheets[0]!.text).toBe("\nMåned;;3\n");
    expect(readXlsx(makeXlsx({ sheets: [{ name: "A", data, merges: ["A2:B2"] }] })).sheets[0]!.text).toBeUndefined();
  });
});

describe("only the parts needed are unzipped", () => {
  const book = makeXlsx({
    sheets: [
      { name: "Info", data: '<row r="1"><c r="A1" t="inlineStr"><is><t>MARK-INFO</t></is></c></row>' },
      { name: "Data", data: '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>' },
      { name: "Graf", data: '<row r="1"><c r="A1" t="inlineStr"><is><t>MARK-GRAF</t></is></c></row>' },
    ],
  });
  const spy = () => {
    const parts: string[] = [];
    const inflate: Inflate = (data, size) => {
      const out = inflateSync(data, { out: new Uint8Array(size) });
      parts.push(strFromU8(out));
      return out;
    };
    return { parts, inflate };
  };

  it("a sheet named: no other sheet; none named: the sheets up to the first with numbers", async () => {
    const given = spy();
    const data = await readDataFile(book, "b.xlsx", { sheet: "Graf", inflate: given.inflate });
    expect(data.text).toBe("MARK-GRAF\n");
    expect(given.parts.filter((p) => p.includes("<sheetData>"))).toHaveLength(1);
    const chosen = spy();
    const first = await readDataFile(book, "b.xlsx", { inflate: chosen.inflate });
    expect(first.kind === "workbook" && first.choice.sheet.name).toBe("Data");
    expect(chosen.parts.some((p) => p.includes("MARK-INFO"))).toBe(true);
    expect(chosen.parts.some((p) => p.includes("MARK-GRAF"))).toBe(false);
    if (first.kind === "workbook") expect(first.workbook.sheets.map((s) => s.name)).toEqual(["Info", "Data", "Graf"]);
  });
});

describe("Node's zlib and fflate", () => {
  it("read the fixtures to the same text, notices and sheets", async () => {
    for (const name of ["fall-sykehjem.xlsx", "handhygiene-prosent.xlsx", "avvik-flettet-overskrift.xlsx"]) {
      const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
      const js = await readDataFile(bytes, name);
      const native = await readDataFile(bytes, name, { inflate: nodeInflate });
      expect(native.text).toBe(js.text);
      if (js.kind === "workbook" && native.kind === "workbook") expect([native.notices, native.workbook]).toEqual([js.notices, js.workbook]);
    }
  });

  it("a part that unzips to more than its directory says is refused as unreadable", () => {
    const bytes = makeXlsx({ sheets: [{ name: "A", data: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
    // What the CLI's inflater does when a part is larger than the directory says (maxOutputLength).
    const lying: Inflate = (data, size) => inflateRawSync(data, { maxOutputLength: Math.max(1, size - 1) });
    expect(() => readXlsx(bytes, { inflate: lying })).toThrow(/not a readable \.xlsx workbook \(the zip cannot be opened: Cannot create a Buffer larger than/);
  });
});
