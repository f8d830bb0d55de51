/**
 * The unit a chart's values are in — "per 1000 liggedøgn", "%" — so that the y axis and the
 * explanations say what a number means, and a multiplier is never chosen without saying so.
 *
 * @module
 */
import type { ChartType } from "../chart-spec/schema.js";
import { normaliseHeader } from "./table.js";

// Days of care (exposure counted in days in a bed or a room), in bokmål, nynorsk and English,
// on normalised headers (ø → o).
const CARE_DAYS = /(ligge|pasient|beboer|bebuar|opphold|opphalds|senge)s?dogn|\bbed[- ]?days?\b|\bpatient[- ]?days?\b|\boccupied bed[- ]?days?\b|\bresident[- ]?days?\b/;

/**
 * Whether a denominator's name says days of care — liggedøgn, pasientdøgn, beboerdøgn,
 * oppholdsdøgn, sengedøgn, bed days, patient days, occupied bed days. Rates per such days are
 * shown per 1000 by convention (falls, infections and pressure ulcers per 1000 liggedøgn).
 *
 * @example
 * ```ts
 * isCareDays("Liggedøgn");   // true
 * isCareDays("Bed-days");    // true
 * isCareDays("Pasienter");   // false
 * ```
 */
export function isCareDays(name: string): boolean {
  return typeof name === "string" && CARE_DAYS.test(normaliseHeader(name));
}

/** The multiplier of rates per days of care: per 1000. */
export const CARE_DAYS_SCALE = 1000;

/**
 * A scale written the Norwegian way: `1000`, `10 000`.
 *
 * @example
 * ```ts
 * formatScale(100_000); // "100 000"
 * ```
 */
export function formatScale(multiply: number): string {
  const text = String(multiply);
  return Math.abs(multiply) >= 10_000 && Number.isInteger(multiply) ? text.replace(/\B(?=(\d{3})+(?!\d))/g, " ") : text;
}

/** What {@link valueUnit} needs to know. */
export interface UnitFacts {
  chart: ChartType;
  /** The spec's multiply (default 1). */
  multiply?: number;
  /** The denominator column's name, for rates: "Liggedøgn". */
  denominator?: string | null;
  /** The values were written as per cent (`57 %`). */
  percent?: boolean;
}

/**
 * The unit of a chart's values, for its y axis: `"%"` for a P chart multiplied by 100 or
 * values written with `%`; `"per 1000 liggedøgn"` for a rate per a named denominator (the name
 * in lower case, without a leading "antall"/"number of"); `null` when nothing is known.
 *
 * @example
 * ```ts
 * valueUnit({ chart: "u", multiply: 1000, denominator: "Liggedøgn" }); // "per 1000 liggedøgn"
 * valueUnit({ chart: "p", multiply: 100, denominator: "Observasjoner" }); // "%"
 * valueUnit({ chart: "i", percent: true });                             // "%"
 * ```
 */
export function valueUnit(facts: UnitFacts): string | null {
  const m = facts.multiply ?? 1;
  const share = facts.chart === "p" || facts.chart === "pp";
  const rate = facts.chart === "u" || facts.chart === "up";
  if (share && m === 100) return "%";
  if (share && m === 1) return null;
  if (!share && !rate) return facts.percent === true && m === 1 ? "%" : null;
  const name = (facts.denominator ?? "").trim();
  const what = name === "" ? "" : ` ${name.toLowerCase().replace(/^(antall|number of|no\. of|n)\s+/, "")}`;
  if (m === 1) return what === "" ? null : `per${what}`;
  return `per ${formatScale(m)}${what}`;
}
