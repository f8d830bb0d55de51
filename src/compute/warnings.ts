import { CONVENTIONS } from "../rules/conventions.js";
import type { NormalisedSeries } from "../chart-spec/normalise.js";
import type { ValidSpec } from "../chart-spec/validate.js";
import type { Part, Warning } from "../types.js";

/** Anhøj's rules need enough points: with fewer than 12 useful points a part's runs analysis says little. */
export const MIN_USEFUL_POINTS = 12;

/** Lists positions compactly in messages: "3, 7, 12 and 4 more". */
function listPositions(positions: number[], max = 8): string {
  const shown = positions.slice(0, max).join(", ");
  return positions.length > max ? `${shown} and ${positions.length - max} more` : shown;
}

/** What the warnings need to know of one part's plotted values, gathered while its points are made. */
export interface PartValues {
  /** Points with a value. */
  values: number;
  /** The first value, or null when there is none. */
  first: number | null;
  /** Every value equals the first. */
  allEqual: boolean;
  /** Some point has a lower or upper limit. */
  anyLimit: boolean;
  /** The lower or upper limit varies by point. */
  variableLimits: boolean;
}

/**
 * Things a measurement lead should know about a result, each with where it applies. They never
 * change the numbers.
 */
export function collectWarnings(spec: ValidSpec, series: NormalisedSeries, parts: Part[], partValues: PartValues[], valueless: Uint8Array): Warning[] {
  const warnings: Warning[] = [];
  const unknown = [...spec.unknownFields, ...spec.rows.unknownFields.map((f) => `data[].${f}`)];
  if (unknown.length > 0) {
    warnings.push({
      code: "unknown-field",
      message: `Ignored field${unknown.length > 1 ? "s" : ""} the chart spec does not know: ${unknown.join(", ")} (a typo?).`,
      params: { fields: unknown },
      where: {},
    });
  }
  const withoutX = spec.rows.withoutX;
  if (withoutX.length > 0) {
    warnings.push({
      code: "rows-without-x",
      message: `${withoutX.length} row${withoutX.length > 1 ? "s have" : " has"} no x (null) and ${withoutX.length > 1 ? "are" : "is"} left out of the chart: row ${listPositions(withoutX)} (counting from 0).`,
      params: { rows: withoutX },
      where: { rows: withoutX },
    });
  }
  const convention = CONVENTIONS[spec.convention];
  // Under qicharts2 every chart gets the runs analysis's warning; elsewhere only charts whose rules use it.
  const runsRules = spec.convention === "qicharts2" || spec.rules.some((r) => r.rule === "longest-run" || r.rule === "crossings" || r.rule === "number-of-runs");
  if (spec.freeze !== undefined && series.partsGiven && convention.freeze === "per-facet") {
    warnings.push({ code: "freeze-ignored", message: "freeze is ignored because the chart has parts (as in qicharts2).", params: {}, where: {} });
  }
  for (const r of series.returningLabels) {
    warnings.push({
      code: "part-label-returns",
      message: `Part label "${r.label}" comes back at row ${r.row} (counting from 0) after part "${r.within}" began; a part starts where its label first appears (as in qicharts2), so that row stays in part "${r.within}". Use a new label for a new part.`,
      params: { label: r.label, row: r.row, within: r.within },
      where: { rows: [r.row] },
    });
  }
  const facetLabel = (facet: string | null) => (facet === null ? "" : ` of facet "${facet}"`);

  let pointAt = 0;
  // Read once, not for every point: the loop below runs over every subgroup of the chart.
  const hasN = spec.rows.n !== null;
  for (const facet of series.facets) {
    const zero: number[] = [];
    const missing: number[] = [];
    const beyond: number[] = [];
    const { yLength, y, n } = facet;
    for (let i = 0; i < facet.size; i++) {
      // A missing numerator or denominator leaves no (y, n) pair (R's complete cases), and the n
      // of no pairs sums to 0: that is a missing value, not a zero denominator.
      if (yLength[i] === 0 || (!hasN && Number.isNaN(y[i]))) missing.push(i + 1);
      else if (hasN && n[i] === 0) zero.push(i + 1);
      else if (Number.isNaN(y[i])) missing.push(i + 1);
      // A value that is there but whose point has none overflowed (1e308 / 1e-10, or times multiply).
      else if (valueless[pointAt + i] === 1) beyond.push(i + 1);
    }
    pointAt += facet.size;
    if (beyond.length > 0) {
      warnings.push({
        code: "value-out-of-range",
        message: `${beyond.length} subgroup${beyond.length > 1 ? "s have" : " has"} a value too large to compute${facetLabel(facet.facet)} (position ${listPositions(beyond)}): beyond ±1.8e308 after dividing by n or multiplying, so not drawn.`,
        where: { facet: facet.facet, points: beyond },
      });
    }
    if (zero.length > 0) {
      warnings.push({
        code: "zero-denominator",
        message: `${zero.length} subgroup${zero.length > 1 ? "s have" : " has"} a denominator of 0${facetLabel(facet.facet)} (position ${listPositions(zero)}): no value and no limits there.`,
        params: { facet: facet.facet, positions: zero },
        where: { facet: facet.facet, points: zero },
      });
    }
    if (missing.length > 0) {
      const asZero = spec.aggregate === "sum" && spec.rows.n === null;
      warnings.push({
        code: "missing-values",
        message: `${missing.length} subgroup${missing.length > 1 ? "s have" : " has"} no value${spec.rows.n === null ? "" : " (a numerator or denominator is missing)"}${facetLabel(facet.facet)} (position ${listPositions(missing)})${asZero ? '; with aggregate "sum" they are plotted as 0, as in qicharts2' : ""}.`,
        params: { facet: facet.facet, positions: missing, withN: spec.rows.n !== null, asZero },
        where: { facet: facet.facet, points: missing },
      });
    }
  }

  parts.forEach((part, k) => {
    const size = part.last - part.first + 1;
    const where = { facet: part.facet, part: part.part };
    const name = `Part ${part.part}${facetLabel(part.facet)}`;
    if (convention.shortPart !== null && size < convention.shortPart) {
      warnings.push({
        code: "short-part",
        message: `${name} has ${size} subgroup${size === 1 ? "" : "s"}; with fewer than ${convention.shortPart} its limits are trial limits that will change as points are added (Making Data Count).`,
        params: { ...where, size, min: convention.shortPart },
        where,
      });
    }
    if (runsRules && series.xType !== "category" && part.nUseful < MIN_USEFUL_POINTS) {
      warnings.push({
        code: "too-few-points",
        message: `${name} has ${part.nUseful} useful point${part.nUseful === 1 ? "" : "s"}; with fewer than ${MIN_USEFUL_POINTS} the runs analysis rarely detects a change, and limits are uncertain.`,
        params: { ...where, useful: part.nUseful, min: MIN_USEFUL_POINTS },
        where,
      });
    }
    if (part.method !== spec.method) {
      warnings.push({
        code: "runs-method-fallback",
        message: `${name}: the ${spec.method} rule is defined for 10 to 100 useful points only, so Anhøj's rule was used for ${part.nUseful}.`,
        params: { ...where, method: spec.method, useful: part.nUseful },
        where,
      });
    }
    const { values, first, allEqual, anyLimit } = partValues[k]!;
    if (values > 1 && allEqual) {
      warnings.push({ code: "all-equal", message: `${name}: every value is ${first}; there is no variation to analyse.`, params: { ...where, value: first }, where });
    }
    if (spec.kind.hasLimits && values > 0 && !anyLimit) {
      warnings.push({ code: "no-limits", message: `${name}: no control limits could be computed (too few points, or no variation).`, params: where, where });
    }
  });
  return warnings;
}
