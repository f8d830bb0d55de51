import { describe, expect, it } from "vitest";
import { countEvents, detectDelimiter, readDelimited, splitDelimited, tableToSpec, wideToLong } from "../../src/adapters/index.js";
import { SpcError } from "../../src/errors.js";
import { fixture } from "./helpers.js";

describe("detectDelimiter", () => {
  it("picks ; for a Norwegian export with decimal commas", () => {
    expect(detectDelimiter("Måned;Rate\njan.24;1,5\nfeb.24;2,25\n")).toBe(";");
    // Found by the row-account property: decimal commas on every data line out-voted a ";"
    // header whose next line was too wide.
    expect(detectDelimiter("Uke;Antall;Merknad\nSum;1;x;y;z;w\nUke 1;1,5;Ny sengepost\nSum;1,5;Ny sengepost")).toBe(";");
    expect(detectDelimiter("Month,Rate\n1,5\n2,6\n")).toBe(",");
    expect(detectDelimiter("Uke;Antall;Merknad\nSum;1;x;y;z;w\nUke 1;1,5;Ferie\ttid\nSum;1,5;Ferie\ttid")).toBe(";");
  });

  it("picks , for an English export, ignoring commas inside quotes", () => {
    expect(detectDelimiter('Month,Rate,Note\nJan-24,1.5,"a; b"\nFeb-24,2.25,"c, d"\n')).toBe(",");
    expect(detectDelimiter('Dato;Merknad\n01.01.2024;"a, b, c"\n02.01.2024;"d, e"\n')).toBe(";");
  });

  it("picks tab when tabs split the header", () => {
    expect(detectDelimiter("Uke\tVerdi\nuke 1 2024\t1,5\n")).toBe("\t");
  });

  it("prefers the delimiter whose lines agree with the header", () => {
    // "," splits the header in two but the data lines in three or four; ";" agrees everywhere.
    expect(detectDelimiter("Avdeling, navn;Fall\nA;1,5\nB;2,5\n")).toBe(";");
  });

  it("gives a one-column text a delimiter that does not occur in it", () => {
    expect(detectDelimiter("Fall\n1,5\n2,5\n")).toBe(";");
    expect(detectDelimiter("Fall\n1;5\n")).toBe("\t");
  });
});

describe("readDelimited", () => {
  it("strips the BOM, reads CRLF and numbers lines from 1 with the header", () => {
    const t = readDelimited("\uFEFFMåned;Fall\r\n01.01.2024;3\r\n01.02.2024;5\r\n");
    expect(t).toEqual({
      header: ["Måned", "Fall"],
      rows: [
        { line: 2, cells: ["01.01.2024", "3"] },
        { line: 3, cells: ["01.02.2024", "5"] },
      ],
      delimiter: ";",
      headerLine: 1,
      blankLines: [],
      skipped: [],
    });
  });

  it("reads old Mac CR line ends", () => {
    expect(readDelimited("a;b\r1;2\r3;4").rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it("counts the lines of quoted fields that span lines", () => {
    const t = readDelimited('Dato;Merknad;Fall\r\n01.01.2024;"to linjer\r\nher";1\r\n02.01.2024;"tre\r\nlinjer\r\nher";2\r\n03.01.2024;;3\r\n');
    expect(t.rows.map((r) => [r.line, r.cells[1]])).toEqual([
      [2, "to linjer\nher"],
      [4, "tre\nlinjer\nher"],
      [7, ""],
    ]);
  });

  it("keeps quotes, doubled quotes and delimiters inside quoted fields", () => {
    const t = readDelimited('A;B\n"x;y";"sa ""hei"""\n');
    expect(t.rows[0]?.cells).toEqual(["x;y", 'sa "hei"']);
  });

  it("skips blank lines and lines of only delimiters, and lists them", () => {
    const t = readDelimited("\n\nA;B\n1;2\n\n;\n3;4\n;;\n\n\n");
    expect(t.headerLine).toBe(3);
    expect(t.rows.map((r) => r.line)).toEqual([4, 7]);
    expect(t.blankLines).toEqual([1, 2, 5, 6, 8, 9, 10]);
  });

  it("drops trailing empty cells that Excel adds, and flags rows with a wrong number of fields", () => {
    const t = readDelimited("A;B;\n1;2;\n3;4;;\n5;6;7\n8\n");
    expect(t.header).toEqual(["A", "B"]);
    expect(t.rows).toEqual([
      { line: 2, cells: ["1", "2"] },
      { line: 3, cells: ["3", "4"] },
      {
        line: 4,
        cells: ["5", "6", "7"],
        problem: 'the line has 3 field(s) but the header has 2 — is there a ";" inside a value that is not in quotes?',
        problemCode: "field_count",
        problemParams: { fields: 3, header: 2, delimiter: ";" },
      },
      { line: 5, cells: ["8"], problem: "the line has 1 field(s) but the header has 2", problemCode: "field_count", problemParams: { fields: 1, header: 2, delimiter: ";" } },
    ]);
  });

  it("honours Excel's sep= line and counts it", () => {
    const t = readDelimited("sep=,\nA,B\n1;5,2\n");
    expect(t.delimiter).toBe(",");
    expect(t.headerLine).toBe(2);
    expect(t.rows).toEqual([{ line: 3, cells: ["1;5", "2"] }]);
  });

  it("skips a title above the table", () => {
    const t = readDelimited("Fallrapport 2024 – Solbakken sykehjem\nMåned;Fall\njan.24;3\n", { skipLines: 1 });
    expect(t.header).toEqual(["Måned", "Fall"]);
    expect(t.rows).toEqual([{ line: 3, cells: ["jan.24", "3"] }]);
  });

  it("uses a given delimiter", () => {
    expect(readDelimited("a,b;c\n1,2;3\n", { delimiter: "," }).header).toEqual(["a", "b;c"]);
  });

  it("returns an empty table for an empty text", () => {
    expect(readDelimited("")).toMatchObject({ header: [], rows: [] });
    expect(readDelimited("\uFEFF\r\n")).toMatchObject({ header: [], rows: [], blankLines: [1] });
  });

  it("throws SpcError for bad input or options", () => {
    // @ts-expect-error not a string
    expect(() => readDelimited(42)).toThrow(SpcError);
    // @ts-expect-error not a supported delimiter
    expect(() => readDelimited("a|b", { delimiter: "|" })).toThrow(SpcError);
    expect(() => readDelimited("a;b", { skipLines: -1 })).toThrow(SpcError);
  });
});

describe("readDelimited on fixtures", () => {
  it("fall-sykehjem.csv: ; with NBSP thousands, quoted comment, Excel's trailing ;;;; lines", () => {
    const t = readDelimited(fixture("fall-sykehjem.csv"));
    expect(t.delimiter).toBe(";");
    expect(t.header).toEqual(["Måned", "Fall", "Liggedøgn", "Fall per 1000 liggedøgn", "Kommentar"]);
    expect(t.rows).toHaveLength(12);
    expect(t.rows[0]).toEqual({ line: 2, cells: ["01.01.2024", "4", "2\u00A0790", "1,43", ""] });
    expect(t.rows[4]?.cells[4]).toBe('Innført "Trygg mobilisering"; sensorgulv på 4 rom');
    expect(t.rows.every((r) => r.problem === undefined)).toBe(true);
    expect(t.blankLines).toEqual([14, 15]);
  });

  it("handhygiene-bom-crlf.csv: BOM and CRLF leave no trace in the cells", () => {
    const t = readDelimited(fixture("handhygiene-bom-crlf.csv"));
    expect(fixture("handhygiene-bom-crlf.csv").startsWith("\uFEFF")).toBe(true);
    expect(fixture("handhygiene-bom-crlf.csv")).toContain("\r\n");
    expect(t.header[0]).toBe("Måned");
    expect(t.rows[0]).toEqual({ line: 2, cells: ["jan.24", "40", "31", "77,5 %"] });
    expect(t.rows[11]).toEqual({ line: 13, cells: ["des.24", "38", "35", "92,1 %"] });
    expect(t.rows.some((r) => r.cells.some((c) => c.includes("\r")))).toBe(false);
  });

  it("ventetid-uke.tsv: tab-delimited, a comment over two lines shifts later line numbers", () => {
    const t = readDelimited(fixture("ventetid-uke.tsv"));
    expect(t.delimiter).toBe("\t");
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 4, 6, 7, 8, 9, 10, 11, 12]);
    expect(t.rows[2]?.cells[3]).toBe("Romjul og nyttår:\nto leger borte");
  });

  it("avvik-med-feil.csv: the row with an extra field is flagged", () => {
    const t = readDelimited(fixture("avvik-med-feil.csv"));
    expect(t.rows.filter((r) => r.problem !== undefined).map((r) => r.line)).toEqual([6]);
  });
});

describe("readDelimited: quotes as Excel writes them (RFC 4180)", () => {
  it("treats a quote as special only at the start of a field", () => {
    const t = readDelimited('Navn;Merknad\nA;5" skjerm\nB;sa "hei"\n');
    expect(t.rows.map((r) => r.cells)).toEqual([
      ["A", '5" skjerm'],
      ["B", 'sa "hei"'],
    ]);
  });

  it("reads a note written with Alt+Enter over several lines, and gives its last line", () => {
    const t = readDelimited('Dato;Merknad;Fall\r\n01.01.2024;"Første linje\r\nandre; linje";1\r\n02.01.2024;;2\r\n');
    expect(t.rows).toEqual([
      { line: 2, endLine: 3, cells: ["01.01.2024", "Første linje\nandre; linje", "1"] },
      { line: 4, cells: ["02.01.2024", "", "2"] },
    ]);
  });

  it("reports a quote that never closes at its line and reads on at the next line", () => {
    const t = readDelimited('Dato;Fall;Merknad\n01.01.2024;1;\n02.01.2024;2;"falt i gangen\n03.01.2024;3;\n04.01.2024;4;"ny ""merknad"""\n');
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    const bad = t.rows[1]!;
    expect(bad.problemCode).toBe("unclosed_quote");
    expect(bad.problemParams).toEqual({ line: 3 });
    expect(bad.problem).toContain("line 3");
    expect(bad.cells).toEqual(["02.01.2024", "2", "falt i gangen"]);
    expect(t.rows[3]?.cells).toEqual(["04.01.2024", "4", 'ny "merknad"']);
    expect(t.rows.filter((r) => r.problem !== undefined)).toHaveLength(1);
  });

  it("reports a quote still open at the end of the file", () => {
    const t = readDelimited('A;B\n1;"abc\ndef\n2;"ghi\n');
    // The line after an open quote is read on its own: here a row of one field, rejected too.
    expect(t.rows.map((r) => [r.line, r.problemCode ?? (r.problem === undefined ? "ok" : "other")])).toEqual([
      [2, "unclosed_quote"],
      [3, "field_count"],
      [4, "unclosed_quote"],
    ]);
  });

  it("reads the fixture with an unclosed quote in May: 12 months, one named problem", () => {
    const t = readDelimited(fixture("fall-merknad-ufullstendig-sitat.csv"));
    expect(t.rows).toHaveLength(12);
    expect(t.rows.filter((r) => r.problem !== undefined).map((r) => [r.line, r.problemCode])).toEqual([[6, "unclosed_quote"]]);
    expect(t.rows.map((r) => r.cells[1])).toEqual(["4", "2", "5", "3", "6", "2", "4", "3", "5", "2", "3", "4"]);
  });

  it("numbers lines alike for LF, CRLF and CR", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const t = readDelimited(["Tittel", "", "A;B", '1;"x', 'y"', "2;3"].join(eol) + eol);
      expect(t.headerLine).toBe(3);
      expect(t.rows.map((r) => [r.line, r.endLine])).toEqual([
        [4, 5],
        [6, undefined],
      ]);
    }
  });
});

describe("splitDelimited", () => {
  it("gives records with the lines they span", () => {
    expect(splitDelimited('A;B\n1;"x\ny"\n;\n', ";")).toEqual([
      { line: 1, endLine: 1, cells: ["A", "B"] },
      { line: 2, endLine: 3, cells: ["1", "x\ny"] },
      { line: 4, endLine: 4, cells: ["", ""] },
    ]);
  });
  it("with a width, catches a quote that would swallow complete records", () => {
    const records = splitDelimited('A;B\n1;"x\n2;3\n', ";", 2);
    expect(records.map((r) => [r.line, r.unclosed === true])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });
});

describe("an unclosed quote reaches the rejections with its code", () => {
  it("tableToSpec and countEvents reject its line with code unclosed_quote", () => {
    const t = readDelimited('Dato;Fall;Merknad\n01.01.2024;1;\n01.02.2024;2;"falt\n01.03.2024;3;\n');
    const spec = tableToSpec(t, { x: "Dato", y: "Fall" });
    expect(spec.rejected).toEqual([expect.objectContaining({ line: 3, code: "unclosed_quote", params: { line: 3 } })]);
    expect(spec.used.map((u) => u.line)).toEqual([2, 4]);
    const events = countEvents(t, { date: "Dato" }, { period: "month" });
    expect(events.rejected).toEqual([expect.objectContaining({ line: 3, code: "unclosed_quote" })]);
    const wide = wideToLong(t, { x: 0 });
    expect(wide.rows.filter((r) => r.problemCode === "unclosed_quote").map((r) => r.line)).toEqual([3]);
  });
});

describe("detectDelimiter on short texts", () => {
  it("reads a last line without a line end as part of the sample", () => {
    expect(detectDelimiter("\n\nUke;Antall;Merknad\nKilde: EQS")).toBe(";");
    expect(readDelimited("\n\nUke;Antall;Merknad\nKilde: EQS").header).toEqual(["Uke", "Antall", "Merknad"]);
  });
  it("samples only the first 50 lines of a long text", () => {
    const text = `A;B\n${"1;2\n".repeat(60)}`;
    expect(detectDelimiter(text)).toBe(";");
  });
});
