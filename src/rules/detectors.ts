/**
 * Every rule's detector by id: what compute() runs (names and sentences are elsewhere, so that
 * its bundle carries no words).
 *
 * @module
 */
import { alternating } from "./alternating.js";
import { astronomical } from "./astronomical.js";
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
import type { RuleDetector } from "./context.js";
import type { RuleId } from "./types.js";

/**
 * Every rule's detector and parameters, by id.
 *
 * @example
 * ```ts
 * DETECTORS.shift.params[0].default; // 8
 * ```
 */
export const DETECTORS: { readonly [R in RuleId]: RuleDetector<R> } = {
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
