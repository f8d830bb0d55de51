/**
 * Signal rules that explain themselves: the public face of src/rules.
 *
 * @module
 */
export { RULE_INFO, type RuleInfo, type RuleParamInfo } from "./info.js";
export { RULE_DOCS, type RuleDoc } from "./docs.js";
export { RULE_SETS, type RuleSet } from "./rule-sets.js";
export { CONVENTIONS, type ConventionDefaults } from "./conventions.js";
export { ruleConfigs } from "./resolve.js";
export { explain, type ExplainOptions } from "./explain.js";
export { describeFinding, type DescribeFindingOptions, type FindingText } from "./describe.js";
export { suggestBreaks, type BreakSuggestion, type SuggestBreaksOptions } from "./suggest-breaks.js";
export { falseAlarmProbability } from "../runs/false-alarm-probability.js";
export { variationOf, assuranceOf } from "./variation.js";
// The rules' public vocabulary: everything rules/types.ts exports is public, and only that.
export * from "./types.js";
