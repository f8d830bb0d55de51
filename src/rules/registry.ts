/**
 * The rule registry: every rule by id, with its names.
 *
 * @module
 */
import type { RuleDefinition } from "./context.js";
import { DETECTORS } from "./detectors.js";
import { RULE_NAMES } from "./rule-names.js";
import { RULE_IDS, type RuleId } from "./types.js";

/**
 * Every rule by id: its names in bokmål and English, parameters and detector (the sentences that
 * explain its findings: src/rules/sentences.ts; definitions and sources: src/rules/docs.ts;
 * docs/rules.md describes each one). compute() reads DETECTORS, which has no names.
 *
 * @example
 * ```ts
 * RULES.shift.name.nb;            // "Skift"
 * RULES.shift.params[0].default;  // 8
 * ```
 */
export const RULES: { readonly [R in RuleId]: RuleDefinition<R> } = Object.fromEntries(
  RULE_IDS.map((id) => [id, { ...DETECTORS[id], name: RULE_NAMES[id] }]),
) as { readonly [R in RuleId]: RuleDefinition<R> };
