import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/adapters/index.js";

describe("decodeText: UTF-8, else Windows-1252 (Excel's plain CSV)", () => {
  it("reads UTF-8, keeping a byte-order mark for the adapters", () => {
    expect(decodeText(new TextEncoder().encode("\uFEFFMåned;Liggedøgn"))).toEqual({ text: "\uFEFFMåned;Liggedøgn", encoding: "utf-8" });
  });
  it("reads Windows-1252 where the bytes are not UTF-8", () => {
    // "Måned;Liggedøgn;€" as Excel saves it on Norwegian Windows: å = E5, ø = F8, € = 80.
    const bytes = Uint8Array.of(0x4d, 0xe5, 0x6e, 0x65, 0x64, 0x3b, 0x4c, 0x69, 0x67, 0x67, 0x65, 0x64, 0xf8, 0x67, 0x6e, 0x3b, 0x80);
    expect(decodeText(bytes)).toEqual({ text: "Måned;Liggedøgn;€", encoding: "windows-1252" });
  });
});
