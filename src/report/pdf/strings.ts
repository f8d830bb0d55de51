/**
 * The PDF's own words (page numbers, section names, the A3 form's fields) in bokmål and
 * English; everything else it says comes from the report model and the report's strings.
 *
 * @module
 */
import type { Lang } from "../../plan/schema.js";
import type { Meaning } from "../model.js";

/** The words of the PDF writers in one language. */
export interface PdfStrings {
  page: (n: number, of: number) => string;
  network: string;
  teamColumn: string;
  whatItShows: string;
  signals: string;
  meaning: Record<Meaning, string>;
  /** The A3 form's field names, in the form's order. */
  a3: {
    title: string;
    problem: string;
    department: string;
    responsible: string;
    period: string;
    aim: string;
    currentState: string;
    baseline: string;
    analysis: string;
    solution: string;
    expectedResult: string;
    changes: string;
    what: string;
    who: string;
    when: string;
    effect: string;
    tests: string;
    followUp: string;
    results: string;
    noSignals: string;
    notGiven: string;
  };
}

const NB: PdfStrings = {
  page: (n, of) => `side ${n} av ${of}`,
  network: "Læringsnettverket: alle team",
  teamColumn: "Team",
  whatItShows: "Hva diagrammet viser",
  signals: "Signaler",
  meaning: { improvement: "forbedring", concern: "bekymring", neutral: "endring uten valgt retning" },
  a3: {
    title: "A3 – forbedringsarbeid",
    problem: "Idé / problem",
    department: "Avdeling",
    responsible: "Ansvarlig",
    period: "Start – slutt",
    aim: "Hovedmål",
    currentState: "Nåsituasjon (data og målinger)",
    baseline: "Grunnlinje",
    analysis: "Analyse",
    solution: "Løsning",
    expectedResult: "Forventet resultat",
    changes: "Endringer",
    what: "Hva",
    who: "Hvem",
    when: "Når",
    effect: "Effekt og måling",
    tests: "Tester (PDSA)",
    followUp: "Implementering og oppfølging",
    results: "Resultater",
    noSignals: "Ingen signaler: tilfeldig variasjon",
    notGiven: "–",
  },
};

const EN: PdfStrings = {
  page: (n, of) => `page ${n} of ${of}`,
  network: "The learning network: every team",
  teamColumn: "Team",
  whatItShows: "What the chart shows",
  signals: "Signals",
  meaning: { improvement: "improvement", concern: "concern", neutral: "change, no direction chosen" },
  a3: {
    title: "A3 – improvement project",
    problem: "Idea / problem",
    department: "Department",
    responsible: "Responsible",
    period: "Start – end",
    aim: "Overall aim",
    currentState: "Current situation (data and measurements)",
    baseline: "Baseline",
    analysis: "Analysis",
    solution: "Solution",
    expectedResult: "Expected result",
    changes: "Changes",
    what: "What",
    who: "Who",
    when: "When",
    effect: "Effect and measurement",
    tests: "Tests (PDSA)",
    followUp: "Implementation and follow-up",
    results: "Results",
    noSignals: "No signals: common-cause variation",
    notGiven: "–",
  },
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
