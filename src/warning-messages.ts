/**
 * The warnings of a computed chart (src/warnings.ts), in bokmål and English. The English text is
 * each warning's `message`; `params` let a caller write it in bokmål (`formatIssue`,
 * `issueMessage`). Recipe for a new message: the top of src/locale/message.ts.
 *
 * @module
 */
import { defineMessages } from "./locale/message.js";

/** Positions as a short list: "3, 7, 12 and 4 more"; `shown` holds at most the first few. */
function positionsEn(shown: readonly (string | number)[], count: number): string {
  return count > shown.length ? `${shown.join(", ")} and ${count - shown.length} more` : shown.join(", ");
}

function positionsNb(shown: readonly (string | number)[], count: number): string {
  return count > shown.length ? `${shown.join(", ")} og ${count - shown.length} til` : shown.join(", ");
}

const facetEn = (facet: string | null) => (facet === null ? "" : ` of facet "${facet}"`);
const facetNb = (facet: string | null) => (facet === null ? "" : ` i fasetten «${facet}»`);

/** The warnings' messages, by warning code. */
export const WARNING_MESSAGES = defineMessages(
  {
    "unknown-field": {
      en: (p: { fields: readonly string[] }) => `Ignored field${p.fields.length > 1 ? "s" : ""} the chart spec does not know: ${p.fields.join(", ")} (a typo?).`,
      nb: (p) => `${p.fields.length > 1 ? "Ukjente felt" : "Ukjent felt"} i diagramspesifikasjonen ble ignorert: ${p.fields.join(", ")} (en skrivefeil?).`,
    },
    "rows-without-x": {
      en: (p: { count: number; rows: readonly number[] }) =>
        `${p.count} row${p.count > 1 ? "s have" : " has"} no x (null) and ${p.count > 1 ? "are" : "is"} left out of the chart: row ${positionsEn(p.rows, p.count)} (counting from 0).`,
      nb: (p) => `${p.count} ${p.count > 1 ? "rader" : "rad"} mangler x (null) og er utelatt fra diagrammet: rad ${positionsNb(p.rows, p.count)} (talt fra 0).`,
    },
    "freeze-ignored": {
      en: () => "freeze is ignored because the chart has parts (as in qicharts2).",
      nb: () => "freeze blir ignorert fordi diagrammet har faser (som i qicharts2).",
    },
    "part-label-returns": {
      en: (p: { label: string; row: number; within: string }) =>
        `Part label "${p.label}" comes back at row ${p.row} (counting from 0) after part "${p.within}" began; a part starts where its label first appears (as in qicharts2), so that row stays in part "${p.within}". Use a new label for a new part.`,
      nb: (p) =>
        `Fasenavnet «${p.label}» kommer tilbake i rad ${p.row} (talt fra 0) etter at fasen «${p.within}» begynte; en fase starter der navnet først står (som i qicharts2), så raden blir i fasen «${p.within}». Bruk et nytt navn for en ny fase.`,
    },
    "zero-denominator": {
      en: (p: { count: number; facet: string | null; positions: readonly number[] }) =>
        `${p.count} subgroup${p.count > 1 ? "s have" : " has"} a denominator of 0${facetEn(p.facet)} (position ${positionsEn(p.positions, p.count)}): no value and no limits there.`,
      nb: (p) =>
        `${p.count} ${p.count > 1 ? "undergrupper" : "undergruppe"} har nevner 0${facetNb(p.facet)} (posisjon ${positionsNb(p.positions, p.count)}): ingen verdi og ingen grenser der.`,
    },
    "missing-values": {
      en: (p: { count: number; facet: string | null; positions: readonly number[]; withN: boolean; asZero: boolean }) =>
        `${p.count} subgroup${p.count > 1 ? "s have" : " has"} no value${p.withN ? " (a numerator or denominator is missing)" : ""}${facetEn(p.facet)} (position ${positionsEn(p.positions, p.count)})${p.asZero ? '; with aggregate "sum" they are plotted as 0, as in qicharts2' : ""}.`,
      nb: (p) =>
        `${p.count} ${p.count > 1 ? "undergrupper" : "undergruppe"} mangler verdi${p.withN ? " (en teller eller nevner mangler)" : ""}${facetNb(p.facet)} (posisjon ${positionsNb(p.positions, p.count)})${p.asZero ? '; med aggregate "sum" vises de som 0, som i qicharts2' : ""}.`,
    },
    "short-part": {
      en: (p: { part: number; facet: string | null; size: number; min: number }) =>
        `Part ${p.part}${facetEn(p.facet)} has ${p.size} subgroup${p.size === 1 ? "" : "s"}; with fewer than ${p.min} its limits are trial limits that will change as points are added (Making Data Count).`,
      nb: (p) =>
        `Fase ${p.part}${facetNb(p.facet)} har ${p.size} ${p.size === 1 ? "undergruppe" : "undergrupper"}; med færre enn ${p.min} er grensene foreløpige og vil endre seg når flere punkter kommer til (Making Data Count).`,
    },
    "too-few-points": {
      en: (p: { part: number; facet: string | null; useful: number; min: number }) =>
        `Part ${p.part}${facetEn(p.facet)} has ${p.useful} useful point${p.useful === 1 ? "" : "s"}; with fewer than ${p.min} the runs analysis rarely detects a change, and limits are uncertain.`,
      nb: (p) =>
        `Fase ${p.part}${facetNb(p.facet)} har ${p.useful} ${p.useful === 1 ? "nyttig punkt" : "nyttige punkter"}; med færre enn ${p.min} oppdager serieanalysen sjelden en endring, og grensene er usikre.`,
    },
    "runs-method-fallback": {
      en: (p: { part: number; facet: string | null; method: string; useful: number }) =>
        `Part ${p.part}${facetEn(p.facet)}: the ${p.method} rule is defined for 10 to 100 useful points only, so Anhøj's rule was used for ${p.useful}.`,
      nb: (p) => `Fase ${p.part}${facetNb(p.facet)}: regelen ${p.method} gjelder bare for 10 til 100 nyttige punkter, så Anhøjs regel ble brukt for ${p.useful}.`,
    },
    "all-equal": {
      en: (p: { part: number; facet: string | null; value: number | null }) => `Part ${p.part}${facetEn(p.facet)}: every value is ${p.value}; there is no variation to analyse.`,
      nb: (p) => `Fase ${p.part}${facetNb(p.facet)}: alle verdiene er ${p.value}; det er ingen variasjon å analysere.`,
    },
    "no-limits": {
      en: (p: { part: number; facet: string | null }) => `Part ${p.part}${facetEn(p.facet)}: no control limits could be computed (too few points, or no variation).`,
      nb: (p) => `Fase ${p.part}${facetNb(p.facet)}: ingen kontrollgrenser kunne beregnes (for få punkter, eller ingen variasjon).`,
    },
  },
  "warnings",
);
