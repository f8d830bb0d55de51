/**
 * `spc report -o FILE.pdf` and `--a3`: the format follows the output's extension, the file is a
 * PDF a reader opens (read back: pages, size, fonts, words); --a3 with it gives the A3 form.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_SIZES } from "../../src/report/pdf/document.js";
import { readPdf } from "../support/read-pdf.js";
import { fixture, runInProcess, tempDir } from "./harness.js";

describe("spc report to PDF", () => {
  it("-o rapport.pdf writes the A4 report as PDF", async () => {
    const out = join(tempDir(), "rapport.pdf");
    const r = await runInProcess(["report", fixture("plans/samling-a3.yaml"), "-o", out]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const bytes = new Uint8Array(readFileSync(out));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const pdf = await readPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(4);
    expect(pdf.pages.every((p) => Math.abs(p.width - PAGE_SIZES.A4[0]) < 1 && Math.abs(p.height - PAGE_SIZES.A4[1]) < 1)).toBe(true);
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    // The in-process runs' date (SOURCE_DATE_EPOCH): 23 November 2025.
    expect(pdf.pages[0]!.text).toContain("Laget 23.11.2025");
  });

  it("--a3 -o a3.pdf writes one A3 landscape page", async () => {
    const out = join(tempDir(), "a3.PDF");
    const r = await runInProcess(["report", fixture("plans/samling-a3.yaml"), "--a3", "--lang", "en", "-o", out]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const pdf = await readPdf(new Uint8Array(readFileSync(out)));
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.width).toBeCloseTo(1190.55, 0);
    expect(pdf.pages[0]!.height).toBeCloseTo(841.89, 0);
    expect(pdf.pages[0]!.text).toContain("Current situation");
    expect(pdf.pages[0]!.text).toContain("Kari Nordmann, fagsykepleier");
  });
});
