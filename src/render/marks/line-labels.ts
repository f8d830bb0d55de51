/**
 * The value labels of the centre line, the limits and the target at the end of a part, in result
 * units: apart from their drawing (value-labels.ts) because the layout needs them to size the
 * gutter and the drawing needs the layout: together they imported each other.
 *
 * @module
 */
import { centreColour, formatValue, type FacetModel, type Model, type PartModel } from "../model.js";
import { referenceLines } from "./shapes.js";
import { clip } from "../text.js";

/** One value label: y (result units, then px), text and colour. */
export interface LineLabel {
  y: number;
  text: string;
  colour: string;
  /** Inside the plot, the label goes below its line (lower limit) rather than above. */
  below?: boolean;
}

/**
 * Labels of the centre line, limits and target at the end of a part, with y in result units
 * (pixels are not known yet when the layout sizes the gutter).
 *
 * @example
 * ```ts
 * lineLabels(model, facet, facet.parts[0], 1, true); // [{ y: 7, text: "7,0", colour: "#333333" }, …]
 * ```
 */
export function lineLabels(m: Model, facet: FacetModel, part: PartModel | undefined, decimals: number, isLast: boolean): LineLabel[] {
  if (!part) return [];
  const c = m.o.theme.colors;
  const last = (key: "cl" | "lcl" | "ucl"): number | null => {
    for (let i = part.points.length - 1; i >= 0; i--) {
      const v = part.points[i]![key];
      if (v !== null) return v;
    }
    return null;
  };
  const out: LineLabel[] = [];
  const cl = last("cl");
  if (cl !== null) out.push({ y: cl, text: formatValue(m, cl, decimals), colour: centreColour(m, part) });
  for (const key of ["ucl", "lcl"] as const) {
    const v = last(key);
    if (v !== null && v !== cl) out.push({ y: v, text: formatValue(m, v, decimals), colour: c.muted, below: key === "lcl" });
  }
  if (isLast) {
    // A trajectory is labelled where it ends: the target the last points are judged against.
    let target: number | null = null;
    for (let i = facet.points.length - 1; i >= 0 && target === null; i--) target = facet.points[i]!.target;
    if (target !== null) out.push({ y: target, text: `${m.words.target} ${formatValue(m, target, decimals)}`, colour: c.target });
    // A long label is cut at the line (the legend has it whole): the gutter it sizes is the plot's
    // loss. A wider chart affords more of it (one character per 45 px, 14 to 28): a fixed 14 cut
    // "National standard" to "National stan…" on a 1280 px slide with room to spare.
    const chars = Math.min(28, Math.max(14, Math.floor((m.o.width ?? 720) / 45)));
    for (const line of referenceLines(m)) out.push({ y: line.value, text: `${clip(line.label ?? m.words.referenceLine, chars)} ${formatValue(m, line.value, decimals)}`, colour: c.muted });
  }
  return out;
}
