import { describe, expect, it } from "vitest";
import { TextLines, formatLocated } from "../../src/plan/diagnostics.js";

describe("formatLocated", () => {
  it("file:line:column: path: message, leaving out what is not known", () => {
    const base = { code: "invalid_type" as const, path: [] as (string | number)[], message: "bad" };
    expect(formatLocated({ ...base, file: "a.csv", line: 4, column: 12 })).toBe("a.csv:4:12: bad");
    expect(formatLocated({ ...base, file: "a.csv", line: 4 })).toBe("a.csv:4: bad");
    expect(formatLocated({ ...base, file: "a.csv" })).toBe("a.csv: bad");
    expect(formatLocated({ ...base, line: 3, column: 1 })).toBe("3:1: bad");
    expect(formatLocated(base)).toBe("bad");
    expect(formatLocated({ ...base, path: ["measures", 2, "target", "value"], file: "p.yaml", line: 31, column: 14 })).toBe("p.yaml:31:14: measures[2].target.value: bad");
    expect(formatLocated({ ...base, file: "a.csv", line: 2, column: 1, severity: "warning" })).toBe("a.csv:2:1: warning: bad");
  });
});

describe("TextLines", () => {
  it("counts lines as readDelimited does: LF, CRLF and CR, a BOM ignored", () => {
    const lines = new TextLines("\uFEFFa;b\r\nc;d\re;f\ng");
    expect([1, 2, 3, 4, 5].map((n) => lines.lineText(n))).toEqual(["a;b", "c;d", "e;f", "g", ""]);
    expect(lines.lineStart(0)).toBeNull();
  });

  it("finds the column of a field, past quoted delimiters and doubled quotes", () => {
    const lines = new TextLines('Dato;Fall;Merknad\n2024-03-03;"to";x\n"a;""b""";7;"q"\n');
    expect(lines.cellPosition(2, 0, ";")).toEqual({ line: 2, column: 1 });
    expect(lines.cellPosition(2, 1, ";")).toEqual({ line: 2, column: 12 });
    expect(lines.cellPosition(3, 1, ";")).toEqual({ line: 3, column: 11 });
    expect(lines.cellPosition(3, 2, ";")).toEqual({ line: 3, column: 13 });
    expect(lines.cellPosition(3, 3, ";")).toBeNull();
    expect(lines.cellPosition(9, 0, ";")).toBeNull();
  });

  it("follows a quoted field over a line break to the line its next field is on", () => {
    const lines = new TextLines('Uke\tMerknad\tN\r\nuke 1 2024\t"Romjul:\r\nto leger borte"\t15\r\n');
    expect(lines.cellPosition(2, 2, "\t")).toEqual({ line: 3, column: 17 });
  });
});
