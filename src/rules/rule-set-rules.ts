/**
 * The rules of each named rule set, in order of precedence: all that compute() needs of a set.
 * Their titles and sources (RULE_SETS in rule-sets.ts) are words for explain() and the docs, and
 * stay out of the `import { compute }` bundle.
 *
 * @module
 */
import type { RuleConfig, RuleSetName } from "./types.js";

const frozen = (rules: RuleConfig[]): readonly RuleConfig[] => Object.freeze(rules.map((r) => Object.freeze(r)));

/**
 * The rules of every named rule set; see RULE_SETS for what each set is.
 *
 * @example
 * ```ts
 * RULE_SET_RULES.mdc.map((r) => r.rule); // ["outside-limits", "trend", "two-of-three", "shift"]
 * ```
 */
export const RULE_SET_RULES: { readonly [N in RuleSetName]: readonly RuleConfig[] } = {
  anhoej: frozen([{ rule: "outside-limits" }, { rule: "longest-run" }, { rule: "crossings" }]),
  "western-electric": frozen([{ rule: "outside-limits" }, { rule: "two-of-three", variant: "standard" }, { rule: "four-of-five" }, { rule: "shift", n: 8, onLine: "break" }]),
  nelson: frozen([
    { rule: "outside-limits" },
    { rule: "two-of-three", variant: "standard" },
    { rule: "four-of-five" },
    { rule: "shift", n: 9, onLine: "break" },
    { rule: "trend", n: 6, ties: "break", variant: "standard" },
    { rule: "alternating", n: 14 },
    { rule: "stratification", n: 15, sides: "both" },
    { rule: "mixture", n: 8 },
  ]),
  mdc: frozen([
    { rule: "outside-limits" },
    { rule: "trend", n: 7, ties: "break", variant: "mdc" },
    { rule: "two-of-three", variant: "mdc" },
    { rule: "shift", n: 7, onLine: "break" },
  ]),
  ihi: frozen([
    { rule: "astronomical" },
    { rule: "shift", n: 6, onLine: "skip" },
    { rule: "trend", n: 5, ties: "skip", variant: "standard" },
    { rule: "number-of-runs" },
  ]),
};
