import { expect } from "vitest";

/**
 * The size of each page of a PDF in millimetres, read from its page objects (Chromium's print
 * output: one /MediaBox per page; the count of both must agree).
 *
 * @example
 * ```ts
 * expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toHaveLength(1);
 * ```
 */
export function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString("latin1");
  const pages = [...text.matchAll(/\/Type\s*\/Page\b[^s]/g)].length;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({ width: (Number(m[1]) * 25.4) / 72, height: (Number(m[2]) * 25.4) / 72 }));
  expect(boxes).toHaveLength(pages);
  return boxes;
}
