/**
 * Each rule's documentation: its exact definition, where it comes from and what its parameters
 * mean. Kept apart from the detectors, so that a bundle that computes charts but never shows
 * `RULE_INFO` does not carry it.
 *
 * @module
 */
import type { RuleId, Texts } from "./types.js";

/** What documentation and user interfaces say about a rule. */
export interface RuleDoc {
  /** The exact definition. */
  readonly definition: Texts;
  /** Where the rule comes from. */
  readonly source: string;
  /** What each parameter means, by name. */
  readonly params: Readonly<Record<string, Texts>>;
}

/**
 * Every rule's definition, source and parameter descriptions (docs/rules.md tells more).
 *
 * @example
 * ```ts
 * RULE_DOCS.shift.params.onLine.en; // "what a point on the centre line does"
 * ```
 */
export const RULE_DOCS: { readonly [R in RuleId]: RuleDoc } = {
  "outside-limits": {
    definition: {
      nb: "Ett punkt over øvre eller under nedre kontrollgrense (3 sigma). Et punkt på grensen er innenfor.",
      en: "One point above the upper or below the lower control limit (3 sigma). A point on a limit is inside.",
    },
    source: "Shewhart (1931); Western Electric Statistical Quality Control Handbook (1956), rule 1; Nelson (1984), test 1",
    params: {},
  },
  shift: {
    definition: {
      nb: "Minst N punkter på rad på samme side av midtlinjen. Et punkt på midtlinjen bryter serien (onLine: \"break\") eller hoppes over (\"skip\").",
      en: "At least N points in a row on the same side of the centre line. A point on the centre line breaks the run (onLine: \"break\") or is skipped (\"skip\").",
    },
    source: "Western Electric Handbook (1956) rule 4 (8 points); Nelson (1984) test 2 (9); NHS Making Data Count (7); Provost & Murray, IHI run-chart rules (6, points on the median skipped)",
    params: {
      n: { nb: "punkter på rad", en: "points in a row" },
      onLine: { nb: "hva et punkt på midtlinjen gjør", en: "what a point on the centre line does" },
    },
  },
  trend: {
    definition: {
      nb: "Minst N punkter på rad der hvert er høyere (eller hvert er lavere) enn det forrige. Like verdier bryter trenden (ties: \"break\") eller hoppes over (\"skip\").",
      en: "At least N points in a row, each higher (or each lower) than the one before. Equal values break the trend (ties: \"break\") or are skipped (\"skip\").",
    },
    source: "Nelson (1984) test 3 (6 points); NHS Making Data Count (7); Provost & Murray, IHI run-chart rules (5, like values skipped)",
    params: {
      n: { nb: "punkter på rad", en: "points in a row" },
      ties: { nb: "hva to like verdier på rad gjør", en: "what two equal values in a row do" },
      variant: {
        nb: "\"mdc\": det siste punktet i en trend som følges direkte av en ny trend, får siden til steget videre, som i NHSRplotthedots",
        en: "\"mdc\": the last point of a trend followed at once by another trend takes the side of the step to the next point, as in NHSRplotthedots",
      },
    },
  },
  "two-of-three": {
    definition: {
      nb: "Minst 2 av 3 punkter på rad mer enn 2 sigma fra midtlinjen på samme side. Variant \"mdc\": de 2 må ligge mellom 2 og 3 sigma, og alle 3 på samme side av midtlinjen.",
      en: "At least 2 of 3 points in a row more than 2 sigma from the centre line on the same side. Variant \"mdc\": the 2 must lie between 2 and 3 sigma, and all 3 on the same side of the centre line.",
    },
    source: "Western Electric Handbook (1956) rule 2; Nelson (1984) test 5; NHS Making Data Count, as NHSRplotthedots 0.2.2 implements it",
    params: { variant: { nb: "Western Electric/Nelson eller Making Data Count", en: "Western Electric/Nelson or Making Data Count" } },
  },
  "four-of-five": {
    definition: {
      nb: "Minst 4 av 5 punkter på rad mer enn 1 sigma fra midtlinjen på samme side.",
      en: "At least 4 of 5 points in a row more than 1 sigma from the centre line on the same side.",
    },
    source: "Western Electric Handbook (1956) rule 3; Nelson (1984) test 6",
    params: {},
  },
  alternating: {
    definition: {
      nb: "Minst N punkter på rad som går vekselvis opp og ned. To like verdier på rad bryter mønsteret.",
      en: "At least N points in a row going alternately up and down. Two equal values in a row break the pattern.",
    },
    source: "Nelson (1984) test 4 (14 points)",
    params: { n: { nb: "punkter på rad", en: "points in a row" } },
  },
  stratification: {
    definition: {
      nb: "Minst N punkter på rad innenfor 1 sigma fra midtlinjen, på begge sider av den. Et punkt på 1-sigma-linjen er innenfor.",
      en: "At least N points in a row within 1 sigma of the centre line, on both sides of it. A point on a 1-sigma line is within.",
    },
    source: "Nelson (1984) test 7 (15 points); Western Electric Handbook (1956), stratification pattern; qcc's Nelson 7 is sides: \"any\"",
    params: {
      n: { nb: "punkter på rad", en: "points in a row" },
      sides: { nb: "both: punkter på begge sider av midtlinjen (standard); any: på hvilken som helst side, som qcc", en: "both: points on both sides of the centre line (default); any: on any side, as qcc" },
    },
  },
  mixture: {
    definition: {
      nb: "Minst N punkter på rad mer enn 1 sigma fra midtlinjen, på begge sider av den.",
      en: "At least N points in a row more than 1 sigma from the centre line, on both sides of it.",
    },
    source: "Nelson (1984) test 8 (8 points); Western Electric Handbook (1956), mixture pattern",
    params: { n: { nb: "punkter på rad", en: "points in a row" } },
  },
  "longest-run": {
    definition: {
      nb: "En serie av punkter på samme side av midtlinjen som er lengre enn round(log2(n)) + 3 for n nyttige punkter (Anhøj). Punkter på midtlinjen hoppes over. Med best-box/cut-box: boksens grense.",
      en: "A run of points on one side of the centre line longer than round(log2(n)) + 3 for n useful points (Anhøj). Points on the centre line are skipped. With best box/cut box: the box's bound.",
    },
    source: "Anhøj & Olesen (2014), PLOS ONE 9(11): e113825; Schilling (2012); qicharts2 0.8.1; Anhøj & Wentzel-Larsen, \"Smooth operator\" (best/cut box)",
    params: {},
  },
  crossings: {
    definition: {
      nb: "Færre kryssinger av midtlinjen enn qbinom(0,05; n − 1; 0,5) for n nyttige punkter (Anhøj). Med best-box/cut-box: boksens grense.",
      en: "Fewer crossings of the centre line than qbinom(0.05, n − 1, 0.5) for n useful points (Anhøj). With best box/cut box: the box's bound.",
    },
    source: "Anhøj & Olesen (2014), PLOS ONE 9(11): e113825; Chen (2010); qicharts2 0.8.1",
    params: {},
  },
  astronomical: {
    definition: {
      nb: "Ett punkt utenfor kontrollgrensene; i et seriediagram utenfor midtlinjen ± 3 sigma, med sigma fra glidende variasjonsbredder som i et I-diagram.",
      en: "One point outside the control limits; on a run chart outside the centre line ± 3 sigma, with sigma from moving ranges as in an I chart.",
    },
    source: "Provost & Murray, The Health Care Data Guide (2011); Perla, Provost & Murray, BMJ Qual Saf 2011;20:46–51 (made exact here)",
    params: {},
  },
  "number-of-runs": {
    definition: {
      nb: "Antall serier (kryssinger + 1) utenfor [q + 1, n − q] med q = qbinom(0,025; n − 1; 0,5), for n ≥ 10 nyttige punkter.",
      en: "The number of runs (crossings + 1) outside [q + 1, n − q] with q = qbinom(0.025, n − 1, 0.5), for n ≥ 10 useful points.",
    },
    source: "Provost & Murray, The Health Care Data Guide (2011); Perla, Provost & Murray, BMJ Qual Saf 2011;20:46–51; Chen (2010) for the binomial model",
    params: {},
  },
};
