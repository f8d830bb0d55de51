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
export {
  RULE_IDS,
  RULE_SET_NAMES,
  CONVENTION_NAMES,
  DIRECTIONS,
  NO_SIGNALS,
  type Assurance,
  type Convention,
  type Direction,
  type Finding,
  type Icon,
  type Lang,
  type RuleConfig,
  type RuleConfigOf,
  type RuleId,
  type RuleParam,
  type RuleSetName,
  type Side,
  type Signal,
  type Texts,
  type Variation,
} from "./types.js";
