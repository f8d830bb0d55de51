/**
 * What each rule is called, in bokmål and English: words for explain(), the legend and RULE_INFO,
 * kept apart from the detectors (detectors.ts) so that `import { compute }` carries none of them.
 *
 * @module
 */
import type { RuleId, Texts } from "./types.js";

/**
 * The name of every rule.
 *
 * @example
 * ```ts
 * RULE_NAMES.shift.nb; // "Skift"
 * ```
 */
export const RULE_NAMES: { readonly [R in RuleId]: Texts } = {
  "outside-limits": { nb: "Utenfor kontrollgrensene", en: "Outside the control limits" },
  shift: { nb: "Skift", en: "Shift" },
  trend: { nb: "Trend", en: "Trend" },
  "two-of-three": { nb: "To av tre", en: "Two of three" },
  "four-of-five": { nb: "Fire av fem", en: "Four of five" },
  alternating: { nb: "Vekselvis opp og ned", en: "Alternating" },
  stratification: { nb: "Stratifisering", en: "Stratification" },
  mixture: { nb: "Blanding", en: "Mixture" },
  "longest-run": { nb: "Lengste serie", en: "Longest run" },
  crossings: { nb: "Få kryssinger", en: "Few crossings" },
  astronomical: { nb: "Astronomisk punkt", en: "Astronomical point" },
  "number-of-runs": { nb: "For få eller for mange serier", en: "Too few or too many runs" },
};
