/**
 * The words only the slides use, in bokmål and English (the rest are the report's, strings.ts).
 *
 * @module
 */
import type { Lang } from "../plan/schema.js";

/** The slides' own words in one language. */
export interface PptxStrings {
  network: string;
  date: string;
  change: string;
  signals: string;
  latest: (value: string, x: string) => string;
  centreLine: (value: string) => string;
  /** The centre line of a run chart (or a median I chart), which is the median. */
  median: (value: string) => string;
  /** Heads of the A3's table of changes. */
  a3Changes: string;
  what: string;
  who: string;
  when: string;
  effect: string;
}

const NB: PptxStrings = {
  network: "Nettverket i oversikt",
  date: "Dato",
  change: "Endring",
  signals: "Signaler",
  latest: (value, x) => `Siste verdi: ${value} (${x})`,
  centreLine: (value) => `Midtlinje: ${value}`,
  median: (value) => `Median: ${value}`,
  a3Changes: "Endringer i prosjektet",
  what: "Hva",
  who: "Hvem",
  when: "Når",
  effect: "Effekt og måling",
};

const EN: PptxStrings = {
  network: "The network at a glance",
  date: "Date",
  change: "Change",
  signals: "Signals",
  latest: (value, x) => `Latest value: ${value} (${x})`,
  centreLine: (value) => `Centre line: ${value}`,
  median: (value) => `Median: ${value}`,
  a3Changes: "The project's changes",
  what: "What",
  who: "Who",
  when: "When",
  effect: "Effect and measurement",
};

/**
 * The slides' own words in a language.
 *
 * @example
 * ```ts
 * pptxStrings("nb").network; // "Nettverket i oversikt"
 * ```
 */
export function pptxStrings(lang: Lang): PptxStrings {
  return lang === "en" ? EN : NB;
}
