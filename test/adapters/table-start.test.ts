import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText, describeSkipped, findTableStart, readDelimited, tableToSpec, titleHints } from "../../src/adapters/index.js";

const rows = (text: string) => text.split("\n").map((l) => l.split(";"));

describe("findTableStart", () => {
  it("finds the header below a title and a blank row", () => {
    expect(findTableStart(rows("Fall Solsiden 2024;;\n;;\nMåned;Fall;Liggedøgn\njan.24;3;2790\nfeb.24;2;2604"))).toEqual({
      header: 2,
      above: [
        { index: 0, kind: "title" },
        { index: 1, kind: "blank" },
      ],
      footer: [],
    });
  });

  it("calls the first lone cell a title and later ones notes", () => {
    const b = findTableStart(rows("Trykksår 2024\nKilde: EQS\n\nUke;Antall\nUke 3;1\nUke 4;0"));
    expect(b.header).toBe(3);
    expect(b.above.map((a) => a.kind)).toEqual(["title", "note", "blank"]);
  });

  it("skips a block of notes of two cells above a wider table", () => {
    const b = findTableStart(rows("Avdeling:;Solsiden\nPeriode:;2024\n\nMåned;Fall;Liggedøgn\njan.24;3;2790\nfeb.24;2;2604\nmar.24;4;2781"));
    expect(b.header).toBe(3);
    expect(b.above.map((a) => a.kind)).toEqual(["note", "note", "blank"]);
  });

  it("skips a title of a name and a year above a table of as many columns", () => {
    const b = findTableStart(rows("Trykksår;2024\n;\nUke;Antall\nUke 3;1\nUke 4;0\nUke 5;2"));
    expect(b.header).toBe(2);
    expect(b.above.map((a) => a.kind)).toEqual(["note", "blank"]);
    // A header with years for names (a wide sheet) stays the header.
    expect(findTableStart(rows("Avdeling;2023;2024\nSolsiden;3;4\nLunden;2;5")).header).toBe(0);
  });

  it("keeps the first row of several cells as header when no later row is a better one", () => {
    // The rows below have one field too many (a problem to report), not a reason to move the header.
    expect(findTableStart(rows("A;B\n1;2;3\n4;5;6")).header).toBe(0);
    expect(findTableStart(rows("Navn;Kommentar\nOla;hei\nKari;hallo")).header).toBe(0);
  });

  it("finds notes below the data, but not a month with no values yet", () => {
    const b = findTableStart(rows("Måned;Fall\njan.24;3\nfeb.24;\nmar.24;\n;\nKilde: EQS\nMerk: foreløpige tall"));
    expect(b.footer).toEqual([5, 6]);
    expect(findTableStart(rows("Uke;Antall\nUke 3;1\nUke 4;\nUke 5;")).footer).toEqual([]);
  });

  it("gives a one-column file its first line as header", () => {
    expect(findTableStart(rows("Fall\n3\n4"))).toEqual({ header: 0, above: [], footer: [] });
    expect(findTableStart(rows(";\n;")).header).toBe(-1);
  });
});

describe("readDelimited: titles and notes around the table", () => {
  it("skips a title and a blank row without flags, naming them", () => {
    const t = readDelimited("Fall Solsiden 2024;;\r\n;;\r\nMåned;Fall;Liggedøgn\r\n01.01.2024;3;2790\r\n01.02.2024;2;2604\r\nKilde: EQS;;\r\n");
    expect(t.headerLine).toBe(3);
    expect(t.header).toEqual(["Måned", "Fall", "Liggedøgn"]);
    expect(t.rows.map((r) => r.line)).toEqual([4, 5]);
    expect(t.skipped).toEqual([
      { line: 1, kind: "title", text: "Fall Solsiden 2024" },
      { line: 2, kind: "blank", text: "" },
      { line: 6, kind: "note", text: "Kilde: EQS" },
    ]);
    expect(t.blankLines).toEqual([2]);
  });

  it("lets skipLines win: the records it names are skipped, the next non-blank one is the header", () => {
    const t = readDelimited("Rapport;fra;EQS\n\nMåned;Fall\njan.24;3\n", { skipLines: 1 });
    expect(t.header).toEqual(["Måned", "Fall"]);
    expect(t.skipped).toEqual([
      { line: 1, kind: "skip-lines", text: "Rapport;fra;EQS" },
      { line: 2, kind: "blank", text: "" },
    ]);
  });

  it("names the sep= line", () => {
    const t = readDelimited("sep=;\nA;B\n1;2\n");
    expect(t.skipped).toEqual([{ line: 1, kind: "sep", text: "sep=;" }]);
    expect(t.headerLine).toBe(2);
  });

  it("detects the delimiter of the table, not of the title above it", () => {
    expect(readDelimited("Fall, Solsiden 2024\n\nUke;Antall\nUke 3;1\nUke 4;2\n").delimiter).toBe(";");
  });
});

describe("titleHints and describeSkipped", () => {
  const skipped = [
    { line: 1, kind: "title" as const, text: "Trykksår 2024" },
    { line: 2, kind: "blank" as const, text: "" },
    { line: 30, kind: "note" as const, text: "Kilde: EQS" },
  ];
  it("gives the title and note texts above the header in file order", () => {
    expect(titleHints({ skipped })).toEqual(["Trykksår 2024", "Kilde: EQS"]);
    expect(titleHints({})).toEqual([]);
    // Below the header, a note says when the file was made, not the year of its weeks.
    expect(titleHints({ skipped, headerLine: 3 })).toEqual(["Trykksår 2024"]);
    expect(titleHints(readDelimited("Fall 2023\nUke;Antall\nUke 3;1\nKilde: uttrekk 2025\n"))).toEqual(["Fall 2023"]);
  });
  it("says which lines were skipped, and nothing when only blank lines were", () => {
    expect(describeSkipped(skipped)).toBe('skipped line 1 (title "Trykksår 2024"), line 2 (blank), line 30 (note "Kilde: EQS")');
    expect(describeSkipped([{ line: 4, kind: "blank", text: "" }])).toBeNull();
    expect(describeSkipped(undefined)).toBeNull();
  });
});

describe("the title fixture through the library", () => {
  it("trykksar-tittel-uke.csv: title and blank skipped, the title's year used, the Sum row left out", () => {
    const bytes = readFileSync(new URL("../fixtures/trykksar-tittel-uke.csv", import.meta.url));
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe("windows-1252");
    const table = readDelimited(decoded.text);
    expect(table.skipped).toEqual([
      { line: 1, kind: "title", text: "Trykksår Solsiden 2024" },
      { line: 2, kind: "blank", text: "" },
    ]);
    const read = tableToSpec(table, { x: "Uke", y: "Antall" }, { yearHints: titleHints(table) });
    expect(read.spec.data).toHaveLength(18);
    expect(read.spec.data[0]?.x).toBe("2024-01-15");
    expect(read.ignored).toEqual([expect.objectContaining({ line: 22, code: "total_row" })]);
    // Every line: skipped, header, used or ignored.
    const lines = [...table.skipped.map((s) => s.line), table.headerLine, ...read.used.map((u) => u.line), ...read.ignored.map((i) => i.line)];
    expect(lines.sort((a, b) => a - b)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });
});
