/**
 * The legend's entries and rows: one entry per kind of thing the chart draws, in rows that fit
 * the width. Apart from the drawing (legend.ts) because the layout needs the rows to size the
 * chart and the drawing needs the layout: together they imported each other.
 *
 * @module
 */
import { funnelCentreIsPooled } from "../../funnel-centre.js";
import { centreIsMedian } from "../../median-centre.js";
import { RULES } from "../../rules/registry.js";
import { RULE_IDS } from "../../rules/types.js";
import type { Meaning, Model } from "../model.js";
import { textWidth } from "../svg.js";
import { clip } from "../text.js";
import { referenceLines } from "./shapes.js";

/**
 * A kind of legend entry: a line (`data` on an EWMA or CUSUM chart, `centre`, `runs:improvement`,
 * `limits`, `sigma2`, `target`) or a mark with its meaning (`diamond:concern`, `square:neutral`, `hollow`) — one per thing drawn.
 */
export type LegendKind = string;

/** One entry placed in a row: its kind, x offset and (possibly shortened) text. */
export interface LegendEntry {
  kind: LegendKind;
  x: number;
  text: string;
}

/** One row of the legend. */
export type LegendRow = LegendEntry[];

const MEANINGS: readonly Meaning[] = ["neutral", "improvement", "concern"];
const ORDER: readonly LegendKind[] = [
  "data",
  "bars",
  "cumulative",
  "centre",
  ...MEANINGS.map((meaning) => `runs:${meaning}`),
  "limits",
  "sigma2",
  "target",
  ...MEANINGS.map((meaning) => `diamond:${meaning}`),
  ...MEANINGS.map((meaning) => `square:${meaning}`),
  "hollow",
];

/** Width of a legend entry's sample and the gap after it: 22 px at the default 11 px, growing with the text. */
/** The width of an entry's swatch (its line or mark), px. */
export const swatch = (size: number) => Math.round(size * 2);

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The words of a square mark with the rules behind it: "Del av signal: skift, to av tre", or
 * with a meaning "Forbedring: del av signal (skift)".
 */
function patternText(m: Model, meaning: Meaning): string {
  // Name the rules: a legend that said "run or trend" on a chart whose rules have no trend rule
  // would teach the wrong rules.
  const names = RULE_IDS.filter((id) => m.patternRules[meaning].has(id)).map((id) => lower(RULES[id].name[m.o.lang])).join(", ");
  const w = m.words;
  if (meaning !== "neutral") return `${w[meaning]}: ${lower(w.pattern)}${names ? ` (${names})` : ""}`;
  return names ? `${w.pattern}: ${names}` : w.pattern;
}

/**
 * The words of a legend entry (and of the centre line's `aria-label`): what it is and, for a
 * signal, what it means ("Forbedring: utenfor kontrollgrensene").
 *
 * @example
 * ```ts
 * legendText(model, "diamond:concern"); // "Bekymring: utenfor kontrollgrensene"
 * ```
 */
export function legendText(m: Model, kind: LegendKind): string {
  const w = m.words;
  const centre = centreIsMedian(m.result) ? w.median : m.result.chart === "bcusum" ? w.cusumStart : w.centre;
  const [what, meaning] = kind.split(":") as [string, Meaning | undefined];
  // A funnel's limits are 99.8 % and 95 %, not 3- and 2-sigma.
  const funnel = m.result.chart === "funnel" ? w.funnel : null;
  if (what === "bars" || what === "cumulative") return w.pareto[what];
  if (what === "data") return m.result.chart === "bcusum" ? w.madeLine.bcusum : w.madeLine.ewma;
  if (funnel && what === "centre") return funnelCentreIsPooled(m.result.points) ? funnel.centre : funnel.comparison;
  if (funnel && (what === "limits" || what === "sigma2")) return funnel[what];
  if (funnel && what === "diamond") return meaning === "improvement" || meaning === "concern" ? `${w[meaning]}: ${lower(funnel.outside)}` : funnel.outside;
  const said = (text: string) => (meaning === "improvement" || meaning === "concern" ? `${w[meaning]}: ${lower(text)}` : text);
  switch (what) {
    case "centre":
      return centre;
    case "runs":
      return meaning === "improvement" || meaning === "concern" ? `${centre}, ${w.runs.replace(/ \(.*/, "")}: ${lower(w[meaning])}` : `${centre}, ${w.runs}`;
    case "diamond":
      return said(m.result.chart === "bcusum" ? w.beyondDecisionLimit : w.outside);
    case "square":
      return patternText(m, meaning ?? "neutral");
    case "hollow":
      return w.excluded;
    case "line":
      return referenceLines(m)[Number(meaning)]?.label ?? w.referenceLine;
    case "limits":
      // A Bernoulli CUSUM has one limit, h: crossing it is the signal, not a control limit.
      return m.result.chart === "bcusum" ? w.decisionLimit : w.limits;
    case "target":
      // A per-row target that changes is a trajectory: "Mål" alone read as one fixed value.
      return new Set(m.result.points.map((p) => p.target).filter((t) => t !== null)).size > 1 ? w.trajectory : w.target;
    default:
      return w[what as "limits" | "sigma2" | "target"];
  }
}

/** Kinds whose words end in an explanation in brackets that a crowded legend can drop. */
const EXPLAINED: readonly string[] = ["runs", "data"];

/**
 * The short form of an entry for a crowded legend: "Median, seriesignal" for "Median,
 * seriesignal (lang serie eller få kryssinger)", "EWMA" for "EWMA (vektet gjennomsnitt)". A
 * reference line's label is the user's and kept as written.
 */
function shortText(kind: LegendKind, text: string): string {
  return EXPLAINED.includes(kind.split(":")[0]!) ? text.replace(/ \([^()]*\)$/, "") : text;
}

/**
 * The legend's entries in rows of at most `width` px. A legend of more than two rows (a phone's)
 * takes the plot's height: its entries then drop their explanations in brackets, which explain()
 * and wider charts still give.
 *
 * @example
 * ```ts
 * legendRows(model, 696, 11); // [[{ kind: "centre", x: 0, text: "Midtlinje" }, { kind: "limits", x: 92, … }]]
 * ```
 */
export function legendRows(m: Model, width: number, size: number): LegendRow[] {
  // Reference lines come after the target, one entry each (kinds `line:0`, `line:1`, …).
  const standard = ORDER.filter((k) => m.kinds.has(k));
  const lines = [...m.kinds].filter((k) => k.startsWith("line:"));
  const upToTarget = standard.filter((k) => ORDER.indexOf(k) <= ORDER.indexOf("target")).length;
  const drawn = standard.slice(0, upToTarget).concat(lines, standard.slice(upToTarget));
  const labels = drawn.map((kind) => legendText(m, kind));
  const rows = packRows(drawn, labels, width, size);
  return rows.length > 2 ? packRows(drawn, labels.map((label, i) => shortText(drawn[i]!, label)), width, size) : rows;
}

/** The entries placed in rows left to right, a new row where the next does not fit. */
function packRows(kinds: LegendKind[], labels: string[], width: number, size: number): LegendRow[] {
  const rows: LegendRow[] = [];
  let row: LegendRow = [];
  let x = 0;
  kinds.forEach((kind, i) => {
    const label = labels[i]!;
    const shown = clip(label, Math.floor(((width - swatch(size)) / textWidth(label, size)) * label.length));
    const entryWidth = swatch(size) + textWidth(shown, size) + size * 1.5;
    if (x + entryWidth > width && row.length > 0) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ kind, x, text: shown });
    x += entryWidth;
  });
  if (row.length > 0) rows.push(row);
  return rows;
}
