import type { MessageParams, ParamsOf } from "./locale/message.js";
import { CONVENTIONS } from "./rules/conventions.js";
import type { NormalisedSeries } from "./spec/normalise.js";
import type { ValidSpec } from "./spec/validate.js";
import type { Part, Point, Warning, WarningCode } from "./types.js";
import { WARNING_MESSAGES } from "./warning-messages.js";

/** A warning's code, English message and parameters (for writing it in bokmål later). */
function warning<K extends WarningCode & keyof typeof WARNING_MESSAGES.entries>(code: K, params: ParamsOf<typeof WARNING_MESSAGES, K>): Pick<Warning, "code" | "message" | "params"> {
  const { message } = WARNING_MESSAGES.issue(code, [], params);
  return { code, message, params: params as MessageParams };
}

/** Anhøj's rules need enough points: with fewer than 12 useful points a part's runs analysis says little. */
export const MIN_USEFUL_POINTS = 12;

/** At most this many positions are listed in a warning's message (and kept in its parameters). */
const LISTED = 8;

/**
 * Things a measurement lead should know about a result, each with where it applies. They never
 * change the numbers.
 */
export function collectWarnings(spec: ValidSpec, series: NormalisedSeries, points: Point[], parts: Part[]): Warning[] {
  const warnings: Warning[] = [];
  const unknown = [...spec.unknownFields, ...spec.rows.unknownFields.map((f) => `data[].${f}`)];
  if (unknown.length > 0) {
    warnings.push({ ...warning("unknown-field", { fields: unknown }), where: {} });
  }
  const withoutX = spec.rows.withoutX;
  if (withoutX.length > 0) {
    warnings.push({ ...warning("rows-without-x", { count: withoutX.length, rows: withoutX.slice(0, LISTED) }), where: { rows: withoutX } });
  }
  const convention = CONVENTIONS[spec.convention];
  // Under qicharts2 every chart gets the runs analysis's warning; elsewhere only charts whose rules use it.
  const runsRules = spec.convention === "qicharts2" || spec.rules.some((r) => r.rule === "longest-run" || r.rule === "crossings" || r.rule === "number-of-runs");
  if (spec.freeze !== undefined && series.partsGiven && convention.freeze === "per-facet") {
    warnings.push({ ...warning("freeze-ignored", {}), where: {} });
  }
  for (const r of series.returningLabels) {
    warnings.push({ ...warning("part-label-returns", { label: r.label, row: r.row, within: r.within }), where: { rows: [r.row] } });
  }

  for (const facet of series.facets) {
    const zero: number[] = [];
    const missing: number[] = [];
    for (let i = 0; i < facet.size; i++) {
      // A missing numerator or denominator leaves no (y, n) pair (R's complete cases), and the n
      // of no pairs sums to 0: that is a missing value, not a zero denominator.
      if (facet.yLength[i] === 0 || (spec.rows.n === null && Number.isNaN(facet.y[i]))) missing.push(i + 1);
      else if (spec.rows.n !== null && facet.n[i] === 0) zero.push(i + 1);
      else if (Number.isNaN(facet.y[i])) missing.push(i + 1);
    }
    if (zero.length > 0) {
      warnings.push({
        ...warning("zero-denominator", { count: zero.length, facet: facet.facet, positions: zero.slice(0, LISTED) }),
        where: { facet: facet.facet, points: zero },
      });
    }
    if (missing.length > 0) {
      const asZero = spec.aggregate === "sum" && spec.rows.n === null;
      warnings.push({
        ...warning("missing-values", { count: missing.length, facet: facet.facet, positions: missing.slice(0, LISTED), withN: spec.rows.n !== null, asZero }),
        where: { facet: facet.facet, points: missing },
      });
    }
  }

  let offset = 0;
  for (const part of parts) {
    const size = part.last - part.first + 1;
    const from = offset;
    offset += size;
    const where = { facet: part.facet, part: part.part };
    const named = { part: part.part, facet: part.facet };
    if (convention.shortPart !== null && size < convention.shortPart) {
      warnings.push({ ...warning("short-part", { ...named, size, min: convention.shortPart }), where });
    }
    if (runsRules && series.xType !== "category" && part.nUseful < MIN_USEFUL_POINTS) {
      warnings.push({ ...warning("too-few-points", { ...named, useful: part.nUseful, min: MIN_USEFUL_POINTS }), where });
    }
    if (part.method !== spec.method) {
      warnings.push({ ...warning("runs-method-fallback", { ...named, method: spec.method, useful: part.nUseful }), where });
    }
    let values = 0;
    let first: number | null = null;
    let allEqual = true;
    let anyLimit = false;
    for (let i = from; i < offset; i++) {
      const p = points[i]!;
      if (p.lcl !== null || p.ucl !== null) anyLimit = true;
      if (p.y === null) continue;
      values++;
      if (first === null) first = p.y;
      else if (p.y !== first) allEqual = false;
    }
    if (values > 1 && allEqual) {
      warnings.push({ ...warning("all-equal", { ...named, value: first }), where });
    }
    if (spec.kind.hasLimits && values > 0 && !anyLimit) {
      warnings.push({ ...warning("no-limits", named), where });
    }
  }
  return warnings;
}
