import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText, encodingIssue, readDelimited } from "../../src/adapters/index.js";

/** A fixture's bytes. */
const fixtureBytes = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, "utf16le"));
const utf16be = (text: string) => {
  const le = utf16le(text);
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
const concat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));

describe("decodeText: the encoding decided by the bytes", () => {
  it("reads UTF-8, keeping a byte-order mark for the adapters", () => {
    expect(decodeText(new TextEncoder().encode("\uFEFFMåned;Liggedøgn"))).toEqual({ text: "\uFEFFMåned;Liggedøgn", encoding: "utf-8", bom: true });
    expect(decodeText(new TextEncoder().encode("Måned;Liggedøgn"))).toEqual({ text: "Måned;Liggedøgn", encoding: "utf-8", bom: false });
  });

  it("reads Windows-1252 where the bytes are not UTF-8", () => {
    // "Måned;Liggedøgn;€" as Excel saves it on Norwegian Windows: å = E5, ø = F8, € = 80.
    const bytes = Uint8Array.of(0x4d, 0xe5, 0x6e, 0x65, 0x64, 0x3b, 0x4c, 0x69, 0x67, 0x67, 0x65, 0x64, 0xf8, 0x67, 0x6e, 0x3b, 0x80);
    expect(decodeText(bytes)).toEqual({ text: "Måned;Liggedøgn;€", encoding: "windows-1252", bom: false });
  });

  it("reads UTF-16LE by its byte-order mark (Excel's Unicode-tekst)", () => {
    const d = decodeText(concat(Uint8Array.of(0xff, 0xfe), utf16le("Måned\tFall\r\n01.01.2024\t3\r\n")));
    expect(d).toEqual({ text: "\uFEFFMåned\tFall\r\n01.01.2024\t3\r\n", encoding: "utf-16le", bom: true });
  });

  it("reads UTF-16BE by its byte-order mark", () => {
    const d = decodeText(concat(Uint8Array.of(0xfe, 0xff), utf16be("Uke;Antall\nUke 3;1\n")));
    expect(d).toEqual({ text: "\uFEFFUke;Antall\nUke 3;1\n", encoding: "utf-16be", bom: true });
  });

  it("recognises UTF-16 without a byte-order mark by its NUL bytes", () => {
    expect(decodeText(utf16le("Måned\tFall\n01.01.2024\t3\n"))).toEqual({ text: "Måned\tFall\n01.01.2024\t3\n", encoding: "utf-16le", bom: false });
    expect(decodeText(utf16be("Måned;Fall\n01.01.2024;3\n"))).toEqual({ text: "Måned;Fall\n01.01.2024;3\n", encoding: "utf-16be", bom: false });
  });

  it("does not take 8-bit text with a stray NUL for UTF-16", () => {
    expect(decodeText(Uint8Array.from(Buffer.from("Måned;Fall\n01.01.2024;3\u0000\n", "utf8"))).encoding).toBe("utf-8");
  });

  it("reads a file that mixes UTF-8 and Windows-1252 line by line, naming the Windows-1252 lines", () => {
    const bytes = concat(Buffer.from("Måned;Merknad\r\n01.01.2024;Økt\r\n", "utf8"), Buffer.from("01.02.2024;Påske\r\n", "latin1"), Buffer.from("01.03.2024;Vår\r\n", "utf8"), Buffer.from("01.04.2024;Ferie\rSlutt;på\n", "latin1"));
    const d = decodeText(bytes);
    expect(d.encoding).toBe("mixed");
    expect(d.text).toBe("Måned;Merknad\r\n01.01.2024;Økt\r\n01.02.2024;Påske\r\n01.03.2024;Vår\r\n01.04.2024;Ferie\rSlutt;på\n");
    // Lines are counted as readDelimited counts them: a lone CR ends line 5.
    expect(d.windows1252Lines).toEqual([3, 6]);
    const issue = encodingIssue(d);
    expect(issue).toMatchObject({ code: "mixed_encoding", params: { lines: [3, 6] } });
    expect(issue?.message).toContain("lines 3, 6 are not UTF-8");
  });

  it("calls a file Windows-1252, not mixed, when no line has UTF-8 letters", () => {
    const d = decodeText(Uint8Array.from(Buffer.from("Måned;Fall\n01.01.2024;3\n", "latin1")));
    expect(d.encoding).toBe("windows-1252");
    expect(encodingIssue(d)).toBeNull();
  });

  it("gives no issue for a file read in one encoding", () => {
    for (const bytes of [new TextEncoder().encode("a;b\n"), concat(Uint8Array.of(0xff, 0xfe), utf16le("a\tb\n"))]) {
      expect(encodingIssue(decodeText(bytes))).toBeNull();
    }
  });

  it("reads the fixtures: Unicode-tekst as a tab-separated table, mixed lines without mojibake", () => {
    const unicode = decodeText(fixtureBytes("fall-unicode-tekst.txt"));
    expect(unicode.encoding).toBe("utf-16le");
    const t = readDelimited(unicode.text);
    expect(t.delimiter).toBe("\t");
    expect(t.header).toEqual(["Måned", "Fall", "Liggedøgn"]);
    expect(t.rows).toHaveLength(12);

    const mixed = decodeText(fixtureBytes("blandet-koding.csv"));
    expect(mixed.encoding).toBe("mixed");
    expect(mixed.windows1252Lines).toEqual([5, 9]);
    expect(mixed.text).toContain("Påske, færre på vakt");
    expect(mixed.text).toContain("Ny sengepost åpnet");
    expect(mixed.text).not.toMatch(/Ã|�/);
  });
});
