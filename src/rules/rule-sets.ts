/**
 * Named rule sets: which rules a school uses, with its parameters, in order of precedence.
 *
 * @module
 */
import type { RuleConfig, RuleSetName, Texts } from "./types.js";

/** A named set of rules, in order of precedence (the first rule that flags a point is the one shown first). */
export interface RuleSet {
  readonly name: RuleSetName;
  readonly title: Texts;
  readonly source: string;
  readonly rules: readonly RuleConfig[];
}

const set = (name: RuleSetName, title: Texts, source: string, rules: RuleConfig[]): RuleSet =>
  Object.freeze({ name, title, source, rules: Object.freeze(rules.map((r) => Object.freeze(r))) });

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
  anhoej: set(
    "anhoej",
    { nb: "Anhøjs regler (qicharts2)", en: "Anhøj's rules (qicharts2)" },
    "Anhøj & Olesen (2014), PLOS ONE 9(11): e113825; qicharts2 0.8.1",
    [{ rule: "outside-limits" }, { rule: "longest-run" }, { rule: "crossings" }],
  ),
  "western-electric": set(
    "western-electric",
    { nb: "Western Electric-reglene", en: "Western Electric rules" },
    "Western Electric Company, Statistical Quality Control Handbook (1956), zone rules 1–4",
    [{ rule: "outside-limits" }, { rule: "two-of-three", variant: "standard" }, { rule: "four-of-five" }, { rule: "shift", n: 8, onLine: "break" }],
  ),
  nelson: set(
    "nelson",
    { nb: "Nelsons regler", en: "Nelson rules" },
    "Nelson, L. S. (1984), The Shewhart control chart — tests for special causes, J. Quality Technology 16(4): 237–239",
    [
      { rule: "outside-limits" },
      { rule: "two-of-three", variant: "standard" },
      { rule: "four-of-five" },
      { rule: "shift", n: 9, onLine: "break" },
      { rule: "trend", n: 6, ties: "break", variant: "standard" },
      { rule: "alternating", n: 14 },
      { rule: "stratification", n: 15, sides: "both" },
      { rule: "mixture", n: 8 },
    ],
  ),
  mdc: set(
    "mdc",
    { nb: "Making Data Count (NHS England)", en: "Making Data Count (NHS England)" },
    "NHS England / NHS Improvement, Making Data Count (2019); NHSRplotthedots 0.2.2",
    [
      { rule: "outside-limits" },
      { rule: "trend", n: 7, ties: "break", variant: "mdc" },
      { rule: "two-of-three", variant: "mdc" },
      { rule: "shift", n: 7, onLine: "break" },
    ],
  ),
  ihi: set(
    "ihi",
    { nb: "IHIs regler for seriediagram", en: "IHI run-chart rules" },
    "Provost & Murray, The Health Care Data Guide (2011); Perla, Provost & Murray, BMJ Qual Saf 2011;20:46–51",
    [
      { rule: "astronomical" },
      { rule: "shift", n: 6, onLine: "skip" },
      { rule: "trend", n: 5, ties: "skip", variant: "standard" },
      { rule: "number-of-runs" },
    ],
  ),
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
