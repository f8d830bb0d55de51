import type { ChartSpec, ChartSpecDraft } from "../../src/index.js";
import type { Direction, Variation } from "../../src/rules/types.js";

/** An NHSRplotthedots case (shared/reference/mdc/README.md, "Case schema"). */
export interface MdcCase {
  name: string;
  values: (number | null)[];
  dates: string[];
  improvement_direction: Direction;
  target: number | null;
  rebase: string[];
  fix_after_n_points: number | null;
  screen_outliers: boolean;
}

/**
 * The case as a chart spec: an I chart under the mdc convention, x = dates, y = values; each
 * rebase date starts a new part (a break after its position − 1; a date not in the data, or the
 * first date, changes nothing); fix_after_n_points → freeze; screen_outliers → screenMovingRanges.
 */
export function mdcCaseToSpec(c: MdcCase): ChartSpec {
  const spec: ChartSpecDraft = {
    chart: "i",
    convention: "mdc",
    direction: c.improvement_direction,
    screenMovingRanges: c.screen_outliers,
    data: c.values.map((y, i) => ({ x: c.dates[i]!, y })),
  };
  const breaks = c.rebase
    .map((date) => c.dates.indexOf(date))
    .filter((position) => position > 0)
    .sort((a, b) => a - b);
  if (breaks.length > 0) spec.breaks = [...new Set(breaks)];
  if (c.target !== null) spec.target = c.target;
  if (c.fix_after_n_points !== null) spec.freeze = c.fix_after_n_points;
  return spec as ChartSpec;
}

/** NHSRplotthedots' point type, read with the improvement direction, as our variation. */
export function variationOfPointType(type: string, direction: Direction): Variation {
  switch (type) {
    case "common_cause":
      return "common";
    case "special_cause_improvement":
      return direction === "decrease" ? "improvement-low" : "improvement-high";
    case "special_cause_concern":
      return direction === "decrease" ? "concern-high" : "concern-low";
    case "special_cause_neutral_high":
      return "neutral-high";
    case "special_cause_neutral_low":
      return "neutral-low";
    default:
      throw new Error(`unknown point type ${type}`);
  }
}

/** The rule behind NHSRplotthedots' special-cause type, or null for common cause. */
export function ruleOfSpecialCause(type: string): string | null {
  if (type === "Common Cause") return null;
  if (type === "Above UCL" || type === "Below LCL") return "outside-limits";
  if (type.startsWith("7 Point Trend")) return "trend";
  if (type.startsWith("2 in 3")) return "two-of-three";
  if (type.startsWith("7 Points")) return "shift";
  throw new Error(`unknown special cause type ${type}`);
}

