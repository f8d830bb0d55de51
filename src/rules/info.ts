/**
 * What the public API tells about each rule: the registry without its detector.
 *
 * @module
 */
import { RULE_DOCS } from "./docs.js";
import { RULES } from "./registry.js";
import { RULE_IDS, type RuleId, type RuleParam, type Texts } from "./types.js";

/** A parameter with what it means. */
export type RuleParamInfo = RuleParam & { readonly description: Texts };

/** A rule as documentation and user interfaces see it. */
export interface RuleInfo {
  readonly id: RuleId;
  /** Its name in bokmål and English. */
  readonly name: Texts;
  /** Its exact definition. */
  readonly definition: Texts;
  /** Where it comes from. */
  readonly source: string;
  /** Its parameters, with their defaults and meaning. */
  readonly params: readonly RuleParamInfo[];
  /** Whether its findings have a side (above/below, rising/falling). */
  readonly sided: boolean;
  /** Whether it looks at points in order (false: one point at a time). */
  readonly sequential: boolean;
}

/**
 * Every rule's name, definition, source and parameters, by id (docs/rules.md tells more).
 *
 * @example
 * ```ts
 * RULE_INFO["two-of-three"].name.nb;   // "To av tre"
 * RULE_INFO.shift.params.map((p) => p.name); // ["n", "onLine"]
 * ```
 */
export const RULE_INFO: { readonly [R in RuleId]: RuleInfo } = Object.freeze(
  Object.fromEntries(
    RULE_IDS.map((id): [RuleId, RuleInfo] => {
      const { name, params, sided, sequential } = RULES[id];
      const { definition, source, params: meaning } = RULE_DOCS[id];
      const described = params.map((p): RuleParamInfo => Object.freeze({ ...p, description: meaning[p.name] ?? { nb: "", en: "" } }));
      return [id, Object.freeze({ id, name, definition, source, params: described, sided, sequential })];
    }),
  ) as { [R in RuleId]: RuleInfo },
);
