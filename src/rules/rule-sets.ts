/**
 * Named rule sets: which rules a school uses, with its parameters, in order of precedence.
 *
 * @module
 */
import { RULE_SET_RULES } from "./rule-set-rules.js";
import type { RuleConfig, RuleSetName, Texts } from "./types.js";

/** A named set of rules, in order of precedence (the first rule that flags a point is the one shown first). */
export interface RuleSet {
  readonly name: RuleSetName;
  readonly title: Texts;
  readonly source: string;
  readonly rules: readonly RuleConfig[];
}

/**
 * What each rule set is called, in bokmål and English (explain() names the set in force with it).
 *
 * @example
 * ```ts
 * RULE_SET_TITLES.nelson.en; // "Nelson rules"
 * ```
 */
export const RULE_SET_TITLES: { readonly [N in RuleSetName]: Texts } = {
  anhoej: { nb: "Anhøjs regler (qicharts2)", en: "Anhøj's rules (qicharts2)" },
  "western-electric": { nb: "Western Electric-reglene", en: "Western Electric rules" },
  nelson: { nb: "Nelsons regler", en: "Nelson rules" },
  mdc: { nb: "Making Data Count (NHS England)", en: "Making Data Count (NHS England)" },
  ihi: { nb: "IHIs regler for seriediagram", en: "IHI run-chart rules" },
};

// The rules come from rule-set-rules.ts, which compute() reads without these words; the calls are
// pure, so that a bundle that only names the set in force (explain) drops the sources.
const set = (name: RuleSetName, source: string): RuleSet =>
  Object.freeze({ name, title: RULE_SET_TITLES[name], source, rules: RULE_SET_RULES[name] });

/**
 * Every named rule set. Precedence is the order of `rules`; see docs/rules.md.
 *
 * - `anhoej` (the default under `convention: "qicharts2"`): Anhøj's runs analysis and the
 *   3-sigma limits, as qicharts2.
 * - `western-electric`: the four zone rules of the Western Electric handbook.
 * - `nelson`: Nelson's eight tests (sided rules first).
 * - `mdc` (the default under `convention: "mdc"`): NHS England's Making Data Count, as
 *   NHSRplotthedots 0.2.2: outside the limits > trend > two in three > shift.
 * - `ihi`: the run-chart rules of the IHI (Provost & Murray).
 *
 * @example
 * ```ts
 * RULE_SETS.mdc.rules.map((r) => r.rule); // ["outside-limits", "trend", "two-of-three", "shift"]
 * ```
 */
export const RULE_SETS: { readonly [N in RuleSetName]: RuleSet } = {
  anhoej: /* @__PURE__ */ set("anhoej", "Anhøj & Olesen (2014), PLOS ONE 9(11): e113825; qicharts2 0.8.1"),
  "western-electric": /* @__PURE__ */ set("western-electric", "Western Electric Company, Statistical Quality Control Handbook (1956), zone rules 1–4"),
  nelson: /* @__PURE__ */ set("nelson", "Nelson, L. S. (1984), The Shewhart control chart — tests for special causes, J. Quality Technology 16(4): 237–239"),
  mdc: /* @__PURE__ */ set("mdc", "NHS England / NHS Improvement, Making Data Count (2019); NHSRplotthedots 0.2.2"),
  ihi: /* @__PURE__ */ set("ihi", "Provost & Murray, The Health Care Data Guide (2011); Perla, Provost & Murray, BMJ Qual Saf 2011;20:46–51"),
};

/**
 * Whether Anhøj's runs rules (longest run, crossings) are among the rules in force: only then do
 * a part's `runsSignal` and its false-alarm rate belong on the chart and in its story.
 *
 * @example
 * ```ts
 * usesAnhoejRuns(RULE_SETS.anhoej.rules); // true
 * usesAnhoejRuns(RULE_SETS.mdc.rules);    // false
 * ```
 */
export function usesAnhoejRuns(rules: readonly RuleConfig[]): boolean {
  return rules.some((r) => r.rule === "longest-run" || r.rule === "crossings");
}
