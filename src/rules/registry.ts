/**
 * The rule registry: every rule by id.
 *
 * @module
 */
import { alternating } from "./alternating.js";
import { astronomical } from "./astronomical.js";
import type { RuleDefinition } from "./context.js";
import { crossings } from "./crossings.js";
import { fourOfFive } from "./four-of-five.js";
import { longestRun } from "./longest-run.js";
import { mixture } from "./mixture.js";
import { numberOfRuns } from "./number-of-runs.js";
import { outsideLimits } from "./outside-limits.js";
import { shift } from "./shift.js";
import { stratification } from "./stratification.js";
import { trend } from "./trend.js";
import { twoOfThree } from "./two-of-three.js";
import type { RuleId } from "./types.js";

/**
 * Every rule by id: its names in bokmål and English, parameters and detector (the sentences that
 * explain its findings: src/rules/sentences.ts; definitions and sources: src/rules/docs.ts;
 * docs/rules.md describes each one).
 *
 * @example
 * ```ts
 * RULES.shift.name.nb;            // "Skift"
 * RULES.shift.params[0].default;  // 8
 * ```
 */
export const RULES: { readonly [R in RuleId]: RuleDefinition<R> } = {
  "outside-limits": outsideLimits,
  shift,
  trend,
  "two-of-three": twoOfThree,
  "four-of-five": fourOfFive,
  alternating,
  stratification,
  mixture,
  "longest-run": longestRun,
  crossings,
  astronomical,
  "number-of-runs": numberOfRuns,
};
