// The row account (issue 10, item 8): every line of a delimited file is the header, part of a
// row, or a named skipped line — whatever its quotes, separators, byte-order mark, titles,
// blank lines, totals and bad values. No line disappears without a named reason.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDelimited, tableToSpec, type DelimitedTable } from "../../src/adapters/index.js";
import { SpcError } from "../../src/errors.js";

type Sep = ";" | "," | "\t";

/** A cell as Excel writes it: quoted when it holds the delimiter, a quote or a line break. */
function written(cell: string, sep: Sep): string {
  return cell.includes(sep) || cell.includes('"') || cell.includes("\n") ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const value = fc.oneof(
  fc.integer({ min: 0, max: 500 }).map(String),
  fc.constantFrom("1,5", "2 790", "", "abc", "#N/A", "-", "57 %"),
);
const note = fc.oneof(
  fc.constant(""),
  fc.constantFrom("Ny sengepost", "sa \"hei\"", "a; b, c", "to\nlinjer", "Ferie\ttid", "Påske\nog\nferie"),
);
/** A line that a person typed badly: a quote that opens and never closes, a stray delimiter. */
const broken = fc.constantFrom('"Pasienten falt', 'ok"', "x;y;z;w", '""');

const label = fc.oneof(
  fc.integer({ min: 1, max: 52 }).map((w) => `Uke ${w}`),
  fc.integer({ min: 1, max: 28 }).map((d) => `${String(d).padStart(2, "0")}.03.2024`),
  fc.constantFrom("Sum", "Totalt", "Gjennomsnitt", "jan.24", "feb.24"),
);

type Piece = { kind: "row"; cells: string[] } | { kind: "raw"; text: string };

const fileArb = fc
  .record({
    sep: fc.constantFrom<Sep>(";", ",", "\t"),
    eol: fc.constantFrom("\n", "\r\n", "\r"),
    bom: fc.boolean(),
    sepLine: fc.boolean(),
    titles: fc.array(fc.constantFrom("Fall Solsiden 2024", "Trykksår 2024", "Kilde: EQS", ""), { maxLength: 3 }),
    rows: fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.tuple(label, value, note).map(([x, y, n]): Piece => ({ kind: "row", cells: [x, y, n] })) },
        { weight: 1, arbitrary: fc.constant<Piece>({ kind: "raw", text: "" }) },
        { weight: 1, arbitrary: fc.tuple(label, broken).map(([x, b]): Piece => ({ kind: "raw", text: `${x}<SEP>1<SEP>${b}` })) },
      ),
      { maxLength: 15 },
    ),
    footer: fc.array(fc.constantFrom("Kilde: EQS", "", "Merk: foreløpige tall"), { maxLength: 2 }),
    trailingEol: fc.boolean(),
  })
  .map((f) => {
    const lines: string[] = [];
    if (f.sepLine) lines.push(`sep=${f.sep}`);
    for (const t of f.titles) lines.push(t === "" ? "" : `${t}${f.sep}${f.sep}`);
    lines.push(["Uke", "Antall", "Merknad"].join(f.sep));
    for (const p of f.rows) lines.push(p.kind === "row" ? p.cells.map((c) => written(c, f.sep)).join(f.sep) : p.text.replace(/<SEP>/g, f.sep));
    for (const t of f.footer) lines.push(t);
    // Line breaks inside quoted cells take the file's line end too, as Excel writes them.
    const body = lines.join("\n").replace(/\n/g, f.eol) + (f.trailingEol ? f.eol : "");
    return (f.bom ? "\uFEFF" : "") + body;
  });

/** The number of lines of a text, counted as an editor counts them (LF, CRLF, CR). */
function lineCount(text: string): number {
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (body === "") return 0;
  return body.split("\n").length - (body.endsWith("\n") ? 1 : 0);
}

/** Every line with what accounts for it. */
function account(t: DelimitedTable): Map<number, string[]> {
  const seen = new Map<number, string[]>();
  const add = (line: number, why: string) => seen.set(line, [...(seen.get(line) ?? []), why]);
  if (t.headerLine > 0) for (let l = t.headerLine; l <= (t.headerEndLine ?? t.headerLine); l++) add(l, "header");
  for (const r of t.rows) for (let l = r.line; l <= (r.endLine ?? r.line); l++) add(l, `row ${r.line}`);
  for (const s of t.skipped) add(s.line, s.kind);
  return seen;
}

describe("the row account of delimited text", () => {
  it("every line is the header, part of a row, or a named skipped line — exactly once", () => {
    fc.assert(
      fc.property(fileArb, (text) => {
        const t = readDelimited(text);
        // The titles above are passed over: the header is found whatever is above it.
        if (t.rows.length > 0) expect(t.header).toEqual(["Uke", "Antall", "Merknad"]);
        const seen = account(t);
        const n = lineCount(text);
        for (let line = 1; line <= n; line++) expect(seen.get(line), `line ${line} of ${JSON.stringify(text)}`).toHaveLength(1);
        expect([...seen.keys()].every((l) => l >= 1 && l <= n)).toBe(true);
        // Blank lines are skipped lines, named as blank.
        const blank = new Set(t.skipped.filter((s) => s.kind === "blank").map((s) => s.line));
        for (const l of t.blankLines) expect(blank.has(l)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("and every row is then used, rejected or ignored (a total) by tableToSpec", () => {
    fc.assert(
      fc.property(fileArb, (text) => {
        const t = readDelimited(text);
        let r;
        try {
          r = tableToSpec(t, { x: 0, y: 1 }, { year: 2024 });
        } catch (e) {
          // Refusing the whole file is allowed, with a reason; losing a line is not.
          expect(e).toBeInstanceOf(SpcError);
          return;
        }
        const lines = new Set([...r.used, ...r.rejected, ...r.ignored].map((x) => x.line));
        for (const row of t.rows) expect(lines.has(row.line), `line ${row.line}`).toBe(true);
        for (const row of t.rows.filter((x) => x.problemCode === "unclosed_quote")) {
          expect(r.rejected.some((x) => x.line === row.line) || r.ignored.some((x) => x.line === row.line)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
