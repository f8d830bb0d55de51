/**
 * Every text of the report in Norwegian bokmål and English.
 *
 * @module
 */
import type { Direction, Lang, MeasureType } from "../plan/schema.js";
import type { TargetStatus } from "./summary.js";
import type { Assurance } from "../rules/types.js";

/** A target's state for the words: the level's status, or the latest value on the target before the level is. */
type TargetStateWord = TargetStatus | "latest-met";

/** The report's words in one language. */
export interface ReportStrings {
  reportTitle: string;
  contents: string;
  summary: string;
  made: (date: string) => string;
  counts: (plans: number, measures: number) => string;
  team: string;
  aim: string;
  columns: { measure: string; type: string; chart: string; latest: string; centreLine: string; signals: string; target: string };
  measureTypes: Record<MeasureType, string>;
  directions: Record<Direction, string>;
  definition: string;
  direction: string;
  targetLabel: string;
  chartLabel: string;
  chartAuto: (reason: string) => string;
  byDate: (value: string, date: string) => string;
  status: Record<TargetStatus, string>;
  /** A target's state in words, with how many of the latest points meet it. */
  targetState: (state: TargetStateWord, latestMet: number, latestCount: number) => string;
  assurance: Record<Assurance, string>;
  noSignals: string;
  runsSignal: string;
  outside: (n: number) => string;
  noLimits: string;
  variation: Record<string, string>;
  testsOfChange: string;
  notOnChart: string;
  failed: string;
  warnings: (n: number) => string;
  rejectedLines: (n: number) => string;
  noData: string;
  footer: string;
  figure: (name: string) => string;
  /** The network summary's heading, and its column of icons. */
  network: string;
  icons: string;
  /** What a signal means, for the words beside its colour. */
  meanings: Record<"improvement" | "concern" | "neutral", string>;
  whatNext: string;
  whatItShows: string;
  signalsHeading: string;
  /** The A3 form's headings. */
  a3: {
    problem: string;
    department: string;
    responsible: string;
    period: string;
    aim: string;
    currentState: string;
    baseline: (range: string) => string;
    analysis: string;
    solution: string;
    expectedResult: string;
    changes: string;
    what: string;
    who: string;
    when: string;
    effect: string;
    tests: string;
    results: string;
    followUp: string;
    none: string;
  };
}

const NB: ReportStrings = {
  reportTitle: "Måleplaner",
  contents: "Innhold",
  summary: "Oppsummering",
  made: (date) => `Laget ${date}`,
  counts: (plans, measures) => `${plans} ${plans === 1 ? "måleplan" : "måleplaner"}, ${measures} ${measures === 1 ? "måling" : "målinger"}`,
  team: "Team",
  aim: "Mål for arbeidet",
  columns: { measure: "Måling", type: "Type", chart: "Diagram", latest: "Siste verdi", centreLine: "Midtlinje", signals: "Signaler", target: "Mål" },
  measureTypes: { outcome: "Resultatmål", process: "Prosessmål", balancing: "Balansemål" },
  directions: { increase: "Høyere er bedre", decrease: "Lavere er bedre", neutral: "Ingen retning valgt" },
  definition: "Operasjonell definisjon",
  direction: "Retning",
  targetLabel: "Mål",
  chartLabel: "Diagram",
  chartAuto: (reason) => `valgt automatisk: ${reason}`,
  byDate: (value, date) => `${value} innen ${date}`,
  status: { met: "nådd", "not-met": "ikke nådd ennå", missed: "ikke nådd innen fristen", unknown: "kan ikke vurderes" },
  targetState: (state, met, count) => {
    const latest = count > 1 ? `${met} av de ${count} siste verdiene er på målet` : met === 1 ? "siste verdi er på målet" : "siste verdi er ikke på målet";
    switch (state) {
      case "met":
        return `nådd: midtlinjen er på målet (${latest})`;
      case "latest-met":
        return `siste verdi er på målet (${count > 1 ? `${met} av de ${count} siste` : "1 av 1"}), men ikke midtlinjen ennå`;
      case "not-met":
        return `ikke nådd ennå (${latest})`;
      case "missed":
        return `ikke nådd innen fristen (${latest})`;
      case "unknown":
        return "kan ikke vurderes";
    }
  },
  assurance: {
    pass: "prosessen vil nå målet hver gang slik den er nå",
    fail: "prosessen vil ikke nå målet uten en endring",
    "hit-and-miss": "prosessen vil nå målet bare av og til",
  },
  noSignals: "Ingen (tilfeldig variasjon)",
  runsSignal: "uvanlig lang serie eller få kryss",
  outside: (n) => `${n} ${n === 1 ? "punkt" : "punkter"} utenfor grensene`,
  noLimits: "seriediagram uten grenser",
  variation: {
    common: "tilfeldig variasjon",
    "improvement-high": "forbedring (høy)",
    "improvement-low": "forbedring (lav)",
    "concern-high": "bekymring (høy)",
    "concern-low": "bekymring (lav)",
    "neutral-high": "spesiell variasjon (høy)",
    "neutral-low": "spesiell variasjon (lav)",
  },
  testsOfChange: "Endringer som er testet",
  notOnChart: "etter siste datapunkt, ikke i diagrammet",
  failed: "Diagrammet kunne ikke lages:",
  warnings: (n) => `${n} ${n === 1 ? "merknad" : "merknader"} om dataene`,
  rejectedLines: (n) => `${n} ${n === 1 ? "linje" : "linjer"} i datafilen kunne ikke leses`,
  noData: "ingen data",
  footer: "Laget med spc-charts. Midtlinje og grenser beregnes som i qicharts2; seriesignaler etter Anhøjs regler.",
  figure: (name) => `Diagram: ${name}`,
  network: "Nettverket samlet",
  icons: "Variasjon og mål",
  meanings: { improvement: "forbedring", concern: "bekymring", neutral: "spesiell variasjon" },
  whatNext: "Hva nå",
  whatItShows: "Hva diagrammet viser",
  signalsHeading: "Signaler",
  a3: {
    problem: "Idé / problem",
    department: "Avdeling",
    responsible: "Ansvarlig",
    period: "Start – slutt",
    aim: "Overordnet mål",
    currentState: "Nåsituasjon (med data og målinger)",
    baseline: (range) => `Grunnlinje ${range}`,
    analysis: "Analyse",
    solution: "Løsning",
    expectedResult: "Forventet resultat",
    changes: "Endringer",
    what: "Hva",
    who: "Hvem",
    when: "Når",
    effect: "Effekt og måling",
    tests: "Tester (PDSA)",
    results: "Resultater",
    followUp: "Plan for implementering og oppfølging",
    none: "–",
  },
};

const EN: ReportStrings = {
  reportTitle: "Measurement plans",
  contents: "Contents",
  summary: "Summary",
  made: (date) => `Made ${date}`,
  counts: (plans, measures) => `${plans} measurement plan${plans === 1 ? "" : "s"}, ${measures} measure${measures === 1 ? "" : "s"}`,
  team: "Team",
  aim: "Aim",
  columns: { measure: "Measure", type: "Type", chart: "Chart", latest: "Latest value", centreLine: "Centre line", signals: "Signals", target: "Target" },
  measureTypes: { outcome: "Outcome measure", process: "Process measure", balancing: "Balancing measure" },
  directions: { increase: "Higher is better", decrease: "Lower is better", neutral: "No direction chosen" },
  definition: "Operational definition",
  direction: "Direction",
  targetLabel: "Target",
  chartLabel: "Chart",
  chartAuto: (reason) => `chosen automatically: ${reason}`,
  byDate: (value, date) => `${value} by ${date}`,
  status: { met: "met", "not-met": "not met yet", missed: "not met by the date", unknown: "cannot be judged" },
  targetState: (state, met, count) => {
    const latest = count > 1 ? `${met} of the latest ${count} values meet it` : met === 1 ? "the latest value meets it" : "the latest value does not meet it";
    switch (state) {
      case "met":
        return `met: the centre line is on target (${latest})`;
      case "latest-met":
        return `the latest value meets it (${count > 1 ? `${met} of the latest ${count}` : "1 of 1"}), the centre line not yet`;
      case "not-met":
        return `not met yet (${latest})`;
      case "missed":
        return `not met by the date (${latest})`;
      case "unknown":
        return "cannot be judged";
    }
  },
  assurance: {
    pass: "the process will meet the target every time as it is now",
    fail: "the process will not meet the target without a change",
    "hit-and-miss": "the process will meet the target only some of the time",
  },
  noSignals: "None (common-cause variation)",
  runsSignal: "unusually long run or few crossings",
  outside: (n) => `${n} point${n === 1 ? "" : "s"} outside the limits`,
  noLimits: "run chart without limits",
  variation: {
    common: "common-cause variation",
    "improvement-high": "improvement (high)",
    "improvement-low": "improvement (low)",
    "concern-high": "concern (high)",
    "concern-low": "concern (low)",
    "neutral-high": "special-cause variation (high)",
    "neutral-low": "special-cause variation (low)",
  },
  testsOfChange: "Tests of change",
  notOnChart: "after the last data point, not on the chart",
  failed: "The chart could not be made:",
  warnings: (n) => `${n} note${n === 1 ? "" : "s"} on the data`,
  rejectedLines: (n) => `${n} line${n === 1 ? "" : "s"} of the data file could not be read`,
  noData: "no data",
  footer: "Made with spc-charts. Centre lines and limits are computed as in qicharts2; runs signals by Anhøj's rules.",
  figure: (name) => `Chart: ${name}`,
  network: "The network at a glance",
  icons: "Variation and target",
  meanings: { improvement: "improvement", concern: "concern", neutral: "special cause" },
  whatNext: "What next",
  whatItShows: "What the chart shows",
  signalsHeading: "Signals",
  a3: {
    problem: "Idea / problem",
    department: "Department",
    responsible: "Responsible",
    period: "Start – end",
    aim: "Overall aim",
    currentState: "Current situation (with data and measurements)",
    baseline: (range) => `Baseline ${range}`,
    analysis: "Analysis",
    solution: "Solution",
    expectedResult: "Expected result",
    changes: "Changes",
    what: "What",
    who: "Who",
    when: "When",
    effect: "Effect and measurement",
    tests: "Tests (PDSA)",
    results: "Results",
    followUp: "Plan for implementation and follow-up",
    none: "–",
  },
};

/**
 * The report's words in a language.
 *
 * @example
 * ```ts
 * reportStrings("nb").measureTypes.balancing; // "Balansemål"
 * ```
 */
export function reportStrings(lang: Lang): ReportStrings {
  return lang === "en" ? EN : NB;
}
