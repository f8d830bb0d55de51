import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDataFile, sniffDataFile } from "../../src/adapters/data-file.js";
import { tableToSpec } from "../../src/adapters/columns.js";
import { readDelimited } from "../../src/adapters/delimited.js";
import { chooseSheet, columnLetters, sheetNotice, sheetRows, sheetToTable, sheetToText } from "../../src/adapters/workbook.js";
import { readXlsx } from "../../src/adapters/xlsx.js";
import { SpcError } from "../../src/errors.js";
import { repoRoot } from "../support/shared.js";
import { makeXlsx } from "./xlsx-helpers.js";

const fixture = (name: string) => new Uint8Array(readFileSync(`${repoRoot}/test/fixtures/${name}`));
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;

describe("chooseSheet", () => {
  const book = readXlsx(
    makeXlsx({
      sheets: [
        { name: "Info", data: `<row r="1">${inline("A1", "Fall 2024")}</row>` },
        { name: "Skjult", hidden: true, data: `<row r="1">${num("A1", 1)}</row><row r="2">${num("A2", 2)}</row>` },
        { name: "Data", data: `<row r="1">${inline("A1", "Fall")}</row><row r="2">${num("A2", 1)}</row><row r="3">${num("A3", 2)}</row>` },
        { name: "Graf", data: "" },
      ],
    }),
  );

  it("by default the first visible sheet with a table of numbers, saying which and naming the others", () => {
    const choice = chooseSheet(book);
    expect([choice.sheet.name, choice.position, choice.basis]).toEqual(["Data", 3, "numbers"]);
    expect(sheetNotice("fall.xlsx", choice)).toBe('fall.xlsx: read sheet "Data" (the first with a table of numbers; also: "Info", "Skjult", "Graf")');
  });

  it("by name (any case) or 1-based position; an unknown sheet lists the sheets", () => {
    expect(chooseSheet(book, "info").sheet.name).toBe("Info");
    expect(chooseSheet(book, 4).sheet.name).toBe("Graf");
    expect(chooseSheet(book, "2").sheet.name).toBe("Skjult");
    try {
      chooseSheet(book, "Ark1");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SpcError);
      expect((e as SpcError).issues[0]).toMatchObject({ code: "unknown_sheet", message: 'the workbook has no sheet "Ark1"; its sheets are 1 "Info", 2 "Skjult", 3 "Data", 4 "Graf"' });
    }
    expect(() => chooseSheet(book, 5)).toThrow(/no sheet 5/);
  });

  it("a workbook without numbers: its first sheet", () => {
    const text = readXlsx(makeXlsx({ sheets: [{ name: "Notater", data: `<row r="1">${inline("A1", "x")}</row>` }] }));
    expect(chooseSheet(text)).toMatchObject({ position: 1, basis: "first" });
  });
});

describe("merged header cells", () => {
  it("a group merged over sub-headers makes one header 'Group Sub'; a title merged across stays one cell", () => {
    const sheet = readXlsx(
      makeXlsx({
        sheets: [
          {
            name: "A",
            data:
              `<row r="1">${inline("A1", "Avvik 2024")}</row>` +
              `<row r="2">${inline("A2", "Måned")}${inline("B2", "Post 1")}${inline("D2", "Post 2")}</row>` +
              `<row r="3">${inline("B3", "Avvik")}${inline("C3", "Døgn")}${inline("D3", "Avvik")}${inline("E3", "Døgn")}</row>` +
              `<row r="4">${num("A4", 1)}${num("B4", 2)}${num("C4", 3)}${num("D4", 4)}${num("E4", 5)}</row>`,
            merges: ["A1:E1", "A2:A3", "B2:C2", "D2:E2"],
          },
        ],
      }),
    ).sheets[0]!;
    expect(sheetRows(sheet)).toEqual([
      { line: 1, cells: ["Avvik 2024"] },
      { line: 3, cells: ["Måned", "Post 1 Avvik", "Post 1 Døgn", "Post 2 Avvik", "Post 2 Døgn"] },
      { line: 4, cells: ["1", "2", "3", "4", "5"] },
    ]);
    // Line N of the text is row N of the sheet; the joined header is one record over rows 2 and
    // 3 (its first field quoted across the line break), so that row 2 is header, not "blank".
    expect(sheetToText(sheet).split("\n")).toEqual(["Avvik 2024", '"Måned', '";Post 1 Avvik;Post 1 Døgn;Post 2 Avvik;Post 2 Døgn', "1;2;3;4;5", ""]);
    const table = sheetToTable(sheet);
    expect(table.header).toEqual(["Måned", "Post 1 Avvik", "Post 1 Døgn", "Post 2 Avvik", "Post 2 Døgn"]);
    expect(table.skipped.map((k) => [k.line, k.kind])).toEqual([[1, "title"]]);
    expect(table.rows.map((r) => r.line)).toEqual([4]);
  });

  it("a merged data cell fills its range (a ward written once over its rows); cells with ; or quotes or line breaks stay one field on one line", () => {
    const sheet = readXlsx(
      makeXlsx({
        sheets: [
          {
            name: "A",
            data:
              `<row r="1">${inline("A1", "Post")}${inline("B1", "Merknad")}</row>` +
              `<row r="2">${inline("A2", "Post 1")}${inline("B2", 'a; "b"')}</row>` +
              `<row r="3">${inline("B3", "linje 1\nlinje 2")}</row>`,
            merges: ["A2:A3"],
          },
        ],
      }),
    ).sheets[0]!;
    expect(sheetToText(sheet)).toBe('Post;Merknad\nPost 1;"a; ""b"""\nPost 1;linje 1 linje 2\n');
    const table = sheetToTable(sheet);
    expect(table.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [2, "Post 1", 'a; "b"'],
      [3, "Post 1", "linje 1 linje 2"],
    ]);
  });

  it("column letters", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});

describe("readDataFile and the fixtures", () => {
  it("fall-sykehjem.xlsx: Info first, then Data with real dates, a formula column, #N/A and a Totalt row", async () => {
    const file = await readDataFile(fixture("fall-sykehjem.xlsx"), "fall-sykehjem.xlsx");
    if (file.kind !== "workbook") throw new Error("not read as a workbook");
    expect(file.notices).toEqual(['fall-sykehjem.xlsx: read sheet "Data" (the first with a table of numbers; also: "Info", "Graf")']);
    const lines = file.text.split("\n");
    expect(lines[0]).toBe("Måned;Fall;Liggedøgn;Fall per 1000 liggedøgn");
    expect(lines[1]).toBe("2024-01-01;4;2790;1,4336917562724");
    expect(lines[8]).toBe("2024-08-01;#N/A;2790;#N/A");
    expect(lines[13]).toBe("Totalt;49;32850");
    const read = tableToSpec(sheetToTable(file.choice.sheet), { x: "Måned", y: "Fall", n: "Liggedøgn" }, { decimal: "," });
    expect(read.spec.xType).toBe("date");
    expect(read.spec.data.map((d) => d.y)).toEqual([4, 6, 3, 5, 7, 2, 4, null, 5, 3, 6, 4]);
    expect(read.ignored.map((i) => i.line)).toEqual([14]);
    expect(read.warnings.join("\n")).toMatch(/#N\/A.*line 9/);
  });

  it("handhygiene-prosent.xlsx: per-cent cells are per cent values", async () => {
    const file = await readDataFile(fixture("handhygiene-prosent.xlsx"), "h.xlsx");
    const table = sheetToTable(file.kind === "workbook" ? file.choice.sheet : (undefined as never));
    const read = tableToSpec(table, { x: "Uke", y: "Etterlevelse" }, { decimal: "," });
    expect(read.percent).toBe(true);
    expect(read.spec.data.map((d) => d.y)).toEqual([57, 62, 60, 71, 68, 74, 79, 81, 77.5, 83]);
  });

  it("avvik-flettet-overskrift.xlsx: the two-row header is one", async () => {
    const file = await readDataFile(fixture("avvik-flettet-overskrift.xlsx"), "a.xlsx");
    const table = readDelimited(file.text, { delimiter: ";" });
    expect(table.header).toEqual(["Måned", "Sengepost 1 Avvik", "Sengepost 1 Liggedøgn", "Sengepost 2 Avvik", "Sengepost 2 Liggedøgn"]);
    // Row 1 is the title; rows 2 and 3 are the header (not a blank line); the months start on row 4.
    expect(table.skipped.map((k) => [k.line, k.kind])).toEqual([[1, "title"]]);
    expect(table.rows[0]?.line).toBe(4);
  });

  it("an old .xls, an .ods and another zip are refused with how to save them; text is decoded", async () => {
    await expect(readDataFile(fixture("gammel.xls"), "gammel.xls")).rejects.toMatchObject({ issues: [{ code: "xls_not_supported", message: expect.stringContaining('"Excel-arbeidsbok (.xlsx)"') }] });
    await expect(readDataFile(fixture("regneark.ods"), "regneark.ods")).rejects.toMatchObject({ issues: [{ code: "ods_not_supported", message: expect.stringContaining('"CSV UTF-8') }] });
    const { zipSync, strToU8 } = await import("fflate");
    await expect(readDataFile(zipSync({ "a.txt": strToU8("x") }), "a.zip")).rejects.toMatchObject({ issues: [{ code: "unknown_zip" }] });
    expect(await readDataFile(Uint8Array.of(0x4d, 0xe5, 0x6e, 0x65, 0x64), "m.csv")).toEqual({ kind: "text", text: "Måned", encoding: "windows-1252" });
    expect(sniffDataFile(fixture("fall-sykehjem.xlsx"))).toBe("xlsx");
    expect(sniffDataFile(new TextEncoder().encode("PK;is a column"))).toBe("text");
  });

  it("the sheet option reaches the choice; an unknown one lists the sheets", async () => {
    const info = await readDataFile(fixture("fall-sykehjem.xlsx"), "f.xlsx", { sheet: 1 });
    expect(info.text).toBe("Fall i sykehjem, 2024\nKilde: avviksregisteret. Liggedøgn fra pasientadministrativt system.\n");
    await expect(readDataFile(fixture("fall-sykehjem.xlsx"), "f.xlsx", { sheet: "Ark1" })).rejects.toMatchObject({ issues: [{ code: "unknown_sheet" }] });
  });
});

describe("sheetToText and readDelimited agree (property)", () => {
  it("every cell comes back, on the line of its row, whatever it holds", async () => {
    const fc = (await import("fast-check")).default;
    const cell = fc.oneof(fc.constantFrom("", "a;b", 'say "hi"', "x\ny", "Måned", "12,5", " 3 "), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(cell, { minLength: 1, maxLength: 4 })), { minLength: 2, maxLength: 8 }),
        (spec) => {
          let line = 0;
          const rows = spec
            .map(([gap, cells]) => ({ line: (line += gap), cells: cells.map((c) => c.replace(/\r/g, "")) }))
            .map((r) => {
              let end = r.cells.length;
              while (end > 0 && r.cells[end - 1] === "") end--;
              return { line: r.line, cells: r.cells.slice(0, end) };
            })
            // A row of nothing but spaces is a blank line, in a sheet as in a CSV file.
            .filter((r) => r.cells.some((c) => c.trim() !== ""));
          if (rows.length < 2) return;
          const sheet = { name: "A", hidden: false, rows, merges: [], errors: [], uncached: [], numberRows: 0 };
          const text = sheetToText(sheet);
          const lines = text.split("\n");
          for (const r of rows) expect(lines[r.line - 1]).not.toBe("");
          const table = sheetToTable(sheet);
          // The header is one of the sheet's rows (a title above it is skipped, and said), and
          // every row above it is accounted for as skipped.
          const header = rows.find((r) => r.line === table.headerLine);
          expect(header, `header line ${table.headerLine}`).toBeDefined();
          expect(table.header.slice(0, header!.cells.length).map((h) => h.trim())).toEqual(header!.cells.map((c) => c.replace(/\n/g, " ").replace(/^\uFEFF/, "").trim()));
          const skipped = new Set(table.skipped.map((k) => k.line));
          for (const r of rows.filter((r) => r.line < table.headerLine)) expect(skipped.has(r.line), `line ${r.line} skipped`).toBe(true);
          const data = rows.filter((r) => r.line > table.headerLine);
          const byLine = new Map(table.rows.map((r) => [r.line, r.cells]));
          for (const r of data) {
            if (skipped.has(r.line)) continue; // a note below the data, said as skipped
            const got = byLine.get(r.line);
            expect(got, `line ${r.line}`).toBeDefined();
            expect(got!.slice(0, r.cells.length)).toEqual(r.cells.map((c) => c.replace(/\n/g, " ")));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
