/**
 * The warnings of a computed chart (src/compute/warnings.ts), in English: each warning's `message`. Its
 * `params` let a caller write it in bokmål with the texts of warning-messages-nb.ts (`formatIssue`
 * and the CLI load them). Recipe for a new message: the top of src/locale/message.ts.
 *
 * @module
 */
import { defineMessages } from "../locale/message.js";

/** Positions as a short list: "3, 7, 12 and 4 more" (the first 8). */
function positionsEn(all: readonly (string | number)[]): string {
  return all.length > 8 ? `${all.slice(0, 8).join(", ")} and ${all.length - 8} more` : all.join(", ");
}

const facetEn = (facet: string | null) => (facet === null ? "" : ` of facet "${facet}"`);

/** The warnings' messages, by warning code. */
export const WARNING_MESSAGES = /* @__PURE__ */ defineMessages(
  {
    "unknown-field": {
      en: (p: { fields: readonly string[] }) => `Ignored field${p.fields.length > 1 ? "s" : ""} the chart spec does not know: ${p.fields.join(", ")} (a typo?).`,
    },
    "rows-without-x": {
      en: (p: { rows: readonly number[] }) =>
        `${p.rows.length} row${p.rows.length > 1 ? "s have" : " has"} no x (null) and ${p.rows.length > 1 ? "are" : "is"} left out of the chart: row ${positionsEn(p.rows)} (counting from 0).`,
    },
    "freeze-ignored": {
      en: () => "freeze is ignored because the chart has parts (as in qicharts2).",
    },
    "part-label-returns": {
      en: (p: { label: string; row: number; within: string }) =>
        `Part label "${p.label}" comes back at row ${p.row} (counting from 0) after part "${p.within}" began; a part starts where its label first appears (as in qicharts2), so that row stays in part "${p.within}". Use a new label for a new part.`,
    },
    "zero-denominator": {
      en: (p: { facet: string | null; positions: readonly number[] }) =>
        `${p.positions.length} subgroup${p.positions.length > 1 ? "s have" : " has"} a denominator of 0${facetEn(p.facet)} (position ${positionsEn(p.positions)}): no value and no limits there.`,
    },
    "missing-values": {
      en: (p: { facet: string | null; positions: readonly number[]; withN: boolean; asZero: boolean }) =>
        `${p.positions.length} subgroup${p.positions.length > 1 ? "s have" : " has"} no value${p.withN ? " (a numerator or denominator is missing)" : ""}${facetEn(p.facet)} (position ${positionsEn(p.positions)})${p.asZero ? '; with aggregate "sum" they are plotted as 0, as in qicharts2' : ""}.`,
    },
    "short-part": {
      en: (p: { part: number; facet: string | null; size: number; min: number }) =>
        `Part ${p.part}${facetEn(p.facet)} has ${p.size} subgroup${p.size === 1 ? "" : "s"}; with fewer than ${p.min} its limits are trial limits that will change as points are added (Making Data Count).`,
    },
    "too-few-points": {
      en: (p: { part: number; facet: string | null; useful: number; min: number }) =>
        `Part ${p.part}${facetEn(p.facet)} has ${p.useful} useful point${p.useful === 1 ? "" : "s"}; with fewer than ${p.min} the runs analysis rarely detects a change, and limits are uncertain.`,
    },
    "runs-method-fallback": {
      en: (p: { part: number; facet: string | null; method: string; useful: number }) =>
        `Part ${p.part}${facetEn(p.facet)}: the ${p.method} rule is defined for 10 to 100 useful points only, so Anhøj's rule was used for ${p.useful}.`,
    },
    "all-equal": {
      en: (p: { part: number; facet: string | null; value: number | null }) => `Part ${p.part}${facetEn(p.facet)}: every value is ${p.value}; there is no variation to analyse.`,
    },
    "no-limits": {
      en: (p: { part: number; facet: string | null }) => `Part ${p.part}${facetEn(p.facet)}: no control limits could be computed (too few points, or no variation).`,
    },
  },
  "warnings",
);
