/**
 * Conventions: a school's bundle of defaults.
 *
 * @module
 */
import type { Convention, RuleSetName, Texts } from "./types.js";

/** What a convention decides besides the formulas of each chart. */
export interface ConventionDefaults {
  readonly name: Convention;
  readonly title: Texts;
  /** The rule set used when the spec gives no `rules`. */
  readonly rules: RuleSetName;
  /** I charts: limits mean ± 2.66 × mean moving range (MDC) or ± 3 × mean moving range / 1.128 (qicharts2). */
  readonly iChartLimits: "mdc" | "qicharts2";
  /** `freeze` counts within each part (MDC) or across the facet and is ignored with parts (qicharts2). */
  readonly freeze: "per-part" | "per-facet";
  /** A missing value ends runs, trends and windows (MDC) or is stepped over (qicharts2). */
  readonly missing: "break" | "skip";
  /** Warn about parts with fewer than this many subgroups (MDC: 13, "trial limits"); `null`: no such warning. */
  readonly shortPart: number | null;
}

/**
 * The conventions by name.
 *
 * - `qicharts2` (default): qicharts2 0.8.1 bit for bit — its limits, `freeze` across the facet
 *   and ignored when there are parts, Anhøj's rules; missing values are stepped over.
 * - `mdc`: Making Data Count as NHSRplotthedots 0.2.2 computes it — I-chart limits mean ±
 *   2.66 × mean moving range and 2-sigma lines at ± (2/3)·2.66, `freeze` within each part, the
 *   `mdc` rule set, a missing value breaks every run, trend and window, and a `short-part`
 *   warning for parts under 13 subgroups. Other chart types keep their own limits.
 *
 * @example
 * ```ts
 * CONVENTIONS.mdc.rules; // "mdc"
 * ```
 */
export const CONVENTIONS: { readonly [C in Convention]: ConventionDefaults } = {
  qicharts2: Object.freeze({
    name: "qicharts2",
    title: { nb: "qicharts2 (Anhøj)", en: "qicharts2 (Anhøj)" },
    rules: "anhoej",
    iChartLimits: "qicharts2",
    freeze: "per-facet",
    missing: "skip",
    shortPart: null,
  }),
  mdc: Object.freeze({
    name: "mdc",
    title: { nb: "Making Data Count (NHS England)", en: "Making Data Count (NHS England)" },
    rules: "mdc",
    iChartLimits: "mdc",
    freeze: "per-part",
    missing: "break",
    shortPart: 13,
  }),
};
