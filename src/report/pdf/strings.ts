/**
 * The PDF's own words (page numbers, section names, the A3 form's fields) in bokmål and
 * English; everything else it says comes from the report model and the report's strings.
 *
 * @module
 */
import type { Lang } from "../../plan/schema.js";

/** The words of the PDF writers in one language. */
export interface PdfStrings {
  page: (n: number, of: number) => string;
  network: string;
  teamColumn: string;
  /** The A3's own words (its fields' names are the report's: reportStrings(lang).a3). */
  a3: { title: string; noSignals: string };
}

const NB: PdfStrings = {
  page: (n, of) => `side ${n} av ${of}`,
  network: "Læringsnettverket: alle team",
  teamColumn: "Team",
  a3: { title: "A3 – forbedringsarbeid", noSignals: "Ingen signaler: tilfeldig variasjon" },
};

const EN: PdfStrings = {
  page: (n, of) => `page ${n} of ${of}`,
  network: "The learning network: every team",
  teamColumn: "Team",
  a3: { title: "A3 – improvement project", noSignals: "No signals: common-cause variation" },
};

/**
 * The PDF's words in `lang`.
 *
 * @example
 * ```ts
 * pdfStrings("nb").page(2, 7); // "side 2 av 7"
 * ```
 */
export function pdfStrings(lang: Lang): PdfStrings {
  return lang === "en" ? EN : NB;
}
