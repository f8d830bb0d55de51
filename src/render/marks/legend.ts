/**
 * The legend: one entry per kind of thing the chart draws, with the same shape and colour as on
 * the plot, in rows that fit the width.
 *
 * @module
 */
import { RULES } from "../../rules/registry.js";
import { RULE_IDS } from "../../rules/types.js";
import type { ChartLayout } from "../layout.js";
import { PAD } from "../layout.js";
import type { Model } from "../model.js";
import { n, text, textWidth } from "../svg.js";
import { clip } from "../text.js";
import { lineStyle, pointShape } from "./shapes.js";

/** A kind of legend entry. */
export type LegendKind = "centre" | "runs" | "limits" | "sigma2" | "target" | "outside" | "pattern" | "improvement" | "concern" | "excluded";

/** One entry placed in a row: its kind, x offset and (possibly shortened) text. */
export interface LegendEntry {
  kind: LegendKind;
  x: number;
  text: string;
}

/** One row of the legend. */
export type LegendRow = LegendEntry[];

const ORDER: readonly LegendKind[] = ["centre", "runs", "limits", "sigma2", "target", "outside", "pattern", "improvement", "concern", "excluded"];

function legendKinds(m: Model): LegendKind[] {
  const shown = (k: LegendKind) => m.kinds.has({ outside: "diamond", pattern: "square", excluded: "hollow" }[k as string] ?? k);
  return ORDER.filter(shown);
}

/**
 * The words of a legend entry (and of the centre line's `aria-label`).
 *
 * @example
 * ```ts
 * legendText(model, "outside"); // "Utenfor kontrollgrensene"
 * ```
 */
export function legendText(m: Model, kind: LegendKind): string {
  const w = m.words;
  const centre = m.result.chart === "run" ? w.median : w.centre;
  if (kind === "centre") return centre;
  if (kind === "runs") return `${centre}, ${w.runs}`;
  if (kind === "pattern") {
    // Name the rules behind the squares ("Del av signal: lengste serie"): a legend that said
    // "run or trend" on a chart whose rules have no trend rule would teach the wrong rules.
    const names = RULE_IDS.filter((id) => m.patternRules.has(id)).map((id) => {
      const name = RULES[id].name[m.o.lang];
      return name.charAt(0).toLowerCase() + name.slice(1);
    });
    return names.length > 0 ? `${w.pattern}: ${names.join(", ")}` : w.pattern;
  }
  return w[kind];
}

/**
 * The legend's entries in rows of at most `width` px.
 *
 * @example
 * ```ts
 * legendRows(model, 696, 11); // [[{ kind: "centre", x: 0, text: "Midtlinje" }, { kind: "limits", x: 92, … }]]
 * ```
 */
export function legendRows(m: Model, width: number, size: number): LegendRow[] {
  const rows: LegendRow[] = [];
  let row: LegendRow = [];
  let x = 0;
  for (const kind of legendKinds(m)) {
    const label = legendText(m, kind);
    const shown = clip(label, Math.floor(((width - 22) / textWidth(label, size)) * label.length));
    const entryWidth = 22 + textWidth(shown, size) + 16;
    if (x + entryWidth > width && row.length > 0) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ kind, x, text: shown });
    x += entryWidth;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/**
 * The legend, from `top`.
 *
 * @example
 * ```ts
 * legend(chart, 360); // '<g aria-label="Tegnforklaring" font-size="11" fill="#555555">…</g>'
 * ```
 */
export function legend(chart: ChartLayout, top: number): string {
  const m = chart.model;
  const size = chart.small;
  const t = m.o.theme;
  const c = t.colors;
  const h = Math.round(size * 1.7);
  const r = t.pointRadius;
  // Shapes in the signal colour, or in grey when colour tells improvement from concern.
  const neutral = m.kinds.has("improvement") || m.kinds.has("concern") ? c.muted : c.signal;
  const out: string[] = [`<g aria-label="${m.words.legend}" font-size="${size}" fill="${c.muted}">`];
  chart.legend.forEach((row, k) => {
    const cy = top + k * h + h / 2;
    for (const { kind, x: dx, text: label } of row) {
      const x = PAD + dx;
      if (kind === "limits") out.push(`<path d="M${n(x)},${n(cy - 5)}h18v10h-18z" fill="${c.band}" ${lineStyle(m, "limits").replace(' fill="none"', "")}/>`);
      else if (kind === "improvement" || kind === "concern") out.push(`<path d="M${n(x + 2)},${n(cy)}h14" stroke="${c[kind]}" stroke-width="6"/>`);
      else if (kind === "outside" || kind === "pattern" || kind === "excluded") out.push(pointShape(m, kind === "outside" ? "diamond" : kind === "pattern" ? "square" : "hollow", x + 9, cy, r, kind === "excluded" ? c.excluded : neutral));
      else out.push(`<path d="M${n(x)},${n(cy)}h18" ${lineStyle(m, kind)}/>`);
      out.push(text(x + 22, cy + size * 0.35, label));
    }
  });
  out.push("</g>");
  return out.join("\n");
}
